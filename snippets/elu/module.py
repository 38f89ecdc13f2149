import torch
from torch import nn

elu = nn.ELU()
print(elu)
#> ELU(alpha=1.0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(elu(x))
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(nn.ELU(alpha=0.5))  # alpha is a plain number, not a learnable parameter
#> ELU(alpha=0.5)
print(list(nn.ELU(alpha=0.5).parameters()))
#> []
