import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
print(F.hardtanh(x))  # clamp to [-1, 1]
#> tensor([-1.0000, -1.0000, -0.5000,  0.0000,  0.5000,  1.0000,  1.0000])
print(F.hardtanh(x, min_val=-0.5, max_val=1.5))
#> tensor([-0.5000, -0.5000, -0.5000,  0.0000,  0.5000,  1.0000,  1.5000])
