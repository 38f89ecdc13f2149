import torch
from torch import nn

glu = nn.GLU()  # dim=-1 by default
print(glu)
#> GLU(dim=-1)

x = torch.arange(24.0).reshape(4, 6)
print(glu(x).shape)  # the last dim is halved: 6 -> 3
#> torch.Size([4, 3])
print(nn.GLU(dim=0)(x).shape)  # dim 0 is halved: 4 -> 2
#> torch.Size([2, 6])
