import torch


def binary_step(x: torch.Tensor) -> torch.Tensor:
    # 1 where x >= 0, else 0 (NaN included), in x's dtype
    return (x >= 0).to(x.dtype)


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(binary_step(x))
#> tensor([0., 0., 1., 1., 1.])

special = torch.tensor([-float("inf"), -0.0, 0.0, float("inf"), float("nan")])
grid = torch.cat([torch.linspace(-10, 10, 1001), special])
torch.testing.assert_close(binary_step(grid), torch.heaviside(grid, torch.tensor(1.0)))
print("matches torch.heaviside(x, torch.tensor(1.0))")
#> matches torch.heaviside(x, torch.tensor(1.0))
