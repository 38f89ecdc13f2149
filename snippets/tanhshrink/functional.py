import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.tanhshrink(x))
#> tensor([-1.0360, -0.0379,  0.0000,  0.0379,  1.0360])
print(x - torch.tanh(x))  # exactly what F.tanhshrink computes
#> tensor([-1.0360, -0.0379,  0.0000,  0.0379,  1.0360])
print(hasattr(torch, "tanhshrink"), hasattr(torch.Tensor, "tanhshrink"))  # F.tanhshrink only
#> False False
