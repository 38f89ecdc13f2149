import torch
import torch.nn.functional as F

x = torch.linspace(-100.0, -80.0, 20_001, requires_grad=True)  # float32, steps of 0.001
(slope,) = torch.autograd.grad(F.silu(x).sum(), x)
zero = slope == 0
k = int(zero.sum())
print(zero[:k].all().item(), zero[k:].any().item())  # exactly 0 on the left part, nowhere else
#> True False
print(f"slope exactly 0 for x <= {x[k - 1].item():.2f}")  # where e^-x overflows, so sigmoid(x) = 1 / (1 + e^-x) is 0
#> slope exactly 0 for x <= -88.72
