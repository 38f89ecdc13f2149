import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer, branch = nn.Linear(2, 2), nn.Linear(2, 2)
x = torch.randn(4, 2)
for leaky_relu in (F.leaky_relu_, F.leaky_relu):  # in place, then out of place
    h = layer(x)
    out = branch(h) + leaky_relu(h)  # h has two consumers: the branch's linear layer saved h for its weight gradient
    try:
        out.sum().backward()
        print(f"{leaky_relu.__name__}: backward ran")
        #> leaky_relu: backward ran
    except RuntimeError as error:
        print(f"{leaky_relu.__name__}: {str(error).split(':')[0]}")
        #> leaky_relu_: one of the variables needed for gradient computation has been modified by an inplace operation
