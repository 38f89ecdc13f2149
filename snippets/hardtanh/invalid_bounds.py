import warnings

import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, 0.0, 2.0])
try:
    nn.Hardtanh(1.0, 1.0)  # the module needs min_val < max_val ...
except AssertionError as error:
    print("nn.Hardtanh:", error)
    #> nn.Hardtanh: max_val (1.0) must be greater than min_val (1.0)
print("F.hardtanh:", F.hardtanh(x, 1.0, 1.0))  # ... the function accepts equal bounds: a constant
#> F.hardtanh: tensor([1., 1., 1.])
try:
    F.hardtanh(x, 1.0, -1.0)  # reversed bounds are rejected by both
except ValueError as error:
    print("F.hardtanh:", error)
    #> F.hardtanh: min_val cannot be greater than max_val

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.Hardtanh(min_value=-2.0)  # the old keyword: still works, but deprecated
print(caught[0].category.__name__, caught[0].message)
#> FutureWarning keyword argument `min_value` is deprecated and renamed to `min_val`
try:
    F.hardtanh(x, min_value=-2.0)  # the function does not take the old keyword at all
except TypeError as error:
    print("F.hardtanh:", error)
    #> F.hardtanh: hardtanh() got an unexpected keyword argument 'min_value'
