import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.5, 2.0])
print(F.elu(x, alpha=1.6733))  # SELU's alpha alone ...
#> tensor([-1.4468, -0.6584,  0.5000,  2.0000])
print(torch.selu(x))  # ... is not SELU: SELU also scales everything by lambda = 1.0507
#> tensor([-1.5202, -0.6918,  0.5254,  2.1014])
