import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 120_001, dtype=torch.float64)
gap = (F.silu(x) - F.gelu(x)).abs()
print(f"max |SiLU - GELU| = {gap.max().item():.4f} at |x| = {x[gap.argmax()].abs().item():.2f}")
#> max |SiLU - GELU| = 0.1930 at |x| = 1.97

# x * sigmoid(1.702 x) is the sigmoid approximation of GELU, not SiLU
gap = (x * torch.sigmoid(1.702 * x) - F.gelu(x)).abs()
print(f"max |x σ(1.702x) - GELU| = {gap.max().item():.4f}")
#> max |x σ(1.702x) - GELU| = 0.0203
