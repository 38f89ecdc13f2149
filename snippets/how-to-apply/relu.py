import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
a = torch.relu(x)  # function
b = F.relu(x)  # functional
c = nn.ReLU()(x)  # module
print(a)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print(torch.equal(a, b), torch.equal(a, c))
#> True True
