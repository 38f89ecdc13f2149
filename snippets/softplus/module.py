import torch
from torch import nn

softplus = nn.Softplus()
print(softplus)
#> Softplus(beta=1.0, threshold=20.0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(softplus(x))
#> tensor([0.1269, 0.4741, 0.6931, 0.9741, 2.1269])
print(nn.Softplus(beta=2.0)(x))
#> tensor([0.0091, 0.1566, 0.3466, 0.6566, 2.0091])
