import torch
import torch.nn.functional as F


def hardswish(x: torch.Tensor) -> torch.Tensor:
    return x * (x + 3).clamp(0, 6) / 6  # x * ReLU6(x + 3) / 6


def hardswish_cases(x: torch.Tensor) -> torch.Tensor:
    # the three pieces: 0 left of -3, x right of 3, x (x + 3) / 6 in between, fed a clamped x so
    # that it stays finite where torch.where drops it (at ±inf its gradient would be 0 * inf = NaN)
    m = x.clamp(-3, 3)
    return torch.where(x <= -3, 0.0, torch.where(x >= 3, x, m * (m + 3) / 6))


grid = torch.linspace(-10, 10, 2001)
torch.testing.assert_close(hardswish(grid), F.hardswish(grid))
torch.testing.assert_close(hardswish_cases(grid), F.hardswish(grid))
print("both match F.hardswish")
#> both match F.hardswish
