import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.celu(x))
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(F.celu(x))  # the same, alpha=1.0
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(F.celu(x, alpha=2.0))
#> tensor([-1.2642, -0.4424,  0.0000,  0.5000,  2.0000])
