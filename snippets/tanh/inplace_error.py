import torch

z = torch.tensor([-1.0, 2.0], requires_grad=True)
out = torch.tanh(z)  # tanh saves its output for the backward pass
out.add_(1).div_(2)  # ... and this rescales that output to (0, 1) in place

try:
    out.sum().backward()
except RuntimeError as error:
    print(str(error).split(":")[0])
    #> one of the variables needed for gradient computation has been modified by an inplace operation
