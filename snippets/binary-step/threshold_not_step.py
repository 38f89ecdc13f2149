import torch
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
threshold = nn.Threshold(0.0, 0.0)  # replaces x <= 0.0 by 0.0, keeps every other value
print(threshold(x))  # ReLU, not a step: 0.5 and 2.0 are kept
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print(nn.Threshold(0.0, 1.0)(x))  # x <= 0 becomes 1, the rest is kept
#> tensor([1.0000, 1.0000, 1.0000, 0.5000, 2.0000])

# the binary step
print((x >= 0).to(x.dtype))
#> tensor([0., 0., 1., 1., 1.])
