import math

import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 2001, dtype=torch.float64, requires_grad=True)
(autograd,) = torch.autograd.grad(F.mish(x).sum(), x)

x = x.detach()
t = torch.tanh(F.softplus(x))
formula = t + x * torch.sigmoid(x) * (1 - t**2)  # tanh(sp(x)) + x σ(x) sech²(sp(x))
torch.testing.assert_close(formula, autograd)
print("the formula matches autograd")
#> the formula matches autograd

print(f"slope at 0: {autograd[1000].item():.4f}, tanh(ln 2) = {math.tanh(math.log(2)):.4f}")
#> slope at 0: 0.6000, tanh(ln 2) = 0.6000
print(f"smallest slope {autograd.min().item():.4f} at x = {x[autograd.argmin()].item():.2f}")
#> smallest slope -0.1125 at x = -2.26
print(f"largest slope {autograd.max().item():.4f} at x = {x[autograd.argmax()].item():.2f}")
#> largest slope 1.0885 at x = 1.49
