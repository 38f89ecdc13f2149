import torch
from torch import nn

prelu = nn.PReLU(num_parameters=8)
tokens = torch.randn(2, 5, 8)  # (batch, sequence, features): the 8 features are in the last dim

try:
    prelu(tokens)  # PReLU takes dim 1 as the channel dim
except RuntimeError as error:
    print(error)
    #> Mismatch of parameter numbers and input channel size. Found parameter numbers = 8 and channel size = 5.

y = prelu(tokens.transpose(1, 2)).transpose(1, 2)  # move the features to dim 1 and back
print(y.shape)
#> torch.Size([2, 5, 8])
