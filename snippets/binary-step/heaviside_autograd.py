import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = torch.heaviside(x, torch.tensor(1.0))  # the forward pass works ...
try:
    y.sum().backward()  # ... the backward pass does not
except RuntimeError as error:
    print(error)
    #> derivative for aten::heaviside is not implemented
