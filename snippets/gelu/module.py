import inspect

import torch
from torch import nn

print(inspect.signature(nn.GELU))
#> (approximate: str = 'none') -> None
print(nn.GELU(), nn.GELU(approximate="tanh"))
#> GELU(approximate='none') GELU(approximate='tanh')

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(nn.GELU()(x))
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])
