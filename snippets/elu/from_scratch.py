import torch
import torch.nn.functional as F


def elu(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    # expm1(x) = e^x - 1, computed without the cancellation error of exp(x) - 1 next to 0. Its
    # input is clamped at 0: torch.where still back-propagates into the branch it drops, and
    # e^x = inf there would turn that branch's zero gradient into 0 * inf = NaN
    return torch.where(x > 0, x, alpha * torch.expm1(x.clamp(max=0)))


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(elu(x))
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])

grid = torch.linspace(-10, 10, 1001)
for alpha in [0.5, 1.0, 2.0]:
    torch.testing.assert_close(elu(grid, alpha), F.elu(grid, alpha=alpha))
print("matches F.elu")
#> matches F.elu
