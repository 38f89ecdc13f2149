import torch

ALPHA = 1.6732632423543772848170429916717
LAMBDA = 1.0507009873554804934193349852946


def selu(x: torch.Tensor) -> torch.Tensor:
    # clamp: e^x must not overflow even where torch.where drops it, or the gradient is NaN (see ELU)
    return LAMBDA * torch.where(x > 0, x, ALPHA * torch.expm1(x.clamp(max=0)))


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(selu(x))
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014])

grid = torch.linspace(-10, 10, 1001, dtype=torch.float64)
torch.testing.assert_close(selu(grid), torch.selu(grid))
print("matches torch.selu")
#> matches torch.selu
