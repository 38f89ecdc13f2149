import inspect

import torch
from torch import nn

print(inspect.signature(nn.PReLU))
#> (num_parameters: int = 1, init: float = 0.25, device=None, dtype=None) -> None

prelu = nn.PReLU()  # one slope shared by all channels, starting at init=0.25
model = nn.Sequential(nn.Linear(4, 8), prelu, nn.Linear(8, 1))
print([name for name, _ in model.named_parameters()])  # "1.weight" is PReLU's slope
#> ['0.weight', '0.bias', '1.weight', '2.weight', '2.bias']
print(prelu.weight)
#> Parameter containing:
#> tensor([0.2500], requires_grad=True)

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
prelu(x).sum().backward()
print(prelu.weight.grad)  # -2 + (-0.5) + 0, the sum of the inputs x <= 0: the slope learns like any weight
#> tensor([-2.5000])
