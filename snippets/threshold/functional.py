import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 0.75, 2.0])
print(F.threshold(x, 0.5, -1.0))  # threshold=0.5, value=-1.0: both required
#> tensor([-1.0000, -1.0000, -1.0000, -1.0000,  0.7500,  2.0000])
print(torch.threshold(x, 0.5, -1.0))
#> tensor([-1.0000, -1.0000, -1.0000, -1.0000,  0.7500,  2.0000])
