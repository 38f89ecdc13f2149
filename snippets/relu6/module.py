import torch
from torch import nn

relu6 = nn.ReLU6()
print(relu6)
#> ReLU6()
x = torch.tensor([-2.0, 0.0, 3.0, 6.0, 8.0])
print(relu6(x))
#> tensor([0., 0., 3., 6., 6.])
