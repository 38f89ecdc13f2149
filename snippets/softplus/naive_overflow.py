import torch
import torch.nn.functional as F

x = torch.tensor([-20.0, 0.0, 20.0, 100.0])
print(torch.log(1 + torch.exp(x)))  # exp(100) overflows float32, and 1 + e^-20 rounds to 1
#> tensor([ 0.0000,  0.6931, 20.0000,     inf])
print(F.softplus(x))  # stable: right for small and for large x
#> tensor([2.0612e-09, 6.9315e-01, 2.0000e+01, 1.0000e+02])
