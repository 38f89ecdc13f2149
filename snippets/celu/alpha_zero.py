import torch
from torch import nn

x = torch.tensor([-1.0, 1.0])
try:
    nn.CELU(alpha=0.0)(x)  # x / alpha
except RuntimeError as error:
    print(error)
    #> ZeroDivisionError: alpha cannot be 0 for CELU

print(nn.CELU(alpha=1e-3)(x))  # a small positive alpha is close to ReLU
#> tensor([-0.0010,  1.0000])
