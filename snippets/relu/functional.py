import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.relu(x))
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print(F.relu(x))
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
