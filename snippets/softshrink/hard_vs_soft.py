import torch
import torch.nn.functional as F

x = torch.tensor([0.4, 0.6, 1.0, 3.0, 10.0])
print(F.hardshrink(x))  # keeps large values as they are, jumps at 0.5
#> tensor([ 0.0000,  0.6000,  1.0000,  3.0000, 10.0000])
print(F.softshrink(x))  # continuous, but every kept value is 0.5 too small
#> tensor([0.0000, 0.1000, 0.5000, 2.5000, 9.5000])
