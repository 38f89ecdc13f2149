import torch
import torch.nn.functional as F
from torch import nn


def silu(x: torch.Tensor) -> torch.Tensor:
    return x * torch.sigmoid(x)  # torch.sigmoid is stable for large |x|


class Swish(nn.Module):
    """x * sigmoid(beta * x) with a learnable beta; nn.SiLU is the case beta = 1."""

    def __init__(self, beta: float = 1.0):
        super().__init__()
        self.beta = nn.Parameter(torch.tensor(beta))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.sigmoid(self.beta * x)


grid = torch.linspace(-10, 10, 1001)
torch.testing.assert_close(silu(grid), F.silu(grid))
torch.testing.assert_close(Swish()(grid), F.silu(grid), check_dtype=False)
print("both match F.silu;", "Swish parameters:", [p.item() for p in Swish().parameters()])
#> both match F.silu; Swish parameters: [1.0]
