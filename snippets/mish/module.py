import torch
from torch import nn

mish = nn.Mish()
print(mish)
#> Mish()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(mish(x))
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440])
