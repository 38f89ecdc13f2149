import math

import torch
import torch.nn.functional as F


def gelu(x: torch.Tensor) -> torch.Tensor:
    # x * Phi(x), with Phi the standard normal CDF written through erf
    return x / 2 * (1 + torch.erf(x / math.sqrt(2)))


def gelu_tanh(x: torch.Tensor) -> torch.Tensor:
    # tanh is ±1 in every precision once |x| > 10, so clamping there changes nothing, but it keeps
    # the slope of x**3 finite: 3 x**2 overflows float16 from |x| = 148, and 0 * inf would be NaN
    u = x.clamp(-10, 10)
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (u + 0.044715 * u**3)))


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(gelu(x))
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])

grid = torch.linspace(-10, 10, 1001, dtype=torch.float64)
torch.testing.assert_close(gelu(grid), F.gelu(grid))
torch.testing.assert_close(grid * torch.special.ndtr(grid), F.gelu(grid))  # ndtr is Phi
torch.testing.assert_close(gelu_tanh(grid), F.gelu(grid, approximate="tanh"))
print("matches F.gelu, both versions")
#> matches F.gelu, both versions
