import torch
from torch import nn

m = nn.Threshold(0, 0.5)  # threshold=0, value=0.5: the value lies above the threshold
x = torch.tensor([-1.0, 0.0, 0.1, 0.4, 0.6])
print(m(x))  # 0.5 for x <= 0, then 0.1: the output drops as x grows
#> tensor([0.5000, 0.5000, 0.1000, 0.4000, 0.6000])

m = nn.Threshold(0.5, 0.5)  # value = threshold: continuous, max(x, 0.5)
print(m(x))
#> tensor([0.5000, 0.5000, 0.5000, 0.5000, 0.6000])
