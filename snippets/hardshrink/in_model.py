import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(16, 32),
    nn.Hardshrink(lambd=0.5),  # features with |value| <= 0.5 become exactly 0
    nn.Linear(32, 4),
)
hidden = model[1](model[0](torch.randn(64, 16)))
print("fraction of hidden values that are exactly 0:", (hidden == 0).float().mean().item())
#> fraction of hidden values that are exactly 0: 0.59130859375
