import torch
import torch.nn.functional as F

x = torch.tensor([float("nan"), -float("inf"), float("inf")], requires_grad=True)
y = F.leaky_relu(x)
y.sum().backward()
print(y)
#> tensor([nan, -inf, inf], grad_fn=<LeakyReluBackward0>)
print(x.grad)  # NaN is not > 0, so it gets the negative slope
#> tensor([0.0100, 0.0100, 1.0000])
