import torch
from torch import nn

sigmoid = nn.Sigmoid()
print(sigmoid)
#> Sigmoid()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(sigmoid(x))
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
