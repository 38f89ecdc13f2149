import torch
import torch.nn.functional as F

torch.set_printoptions(precision=6)
x = torch.tensor([0.499999, 0.5, 0.500001, 1.0], dtype=torch.float64, requires_grad=True)
y = F.softshrink(x, lambd=0.5)
(slope,) = torch.autograd.grad(y.sum(), x)
print(y.detach())  # no jump: the output leaves 0 continuously
#> tensor([0.000000e+00, 0.000000e+00, 1.000000e-06, 5.000000e-01],
#>        dtype=torch.float64)
print(slope)  # but the slope jumps from 0 to 1; at exactly 0.5 PyTorch returns 0
#> tensor([0., 0., 1., 1.], dtype=torch.float64)
