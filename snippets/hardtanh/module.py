import inspect

import torch
from torch import nn

print(inspect.signature(nn.Hardtanh))
#> (min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False, min_value: float | None = None, max_value: float | None = None) -> None
print(nn.Hardtanh())
#> Hardtanh(min_val=-1.0, max_val=1.0)
print(nn.Hardtanh(-2.0, 2.0))  # non-default bounds show up in the repr
#> Hardtanh(min_val=-2.0, max_val=2.0)
x = torch.tensor([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
print(nn.Hardtanh()(x))
#> tensor([-1.0000, -1.0000, -0.5000,  0.0000,  0.5000,  1.0000,  1.0000])
