import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.selu(x))
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014])
print(F.selu(x))  # the same; there is nothing to set but inplace
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014])
