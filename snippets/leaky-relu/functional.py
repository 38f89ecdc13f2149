import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.leaky_relu(x))  # default negative_slope=0.01
#> tensor([-0.0200, -0.0050,  0.0000,  0.5000,  2.0000])
print(F.leaky_relu(x, negative_slope=0.2))
#> tensor([-0.4000, -0.1000,  0.0000,  0.5000,  2.0000])

print(hasattr(torch, "leaky_relu"))  # unlike torch.relu, there is no torch.leaky_relu
#> False
