import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.sigmoid(x))
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
print(F.sigmoid(x))
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
print(torch.special.expit(x))  # the same function under its SciPy name
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
