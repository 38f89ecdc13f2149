import math

import torch
from torch import nn

MU = math.sqrt(1 / 2)  # 0.7071067..., which transformers rounds to 0.707107
SIGMA = math.sqrt(1 / (4 * math.pi))  # 0.2820947..., rounded to 0.282095


def laplace(x: torch.Tensor, mu: float = 0.707107, sigma: float = 0.282095) -> torch.Tensor:
    return 0.5 * (1.0 + torch.erf((x - mu) / (sigma * math.sqrt(2.0))))


class Laplace(nn.Module):
    def __init__(self, mu: float = 0.707107, sigma: float = 0.282095):
        super().__init__()
        self.mu, self.sigma = mu, sigma

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return laplace(x, self.mu, self.sigma)


x = torch.linspace(-2, 3, 11, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(laplace, (x,)))  # autograd's slope against finite differences
#> True
print(f"mu = {MU:.7f}, sigma = {SIGMA:.7f}")
#> mu = 0.7071068, sigma = 0.2820948
