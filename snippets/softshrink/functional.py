import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
# + 0.0 prints every zero as 0.: a zero's sign (0. or -0.) depends on the CPU kernel
print(F.softshrink(x) + 0.0)  # lambd=0.5: every value moves 0.5 towards 0, and stops at 0
#> tensor([-1.5000,  0.0000,  0.0000,  0.0000,  1.5000])
print(F.softshrink(x, lambd=1.0) + 0.0)
#> tensor([-1.,  0.,  0.,  0.,  1.])
print(hasattr(torch, "softshrink"), hasattr(torch.Tensor, "softshrink"))  # F.softshrink only
#> False False
