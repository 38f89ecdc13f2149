import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-1.0, 1.0])
try:
    F.gelu(x, "tanh")  # approximate is keyword-only
except TypeError as error:
    print(error)
    #> gelu() takes 1 positional argument but 2 were given

gelu = nn.GELU(approximate="sigmoid")  # accepted here ...
try:
    gelu(x)  # ... and refused only at the first forward pass
except RuntimeError as error:
    print(error)
    #> approximate argument must be either none or tanh.

print(F.gelu(x, approximate="tanh"))  # the right way: by keyword, "none" or "tanh"
#> tensor([-0.1588,  0.8412])
