import torch
from torch import nn

hardsigmoid = nn.Hardsigmoid()
print(hardsigmoid)
#> Hardsigmoid()
x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
print(hardsigmoid(x))
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000])
