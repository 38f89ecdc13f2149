import torch
from torch import nn

torch.manual_seed(0)
first, second = nn.Linear(3, 4), nn.Linear(4, 1)
x = torch.randn(8, 3)

h = (first(x) >= 0).to(x.dtype)  # the step cuts the graph here
loss = second(h).pow(2).mean()
loss.backward()  # no error: the second layer still has a path to the loss
print(second.weight.grad is None, first.weight.grad is None)  # the first layer never learns
#> False True
