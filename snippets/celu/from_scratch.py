import torch
import torch.nn.functional as F


def celu(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    # max(0, x) + alpha * (e^(min(0, x) / alpha) - 1), with expm1 for accuracy next to 0. Taking the
    # min inside the exponent keeps e^(x / alpha) from overflowing for large x, where autograd would
    # multiply min's zero gradient by inf and return NaN
    zero = torch.zeros_like(x)
    return torch.maximum(zero, x) + alpha * torch.expm1(torch.minimum(zero, x) / alpha)


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(celu(x, alpha=2.0))
#> tensor([-1.2642, -0.4424,  0.0000,  0.5000,  2.0000])

grid = torch.linspace(-10, 10, 1001)
for alpha in [0.5, 1.0, 2.0]:
    torch.testing.assert_close(celu(grid, alpha), F.celu(grid, alpha=alpha))
print("matches F.celu")
#> matches F.celu
