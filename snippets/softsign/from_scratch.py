import torch
import torch.nn.functional as F


def softsign(x: torch.Tensor) -> torch.Tensor:
    return x / (1 + x.abs())


grid = torch.linspace(-100, 100, 20001)
torch.testing.assert_close(softsign(grid), F.softsign(grid), rtol=0, atol=0)
print("matches F.softsign exactly")
#> matches F.softsign exactly
