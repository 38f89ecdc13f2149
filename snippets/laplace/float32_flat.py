import math

import torch


def laplace(x, mu=0.707107, sigma=0.282095):
    return 0.5 * (1.0 + torch.erf((x - mu) / (sigma * math.sqrt(2.0))))


x = torch.tensor([-5.0, -2.0, 3.0, 5.0], requires_grad=True)  # float32
y = laplace(x)
(slope,) = torch.autograd.grad(y.sum(), x)
print(y.tolist())  # exactly 0 and exactly 1: erf rounds to -1 and 1 in float32
#> [0.0, 0.0, 1.0, 1.0]
print((slope == 0).tolist())  # the slope, exp(-z²), underflows to 0 further out
#> [True, False, False, True]
