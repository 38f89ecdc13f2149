import torch
from torch import nn


def quick_gelu(x: torch.Tensor) -> torch.Tensor:
    return x * torch.sigmoid(1.702 * x)  # torch.sigmoid is stable for large |x|


class QuickGELU(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return quick_gelu(x)


x = torch.linspace(-6, 6, 13, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(quick_gelu, (x,)))  # autograd's slope against finite differences
#> True
print(QuickGELU()(torch.tensor([-1.0, 0.0, 1.0])))
#> tensor([-0.1542,  0.0000,  0.8458])
