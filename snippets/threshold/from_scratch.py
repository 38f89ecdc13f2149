import torch
import torch.nn.functional as F


def threshold(x: torch.Tensor, threshold: float, value: float) -> torch.Tensor:
    # value where x <= threshold, x elsewhere: a NaN fails the test and stays NaN, as in PyTorch
    return torch.where(x <= threshold, torch.full_like(x, value), x)


x = torch.tensor([-2.0, 0.5, 0.75, float("nan")])
print(threshold(x, 0.5, -1.0))
#> tensor([-1.0000, -1.0000,  0.7500,     nan])
print(torch.where(x > 0.5, x, -1.0))  # the other way round turns NaN into the value
#> tensor([-1.0000, -1.0000,  0.7500, -1.0000])

grid = torch.cat([torch.linspace(-10, 10, 1001), torch.tensor([float("nan"), float("inf")])])
torch.testing.assert_close(threshold(grid, 0.5, -1.0), F.threshold(grid, 0.5, -1.0), equal_nan=True)
print("matches F.threshold")
#> matches F.threshold
