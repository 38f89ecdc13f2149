import torch
import torch.nn.functional as F


def hardsigmoid(x: torch.Tensor) -> torch.Tensor:
    return (x + 3).clamp(0, 6) / 6  # ReLU6(x + 3) / 6


def hardsigmoid_linear(x: torch.Tensor) -> torch.Tensor:
    return (x / 6 + 0.5).clamp(0, 1)  # the line x/6 + 1/2, cut off at 0 and 1


grid = torch.linspace(-10, 10, 2001)
torch.testing.assert_close(hardsigmoid(grid), F.hardsigmoid(grid))
torch.testing.assert_close(hardsigmoid_linear(grid), F.hardsigmoid(grid))
print("both match F.hardsigmoid")
#> both match F.hardsigmoid
