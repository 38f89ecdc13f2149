import inspect

import torch
from torch import nn

print(inspect.signature(nn.Threshold))  # threshold and value have no defaults
#> (threshold: float, value: float, inplace: bool = False) -> None
try:
    nn.Threshold()
except TypeError as error:
    print(error)
    #> Threshold.__init__() missing 2 required positional arguments: 'threshold' and 'value'

threshold = nn.Threshold(0.5, -1.0)
print(threshold)
#> Threshold(threshold=0.5, value=-1.0)
print(threshold(torch.tensor([-2.0, -0.5, 0.0, 0.5, 0.75, 2.0])))
#> tensor([-1.0000, -1.0000, -1.0000, -1.0000,  0.7500,  2.0000])
