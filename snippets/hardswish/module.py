import torch
from torch import nn

hardswish = nn.Hardswish()
print(hardswish)
#> Hardswish()
x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
print(hardswish(x) + 0.0)  # + 0.0: print the zeros as 0. whatever their sign
#> tensor([ 0.0000,  0.0000, -0.3750,  0.0000,  1.1250,  3.0000,  4.0000])
