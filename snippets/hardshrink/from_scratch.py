import torch
import torch.nn.functional as F


def hardshrink(x: torch.Tensor, lambd: float = 0.5) -> torch.Tensor:
    # 0 on the closed dead zone [-lambd, lambd], x everywhere else
    dead = (x >= -lambd) & (x <= lambd)
    return torch.where(dead, torch.zeros_like(x), x)


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(hardshrink(x))
#> tensor([-2.,  0.,  0.,  0.,  2.])

grid = torch.linspace(-3, 3, 1201)
for lambd in [0.25, 0.5, 1.0]:
    torch.testing.assert_close(hardshrink(grid, lambd), F.hardshrink(grid, lambd), rtol=0, atol=0)
print("matches F.hardshrink")
#> matches F.hardshrink
