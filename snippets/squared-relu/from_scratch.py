import torch
from torch import nn


def relu_squared(x: torch.Tensor) -> torch.Tensor:
    return torch.relu(x).square()


class ReLUSquared(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return relu_squared(x)


x = torch.linspace(-3, 3, 12, dtype=torch.float64, requires_grad=True)  # 0 is not a grid point
print(torch.autograd.gradcheck(relu_squared, (x,)))  # autograd's slope against finite differences
#> True
print(ReLUSquared()(torch.tensor([-1.0, 0.0, 3.0])))
#> tensor([0., 0., 9.])
