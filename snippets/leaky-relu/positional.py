import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, 2.0])
print(nn.LeakyReLU(0.2)(x), F.leaky_relu(x, 0.2))  # the first argument after the input is the slope
#> tensor([-0.4000,  2.0000]) tensor([-0.4000,  2.0000])

act = nn.LeakyReLU(True)  # copied from nn.ReLU(True), meaning inplace=True ...
print(act)  # ... but it set negative_slope=True, i.e. 1: the identity
#> LeakyReLU(negative_slope=True)
print(act(x))
#> tensor([-2.,  2.])

print(nn.LeakyReLU(inplace=True))  # name the argument
#> LeakyReLU(negative_slope=0.01, inplace=True)
