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
    norms = layer.weight.grad.norm(dim=1).tolist()  # rounded below: the last digits vary by CPU
    print(f"{name:>10} weight-gradient norm per unit:", [round(n, 1) for n in norms])
    #>       ReLU weight-gradient norm per unit: [0.0, 0.0, 0.0, 122.1, 108.7, 113.7]
    #> Leaky ReLU weight-gradient norm per unit: [0.6, 0.6, 0.6, 121.3, 107.9, 112.8]
