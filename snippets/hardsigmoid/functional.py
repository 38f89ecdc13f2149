import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
print(F.hardsigmoid(x))
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000])
print(F.relu6(x + 3) / 6)  # the same numbers, written with ReLU6
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000])
