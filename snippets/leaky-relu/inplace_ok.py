import torch
from torch import nn

x = torch.tensor([-1.0, 2.0], requires_grad=True)
h = x * 3  # a new tensor, and multiplication by a constant saves nothing that would be overwritten
y = nn.LeakyReLU(inplace=True)(h)
print(y is h)  # the same tensor: no new memory
#> True

y.sum().backward()
print(x.grad)
#> tensor([0.0300, 3.0000])
