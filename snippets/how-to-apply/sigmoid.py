import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
a = torch.sigmoid(x)  # function
b = F.sigmoid(x)  # functional: calls the same kernel
c = nn.Sigmoid()(x)  # module: build it, then call it
print(a)
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
print(torch.equal(a, b), torch.equal(a, c))
#> True True
