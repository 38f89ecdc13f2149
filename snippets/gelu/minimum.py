import torch
import torch.nn.functional as F

x = torch.linspace(-3, 0, 300_001, dtype=torch.float64, requires_grad=True)  # step 1e-5
y = F.gelu(x)
(slope,) = torch.autograd.grad(y.sum(), x)

i = y.argmin()
print(f"minimum GELU({x[i]:.4f}) = {y[i]:.6f}")
#> minimum GELU(-0.7518) = -0.169971
left, right = slope[:i], slope[i + 1 :]
print("slope negative left of it:", bool((left < 0).all()), " positive right of it:", bool((right > 0).all()))
#> slope negative left of it: True  positive right of it: True
