import torch

x = torch.tensor([float("nan"), -float("inf"), float("inf")], requires_grad=True)
y = torch.relu(x)
y.sum().backward()
print(y)
#> tensor([nan, 0., inf], grad_fn=<ReluBackward0>)
print(x.grad)  # NaN is not <= 0, so its gradient passes through
#> tensor([1., 0., 1.])
