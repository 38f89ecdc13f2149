import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.softsign(x))
#> tensor([-0.6667, -0.3333,  0.0000,  0.3333,  0.6667])
print(x / (1 + x.abs()))  # exactly what F.softsign computes
#> tensor([-0.6667, -0.3333,  0.0000,  0.3333,  0.6667])
print(hasattr(torch, "softsign"), hasattr(torch.Tensor, "softsign"))  # F.softsign only
#> False False
