import torch
from torch import nn

torch.manual_seed(0)
layer, branch = nn.Linear(2, 2), nn.Linear(2, 2)
x = torch.randn(4, 2)
for relu in (torch.relu_, torch.relu):  # in place, then out of place
    h = layer(x)
    out = branch(h) + relu(h)  # h has two consumers: the branch's linear layer saved h for its weight gradient
    try:
        out.sum().backward()
        print(f"{relu.__name__}: backward ran")
        #> relu: backward ran
    except RuntimeError as error:
        print(f"{relu.__name__}: {str(error).split(':')[0]}")
        #> relu_: one of the variables needed for gradient computation has been modified by an inplace operation
