import torch
import torch.nn.functional as F

x = torch.tensor([-50.0, -100.0, -110.0])
std = F.softplus(x)
print(std)  # "always positive", but float32 rounds it to 0 at -110
#> tensor([1.9287e-22, 3.7835e-44, 0.0000e+00])
print(torch.log(std))  # log(0) = -inf: a NaN loss waiting to happen
#> tensor([-50.0000, -99.9831,     -inf])

print(F.softplus(x) + 1e-6)  # the usual fix: a small floor
#> tensor([1.0000e-06, 1.0000e-06, 1.0000e-06])
