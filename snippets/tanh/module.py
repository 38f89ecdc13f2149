import torch
from torch import nn

tanh = nn.Tanh()  # no arguments: nothing to configure, nothing to learn
print(tanh)
#> Tanh()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(tanh(x))
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
