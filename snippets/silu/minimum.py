import torch
import torch.nn.functional as F

x = torch.linspace(-3, 0, 300_001, dtype=torch.float64)  # steps of 1e-5
y = F.silu(x)
i = y.argmin()
print(f"minimum {y[i].item():.5f} at x = {x[i].item():.5f}")
#> minimum -0.27846 at x = -1.27846
print(f"x + 1 at that point: {x[i].item() + 1:.5f}")  # the minimum value is x_min + 1
#> x + 1 at that point: -0.27846

# non-monotonic: SiLU goes down, then up, on the negative side
print(F.silu(torch.tensor([-4.0, -2.0, -1.278, -0.5])))
#> tensor([-0.0719, -0.2384, -0.2785, -0.1888])
