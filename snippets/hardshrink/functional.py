import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.hardshrink(x))  # lambd=0.5: ±0.5 are inside the dead zone
#> tensor([-2.,  0.,  0.,  0.,  2.])
print(F.hardshrink(x, lambd=1.0))
#> tensor([-2.,  0.,  0.,  0.,  2.])
print(x.hardshrink(0.25))  # also a tensor method
#> tensor([-2.0000, -0.5000,  0.0000,  0.5000,  2.0000])
