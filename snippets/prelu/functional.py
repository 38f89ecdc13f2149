import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
weight = torch.tensor([0.25])  # the slope is a tensor, not a number
print(F.prelu(x, weight))
#> tensor([-0.5000, -0.1250,  0.0000,  0.5000,  2.0000])
print(torch.prelu(x, weight))
#> tensor([-0.5000, -0.1250,  0.0000,  0.5000,  2.0000])
