import math

import torch


def laplace(x, mu=0.707107, sigma=0.282095):
    return 0.5 * (1.0 + torch.erf((x - mu) / (sigma * math.sqrt(2.0))))


x = torch.tensor([-1.0, 0.0, 0.5, 0.707107, 1.0, 2.0])
print(laplace(x))
#> tensor([0.0000, 0.0061, 0.2314, 0.5000, 0.8504, 1.0000])
# the normal CDF with mean mu and standard deviation sigma
print(torch.distributions.Normal(0.707107, 0.282095).cdf(x))
#> tensor([0.0000, 0.0061, 0.2314, 0.5000, 0.8504, 1.0000])
