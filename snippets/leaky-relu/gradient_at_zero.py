import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, -0.0, 0.0, 1e-6, 1.0], requires_grad=True)
F.leaky_relu(x).sum().backward()
print(x.grad)  # at exactly 0, PyTorch uses the negative slope
#> tensor([0.0100, 0.0100, 0.0100, 1.0000, 1.0000])
