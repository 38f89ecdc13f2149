import torch
import torch.nn.functional as F

x = torch.linspace(-3, 0, 300_001, dtype=torch.float64)
y = F.hardswish(x)
print(f"minimum {y.min().item()} at x = {x[y.argmin()].item():.5f}")
#> minimum -0.375 at x = -1.50000

# Hardswish is x times Hardsigmoid, as SiLU is x times the sigmoid
x = torch.linspace(-6, 6, 1201)
torch.testing.assert_close(F.hardswish(x), x * F.hardsigmoid(x))
print("Hardswish(x) == x * Hardsigmoid(x)")
#> Hardswish(x) == x * Hardsigmoid(x)
