import torch
from torch import nn

relu = nn.ReLU()
print(relu)
#> ReLU()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(relu(x))
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
