import torch
import torch.nn.functional as F


def hardtanh(x: torch.Tensor, min_val: float = -1.0, max_val: float = 1.0) -> torch.Tensor:
    # min(max(x, min_val), max_val), element-wise
    return x.clamp(min_val, max_val)


x = torch.tensor([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
print(hardtanh(x))
#> tensor([-1.0000, -1.0000, -0.5000,  0.0000,  0.5000,  1.0000,  1.0000])

grid = torch.linspace(-10, 10, 1001)
for bounds in [(-1.0, 1.0), (0.0, 6.0)]:
    torch.testing.assert_close(hardtanh(grid, *bounds), F.hardtanh(grid, *bounds))
print("matches F.hardtanh")
#> matches F.hardtanh
