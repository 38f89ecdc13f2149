import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(10, 6)
with torch.no_grad():
    layer.bias[:3] = -20.0  # e.g. after one huge gradient step: units 0-2 now always get a negative input
x = torch.randn(256, 10)

for name, act in [("ReLU", F.relu), ("Leaky ReLU", F.leaky_relu)]:
    layer.weight.grad = None
    act(layer(x)).sum().backward()
    print(f"{name:>10} weight-gradient norm per unit:", layer.weight.grad.norm(dim=1))
    #>       ReLU weight-gradient norm per unit: tensor([  0.0000,   0.0000,   0.0000, 122.1260, 108.7421, 113.6954])
    #> Leaky ReLU weight-gradient norm per unit: tensor([  0.5837,   0.5837,   0.5837, 121.2699, 107.9000, 112.7667])
