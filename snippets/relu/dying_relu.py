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
norms = layer.weight.grad.norm(dim=1).tolist()  # rounded below: the last digits vary by CPU
print("weight-gradient norm per unit:", [round(n, 1) for n in norms])
#> weight-gradient norm per unit: [0.0, 0.0, 0.0, 122.1, 108.7, 113.7]
