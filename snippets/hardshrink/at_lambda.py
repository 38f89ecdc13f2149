import torch
import torch.nn.functional as F

torch.set_printoptions(precision=6)
x = torch.tensor([0.499999, 0.5, 0.500001, 1.0], dtype=torch.float64, requires_grad=True)
y = F.hardshrink(x, lambd=0.5)
(slope,) = torch.autograd.grad(y.sum(), x)
print(y.detach())  # jumps from 0 straight to about 0.5
#> tensor([0.000000, 0.000000, 0.500001, 1.000000], dtype=torch.float64)
print(slope)  # at exactly 0.5 PyTorch returns slope 0
#> tensor([0., 0., 1., 1.], dtype=torch.float64)

x = -x.detach().requires_grad_()  # the same on the negative side
(slope,) = torch.autograd.grad(F.hardshrink(x, lambd=0.5).sum(), x)
print(slope)
#> tensor([0., 0., 1., 1.], dtype=torch.float64)
