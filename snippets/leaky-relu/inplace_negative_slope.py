import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 2.0], requires_grad=True)
h = x * 3
y = F.leaky_relu(h, negative_slope=-0.5, inplace=True)  # the forward pass works ...
try:
    y.sum().backward()  # ... the backward pass does not
except RuntimeError as error:
    print(str(error).split(".")[0])
    #> In-place leakyReLu backward calculation is triggered with a negative slope which is not supported
