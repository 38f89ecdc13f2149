import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
first, second = nn.Linear(3, 3), nn.Linear(3, 3)
x = torch.randn(2, 3)

h = first(x)
branch = second(h)  # second saves its input h for its backward pass
out = F.relu(h, inplace=True) + branch  # ... and the in-place ReLU overwrites h

try:
    out.sum().backward()
except RuntimeError as error:
    print(str(error).split(":")[0])
    #> one of the variables needed for gradient computation has been modified by an inplace operation
