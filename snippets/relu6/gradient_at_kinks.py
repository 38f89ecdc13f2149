import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 1e-6, 3.0, 6.0 - 1e-3, 6.0, 100.0], requires_grad=True)
F.relu6(x).sum().backward()
print(x.grad)  # 1 only strictly between 0 and 6: PyTorch uses 0 at both kinks
#> tensor([0., 0., 1., 1., 1., 0., 0.])
