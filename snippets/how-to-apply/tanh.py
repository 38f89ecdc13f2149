import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
a = torch.tanh(x)  # function
b = F.tanh(x)  # functional: calls the same kernel
c = nn.Tanh()(x)  # module
print(a)
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print(torch.equal(a, b), torch.equal(a, c))
#> True True
