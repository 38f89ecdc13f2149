import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.elu(x))  # alpha=1.0: x for x > 0, e^x - 1 otherwise
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(F.elu(x, alpha=2.0))  # the negative part is stretched by alpha
#> tensor([-1.7293, -0.7869,  0.0000,  0.5000,  2.0000])
