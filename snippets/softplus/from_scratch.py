import torch
import torch.nn.functional as F


def softplus(x: torch.Tensor, beta: float = 1.0, threshold: float = 20.0) -> torch.Tensor:
    # log(1 + e^(beta x)) / beta, and x itself where beta x > threshold, as PyTorch does.
    # log(1 + e^z) = max(z, 0) + log(1 + e^-|z|): no exponent is positive, so nothing overflows,
    # not even in the branch torch.where drops (an inf there would make the gradient NaN)
    bx = beta * x
    soft = (torch.maximum(bx, torch.zeros_like(bx)) + torch.log1p(torch.exp(-bx.abs()))) / beta
    return torch.where(bx > threshold, x, soft)


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(softplus(x))
#> tensor([0.1269, 0.4741, 0.6931, 0.9741, 2.1269])

grid = torch.linspace(-30, 30, 6001, dtype=torch.float64)
for beta in [0.5, 1.0, 2.0, 5.0]:
    torch.testing.assert_close(softplus(grid, beta), F.softplus(grid, beta), rtol=1e-15, atol=0)
print("matches F.softplus")
#> matches F.softplus
