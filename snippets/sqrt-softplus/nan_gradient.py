import torch
import torch.nn.functional as F

x = torch.tensor([-200.0, -50.0, 0.0], requires_grad=True)  # float32
y = F.softplus(x).sqrt()
(slope,) = torch.autograd.grad(y.sum(), x)
print(y.tolist()[0])  # softplus(-200) underflows to exactly 0 in float32
#> 0.0
print(slope.isnan().tolist())  # d√s/ds = 1 / (2√s) is inf at s = 0, times sigmoid(-200) = 0: NaN
#> [True, False, False]

# A floor keeps softplus a normal float32 number; below it the slope is 0 (the true one is below 1e-17)
y = F.softplus(x.clamp(min=-80.0)).sqrt()
(slope,) = torch.autograd.grad(y.sum(), x)
print(slope.isfinite().tolist(), slope[0].item())
#> [True, True, True] 0.0
