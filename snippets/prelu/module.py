import inspect

import torch
from torch import nn

print(inspect.signature(nn.PReLU))
#> (num_parameters: int = 1, init: float = 0.25, device=None, dtype=None) -> None
prelu = nn.PReLU()
print(prelu)
#> PReLU(num_parameters=1)
print(prelu.weight)  # one learnable slope, starting at init=0.25
#> Parameter containing:
#> tensor([0.2500], requires_grad=True)

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(prelu(x).detach())
#> tensor([-0.5000, -0.1250,  0.0000,  0.5000,  2.0000])
