import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.tanh(x))
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print(F.tanh(x))
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print(x.tanh())  # the same, as a tensor method
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
