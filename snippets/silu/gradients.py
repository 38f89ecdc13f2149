import torch
import torch.nn.functional as F

x = torch.tensor([-10.0, -5.0, -2.0, -1.0, 1.0, 2.0, 5.0], requires_grad=True)
(silu_grad,) = torch.autograd.grad(F.silu(x).sum(), x)
(relu_grad,) = torch.autograd.grad(torch.relu(x).sum(), x)
print("SiLU:", silu_grad)
#> SiLU: tensor([-4.0856e-04, -2.6547e-02, -9.0784e-02,  7.2329e-02,  9.2767e-01,
#>          1.0908e+00,  1.0265e+00])
print("ReLU:", relu_grad)
#> ReLU: tensor([0., 0., 0., 0., 1., 1., 1.])

# SiLU(x) - SiLU(-x) = x, so the slopes at x and -x add up to 1
print(round((silu_grad[2] + silu_grad[5]).item(), 6))  # up to float32 rounding
#> 1.0
