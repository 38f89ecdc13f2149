import torch
import torch.nn.functional as F

x = torch.linspace(-110.0, -90.0, 20_001, requires_grad=True)  # float32, steps of 0.001
(slope,) = torch.autograd.grad(F.elu(x).sum(), x)  # alpha * e^x
zero = slope == 0
k = int(zero.sum())
print(zero[:k].all().item(), zero[k:].any().item())  # exactly 0 on the left part, nowhere else
#> True False
print(f"slope exactly 0 for x <= {x[k - 1].item():.2f}")  # where e^x underflows to 0
#> slope exactly 0 for x <= -103.97
