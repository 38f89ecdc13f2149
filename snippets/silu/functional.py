import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.silu(x))
#> tensor([-0.2384, -0.1888,  0.0000,  0.3112,  1.7616])
print(x * torch.sigmoid(x))  # the same numbers: SiLU is x times its sigmoid
#> tensor([-0.2384, -0.1888,  0.0000,  0.3112,  1.7616])
