import torch
from torch import nn

print(nn.ReLU6(3))  # not a cap of 3: the only argument of ReLU6 is inplace
#> ReLU6(inplace=True)

cap3 = nn.Hardtanh(min_val=0.0, max_val=3.0)  # the right way to get min(max(0, x), 3)
print(cap3(torch.tensor([-1.0, 2.0, 5.0])))
#> tensor([0., 2., 3.])
