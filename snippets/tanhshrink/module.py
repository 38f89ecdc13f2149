import torch
from torch import nn

shrink = nn.Tanhshrink()  # no arguments, no parameters
print(shrink)
#> Tanhshrink()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(shrink(x))
#> tensor([-1.0360, -0.0379,  0.0000,  0.0379,  1.0360])
