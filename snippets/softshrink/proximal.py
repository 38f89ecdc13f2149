import torch
import torch.nn.functional as F

# Softshrink(x) minimises 1/2 (z - x)^2 + lambd |z| over z: find that z on a fine grid
lambd = 0.5
x = torch.tensor([-2.0, -0.7, -0.3, 0.0, 0.4, 1.2], dtype=torch.float64)
z = torch.arange(-300_000, 300_001, dtype=torch.float64) / 100_000  # -3 to 3 in steps of 1e-5
objective = 0.5 * (z[:, None] - x) ** 2 + lambd * z[:, None].abs()
best = z[objective.argmin(dim=0)]
print(best)
#> tensor([-1.5000, -0.2000,  0.0000,  0.0000,  0.0000,  0.7000],
#>        dtype=torch.float64)
print(F.softshrink(x, lambd) + 0.0)  # + 0.0: a zero's sign depends on the CPU kernel, print it as 0.
#> tensor([-1.5000, -0.2000,  0.0000,  0.0000,  0.0000,  0.7000],
#>        dtype=torch.float64)
print("largest difference:", (best - F.softshrink(x, lambd)).abs().max().item())
#> largest difference: 5.551115123125783e-17
