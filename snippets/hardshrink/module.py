import torch
from torch import nn

shrink = nn.Hardshrink()  # lambd=0.5
print(shrink)
#> Hardshrink(0.5)
print(shrink.lambd)
#> 0.5
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(shrink(x))
#> tensor([-2.,  0.,  0.,  0.,  2.])
print(nn.Hardshrink(lambd=1.0)(torch.tensor([-1.5, -1.0, 0.9, 1.0, 1.1])))
#> tensor([-1.5000,  0.0000,  0.0000,  0.0000,  1.1000])
