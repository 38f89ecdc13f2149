import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
a = F.leaky_relu(x, negative_slope=0.1)  # functional: no torch.leaky_relu in the public API
b = nn.LeakyReLU(negative_slope=0.1)(x)  # module: the slope is set once, when it is built
print(a)
#> tensor([-0.2000, -0.0500,  0.0000,  0.5000,  2.0000])
print(torch.equal(a, b))
#> True
