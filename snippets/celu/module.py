import torch
from torch import nn

celu = nn.CELU()
print(celu)
#> CELU(alpha=1.0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(celu(x))
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(nn.CELU(alpha=2.0))  # alpha is a plain number, not a learnable parameter
#> CELU(alpha=2.0)
print(list(nn.CELU(alpha=2.0).parameters()))
#> []
