import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 0.5, 2.0, 3.0])
print(F.threshold(x, 0.0, 0.0))  # keeps x above the threshold: this is ReLU
#> tensor([0.0000, 0.0000, 0.5000, 2.0000, 3.0000])
print((x > 0.0).float())  # a binary step gives 1 above the threshold
#> tensor([0., 0., 1., 1., 1.])
