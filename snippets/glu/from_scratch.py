import torch
import torch.nn.functional as F


def glu(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    a, b = x.chunk(2, dim=dim)  # first half, second half (chunk splits an odd size unevenly, so check)
    if a.shape != b.shape:
        raise ValueError(f"dimension {dim} must have an even size, got {x.shape[dim]}")
    return a * torch.sigmoid(b)


torch.manual_seed(0)
x = 5 * torch.randn(4, 6, 8)
for dim in (0, 1, 2, -1):
    torch.testing.assert_close(glu(x, dim), F.glu(x, dim))
print("matches F.glu")
#> matches F.glu
