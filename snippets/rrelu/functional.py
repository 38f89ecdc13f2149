import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.rrelu(x))  # training=False by default: the fixed mean slope
#> tensor([-0.4583, -0.1146,  0.0000,  0.5000,  2.0000])
print(torch.rrelu(x))  # the same function, in the torch namespace
#> tensor([-0.4583, -0.1146,  0.0000,  0.5000,  2.0000])

torch.manual_seed(0)
print(F.rrelu(x, training=True))  # random slopes for the negative inputs
#> tensor([-0.6542, -0.1362,  0.0000,  0.5000,  2.0000])
