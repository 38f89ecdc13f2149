import torch
import torch.nn.functional as F


def leaky_relu(x: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor:
    # x where x > 0, negative_slope * x elsewhere (including at 0), like PyTorch
    return torch.where(x > 0, x, negative_slope * x)


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(leaky_relu(x))
#> tensor([-0.0200, -0.0050,  0.0000,  0.5000,  2.0000])

grid = torch.linspace(-10, 10, 1001)
for slope in [0.01, 0.2]:
    torch.testing.assert_close(leaky_relu(grid, slope), F.leaky_relu(grid, slope))
print("matches F.leaky_relu")
#> matches F.leaky_relu
