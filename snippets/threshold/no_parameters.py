import torch
from torch import nn

m = nn.Threshold(0.5, -1.0)
print(list(m.parameters()))  # threshold and value are plain numbers: nothing to learn
#> []

x = torch.tensor([-2.0, 0.3, 0.7, 2.0], requires_grad=True)
m(x).sum().backward()
print(x.grad)  # inputs at or below the threshold get no gradient: the jump is invisible to it
#> tensor([0., 0., 1., 1.])
