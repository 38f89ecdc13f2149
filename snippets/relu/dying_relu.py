import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(10, 6)
with torch.no_grad():
    layer.bias[:3] = -20.0  # e.g. after one huge gradient step: units 0-2 now always get a negative input

x = torch.randn(256, 10)
h = torch.relu(layer(x))
h.sum().backward()

print("fraction of inputs each unit fires on:", (h > 0).float().mean(0))
#> fraction of inputs each unit fires on: tensor([0.0000, 0.0000, 0.0000, 0.5898, 0.6367, 0.4961])
print("weight-gradient norm per unit:", layer.weight.grad.norm(dim=1))
#> weight-gradient norm per unit: tensor([  0.0000,   0.0000,   0.0000, 122.1260, 108.7421, 113.6954])
