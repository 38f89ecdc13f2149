import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
# x * 0 for x <= -3: + 0.0 prints that zero as 0. whichever sign (0. or -0.) the CPU kernel gives it
print(F.hardswish(x) + 0.0)
#> tensor([ 0.0000,  0.0000, -0.3750,  0.0000,  1.1250,  3.0000,  4.0000])
print(x * F.relu6(x + 3) / 6 + 0.0)  # the same numbers, written with ReLU6
#> tensor([ 0.0000,  0.0000, -0.3750,  0.0000,  1.1250,  3.0000,  4.0000])
