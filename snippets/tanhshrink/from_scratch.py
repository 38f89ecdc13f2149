import torch
import torch.nn.functional as F


def tanhshrink(x: torch.Tensor) -> torch.Tensor:
    return x - torch.tanh(x)


grid = torch.linspace(-10, 10, 2001)
torch.testing.assert_close(tanhshrink(grid), F.tanhshrink(grid), rtol=0, atol=0)
print("matches F.tanhshrink exactly")
#> matches F.tanhshrink exactly
