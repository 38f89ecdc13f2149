import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.heaviside(x, torch.tensor(1.0)))  # values=1.0: the output at exactly x = 0
#> tensor([0., 0., 1., 1., 1.])
print(torch.heaviside(x, torch.tensor(0.0)))  # the same step with 0 at x = 0
#> tensor([0., 0., 0., 1., 1.])
print(torch.heaviside(x, torch.tensor(0.5)))  # or the half-maximum convention
#> tensor([0.0000, 0.0000, 0.5000, 1.0000, 1.0000])
