import torch
from torch import nn

torch.manual_seed(0)
rrelu = nn.RReLU()  # lower=1/8, upper=1/3
x = torch.tensor([-2.0, -1.0, -0.5, 1.0], dtype=torch.float64)

first, second = rrelu(x), rrelu(x)  # training mode: every call draws new slopes
print(first)
#> tensor([-0.6542, -0.2725, -0.1104,  1.0000], dtype=torch.float64)
print(second)
#> tensor([-0.6336, -0.2594, -0.1449,  1.0000], dtype=torch.float64)
print("slopes of the negative inputs:", (first / x)[:3])  # all within [1/8, 1/3]
#> slopes of the negative inputs: tensor([0.3271, 0.2725, 0.2207], dtype=torch.float64)

rrelu.eval()  # evaluation mode: one fixed slope, the mean of the range
print("eval slopes:", (rrelu(x) / x)[:3].tolist())
#> eval slopes: [0.22916666666666666, 0.22916666666666666, 0.22916666666666666]
print("(lower + upper) / 2 =", (rrelu.lower + rrelu.upper) / 2)
#> (lower + upper) / 2 = 0.22916666666666666
