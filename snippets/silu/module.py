import torch
from torch import nn

silu = nn.SiLU()
print(silu)
#> SiLU()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(silu(x))
#> tensor([-0.2384, -0.1888,  0.0000,  0.3112,  1.7616])
