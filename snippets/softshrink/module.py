import torch
from torch import nn

shrink = nn.Softshrink()  # lambd=0.5
print(shrink)
#> Softshrink(0.5)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(shrink(x) + 0.0)  # + 0.0 prints every zero as 0.: a zero's sign depends on the CPU kernel
#> tensor([-1.5000,  0.0000,  0.0000,  0.0000,  1.5000])
print(nn.Softshrink(lambd=1.0)(torch.tensor([-1.5, -1.0, 0.9, 1.0, 1.1])) + 0.0)
#> tensor([-0.5000,  0.0000,  0.0000,  0.0000,  0.1000])
