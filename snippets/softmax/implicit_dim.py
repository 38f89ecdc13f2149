import warnings

import torch
from torch import nn

x = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = nn.Softmax()(x)  # no dim: do not do this
    x3 = torch.zeros(2, 3, 4)  # (batch=2, classes=3, length=4)
    y3 = nn.Softmax()(x3)

print(nn.Softmax())
#> Softmax(dim=None)
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
print(y.equal(torch.softmax(x, dim=1)))  # a 2-D input gets dim=1, the classes ...
#> True
print(y3[:, :, 0])  # ... a 3-D input gets dim=0, the batch: 1/2 each, not 1/3
#> tensor([[0.5000, 0.5000, 0.5000],
#>         [0.5000, 0.5000, 0.5000]])
