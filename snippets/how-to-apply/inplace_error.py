import torch

x = torch.tensor([-1.0, 2.0], requires_grad=True)
s = torch.sigmoid(x)  # sigmoid saves its output for its backward pass
torch.relu_(s)  # ... and this overwrites that output in place

try:
    s.sum().backward()
except RuntimeError as error:
    print(str(error).split(":")[0])
    #> one of the variables needed for gradient computation has been modified by an inplace operation
