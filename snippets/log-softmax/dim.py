import inspect

import torch
from torch import nn

print(inspect.signature(nn.LogSoftmax))  # dim defaults to None: always pass it
#> (dim: int | None = None) -> None

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0]])  # (batch=2, classes=3)
right = nn.LogSoftmax(dim=1)(logits)  # over the classes (dim=-1 is the same axis here)
wrong = nn.LogSoftmax(dim=0)(logits)  # over the batch
print(right.exp().sum(dim=1))
#> tensor([1.0000, 1.0000])
print(wrong.exp().sum(dim=1))  # the rows are not log-probability vectors
#> tensor([1.6640, 1.3360])
