import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.mish(x))
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440])
print(x * torch.tanh(F.softplus(x)))  # the same numbers, written out
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440])
