import torch
import torch.nn.functional as F

x = torch.tensor([-20.0, -5.0, -1.0, 0.0, 1.0, 5.0, 20.0], requires_grad=True)
(slope,) = torch.autograd.grad(F.logsigmoid(x).sum(), x)
print(slope)
#> tensor([1.0000e+00, 9.9331e-01, 7.3106e-01, 5.0000e-01, 2.6894e-01, 6.6929e-03,
#>         2.0612e-09])
torch.testing.assert_close(slope, torch.sigmoid(-x.detach()))  # 1 − σ(x) = σ(−x)
print("slope == sigmoid(-x)")
#> slope == sigmoid(-x)
