import math

import torch
import torch.nn.functional as F


def gelu(x: torch.Tensor) -> torch.Tensor:
    # x * Phi(x), with Phi the standard normal CDF written through erf
    return x / 2 * (1 + torch.erf(x / math.sqrt(2)))


def gelu_tanh(x: torch.Tensor) -> torch.Tensor:
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(gelu(x))
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])

grid = torch.linspace(-10, 10, 1001, dtype=torch.float64)
torch.testing.assert_close(gelu(grid), F.gelu(grid))
torch.testing.assert_close(grid * torch.special.ndtr(grid), F.gelu(grid))  # ndtr is Phi
torch.testing.assert_close(gelu_tanh(grid), F.gelu(grid, approximate="tanh"))
print("matches F.gelu, both versions")
#> matches F.gelu, both versions
