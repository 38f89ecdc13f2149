import torch
import torch.nn.functional as F

x = torch.linspace(-110.0, -90.0, 20_001, requires_grad=True)  # float32, steps of 0.001
(slope,) = torch.autograd.grad(F.mish(x).sum(), x)
zero, x = (slope == 0), x.detach()
print(zero[x <= -104].all().item(), zero[x >= -102].any().item())  # 0 at every x <= -104, at no x >= -102
#> True False
