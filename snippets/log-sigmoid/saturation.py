import torch
import torch.nn.functional as F

x = torch.tensor([-50.0, -10.0, 10.0, 50.0], requires_grad=True)
y = F.logsigmoid(x)
(slope,) = torch.autograd.grad(y.sum(), x)
print(y)  # ≈ x on the left, ≈ 0 on the right
#> tensor([-5.0000e+01, -1.0000e+01, -4.5399e-05, -1.9287e-22],
#>        grad_fn=<LogSigmoidBackward0>)
print(slope)  # 1 on the left: no vanishing gradient there; → 0 on the right
#> tensor([1.0000e+00, 9.9995e-01, 4.5398e-05, 1.9287e-22])
