import inspect

import torch
from torch import nn

print(inspect.signature(nn.Softmin))  # dim defaults to None: always pass it
#> (dim: int | None = None) -> None

x = torch.tensor([[1.0, 2.0, 0.5], [3.0, 0.0, 1.0]])  # (batch=2, candidates=3)
print(nn.Softmin(dim=1)(x).sum(dim=1))  # right: one distribution per row
#> tensor([1., 1.])
print(nn.Softmin(dim=0)(x).sum(dim=1))  # wrong axis: the rows do not sum to 1
#> tensor([1.6225, 1.3775])
