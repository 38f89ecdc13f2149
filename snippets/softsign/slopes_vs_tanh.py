import torch
import torch.nn.functional as F

x = torch.tensor([0.0, 2.0, 5.0, 10.0, 100.0], dtype=torch.float64, requires_grad=True)
(softsign_slope,) = torch.autograd.grad(F.softsign(x).sum(), x)
(tanh_slope,) = torch.autograd.grad(torch.tanh(x).sum(), x)
for xi, s, t in zip(x.tolist(), softsign_slope.tolist(), tanh_slope.tolist()):
    print(f"x = {xi:5}: softsign' = {s:.3e}, tanh' = {t:.3e}")
    #> x =   0.0: softsign' = 1.000e+00, tanh' = 1.000e+00
    #> x =   2.0: softsign' = 1.111e-01, tanh' = 7.065e-02
    #> x =   5.0: softsign' = 2.778e-02, tanh' = 1.816e-04
    #> x =  10.0: softsign' = 8.264e-03, tanh' = 8.245e-09
    #> x = 100.0: softsign' = 9.803e-05, tanh' = 0.000e+00
