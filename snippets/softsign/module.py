import torch
from torch import nn

softsign = nn.Softsign()  # no arguments, no parameters
print(softsign)
#> Softsign()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(softsign(x))
#> tensor([-0.6667, -0.3333,  0.0000,  0.3333,  0.6667])
