import torch
from torch import nn

selu = nn.SELU()
print(selu)
#> SELU()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(selu(x))
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014])
