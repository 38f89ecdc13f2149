import torch
import torch.nn.functional as F

x = torch.tensor([-20.0, -5.0, -1.0], requires_grad=True)
y = F.elu(x)  # alpha=1.0
y.sum().backward()
print(y)  # tends to -alpha
#> tensor([-1.0000, -0.9933, -0.6321], grad_fn=<EluBackward0>)
print(x.grad)  # and the slope to 0
#> tensor([2.0612e-09, 6.7379e-03, 3.6788e-01])
