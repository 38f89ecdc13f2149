import torch
from torch import nn

log_sigmoid = nn.LogSigmoid()
print(log_sigmoid)
#> LogSigmoid()
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(log_sigmoid(x))
#> tensor([-2.1269, -0.9741, -0.6931, -0.4741, -0.1269])
