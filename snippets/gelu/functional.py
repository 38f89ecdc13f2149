import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.gelu(x))  # exact: x * Phi(x)
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])
print(F.gelu(x, approximate="tanh"))  # the tanh approximation
#> tensor([-0.0454, -0.1543,  0.0000,  0.3457,  1.9546])
