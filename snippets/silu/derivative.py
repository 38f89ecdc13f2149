import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 2001, dtype=torch.float64, requires_grad=True)
(autograd,) = torch.autograd.grad(F.silu(x).sum(), x)

s = torch.sigmoid(x.detach())
formula = s * (1 + x.detach() * (1 - s))  # σ(x)(1 + x(1 − σ(x)))
torch.testing.assert_close(formula, autograd)
print("the formula matches autograd")
#> the formula matches autograd

print(f"slope at 0: {autograd[1000].item():.4f}")
#> slope at 0: 0.5000
print(f"smallest slope {autograd.min().item():.4f} at x = {x[autograd.argmin()].item():.2f}")
#> smallest slope -0.0998 at x = -2.40
print(f"largest slope {autograd.max().item():.4f} at x = {x[autograd.argmax()].item():.2f}")
#> largest slope 1.0998 at x = 2.40
