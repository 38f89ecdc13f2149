import torch
import torch.nn.functional as F
from torch import nn


def sqrt_softplus(x: torch.Tensor) -> torch.Tensor:
    return F.softplus(x).sqrt()  # F.softplus: log1p(exp(x)), and x itself beyond x = 20


class SqrtSoftplus(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return sqrt_softplus(x)


x = torch.linspace(-10, 10, 21, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(sqrt_softplus, (x,)))  # autograd's slope against finite differences
#> True
print(SqrtSoftplus()(torch.tensor([0.0])))
#> tensor([0.8326])
