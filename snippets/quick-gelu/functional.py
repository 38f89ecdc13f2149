import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(x * torch.sigmoid(1.702 * x))  # QuickGELU
#> tensor([-0.0643, -0.1496,  0.0000,  0.3504,  1.9357])
print(F.silu(1.702 * x) / 1.702)  # the same curve: SiLU, squeezed by 1.702 in both directions
#> tensor([-0.0643, -0.1496,  0.0000,  0.3504,  1.9357])
print(F.gelu(x))  # the exact GELU it approximates, for comparison
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])
