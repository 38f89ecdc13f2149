import inspect

import torch
from torch import nn

print(inspect.signature(nn.RReLU))
#> (lower: float = 0.125, upper: float = 0.3333333333333333, inplace: bool = False) -> None
rrelu = nn.RReLU()
print(rrelu, "training:", rrelu.training)  # a new module starts in training mode
#> RReLU(lower=0.125, upper=0.3333333333333333) training: True

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
rrelu.eval()  # evaluation mode: deterministic
print(rrelu(x))
#> tensor([-0.4583, -0.1146,  0.0000,  0.5000,  2.0000])
