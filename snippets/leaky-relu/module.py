import torch
from torch import nn

act = nn.LeakyReLU(negative_slope=0.2)
print(act)
#> LeakyReLU(negative_slope=0.2)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(act(x))
#> tensor([-0.4000, -0.1000,  0.0000,  0.5000,  2.0000])
print(list(act.parameters()))  # the slope is a fixed number, not a learnable parameter
#> []
