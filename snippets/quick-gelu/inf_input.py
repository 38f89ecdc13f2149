import torch

x = torch.tensor([-torch.inf, -100.0, 100.0, torch.inf])
print(x * torch.sigmoid(1.702 * x))  # -inf * 0 is NaN, as for SiLU
#> tensor([ nan,  -0., 100.,  inf])
safe = x.clamp(min=-1e4)  # any finite floor far to the left gives the limit, 0
print(safe * torch.sigmoid(1.702 * safe) + 0.0)  # + 0.0: print -0 as 0
#> tensor([  0.,   0., 100.,  inf])
