import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, 0.0, 3.0, 6.0, 8.0])
print(F.relu6(x))  # there is no torch.relu6: use torch.nn.functional
#> tensor([0., 0., 3., 6., 6.])
