import torch
import torch.nn.functional as F


def mish(x: torch.Tensor) -> torch.Tensor:
    # F.softplus is log(1 + exp(x)) computed without overflow
    return x * torch.tanh(F.softplus(x))


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(mish(x))
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440])

grid = torch.linspace(-10, 10, 1001)
torch.testing.assert_close(mish(grid), F.mish(grid))
print("matches F.mish")
#> matches F.mish
