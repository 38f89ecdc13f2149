import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0])
y = x + F.hardswish(x, inplace=True)  # the activation overwrites x before the sum reads it
print(y + 0.0)  # 2 * hardswish(x), not x + hardswish(x) (+ 0.0: print the zeros as 0. whatever their sign)
#> tensor([ 0.0000, -0.6667,  0.0000,  1.3333,  8.0000])

x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0])
y = x + F.hardswish(x)  # the right way: no inplace when the input is still needed
print(y)
#> tensor([-4.0000, -1.3333,  0.0000,  1.6667,  8.0000])
