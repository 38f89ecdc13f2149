import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
a = torch.softmax(x, dim=0)  # function: dim is required
b = F.softmax(x, dim=0)  # functional
c = nn.Softmax(dim=0)(x)  # module: dim is set when it is built
print(a)
#> tensor([0.0126, 0.0563, 0.0928, 0.1529, 0.6855])
print(torch.equal(a, b), torch.equal(a, c))
#> True True
print(a.sum())
#> tensor(1.0000)
