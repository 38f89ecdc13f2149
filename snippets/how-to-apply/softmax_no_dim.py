import warnings

import torch
from torch import nn

x = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.Softmax()(x)  # no dim: PyTorch guesses one and warns
print(caught[0].category.__name__ + ":", str(caught[0].message).split(".")[0])
#> UserWarning: Implicit dimension choice for softmax has been deprecated
