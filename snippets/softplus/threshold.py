import torch
import torch.nn.functional as F

x = torch.tensor([19.9, 20.0, 20.1], dtype=torch.float64, requires_grad=True)
y = F.softplus(x)  # beta=1.0, threshold=20.0: where beta * x > 20 it returns x itself
(slope,) = torch.autograd.grad(y.sum(), x)
gap = torch.log1p(torch.exp(-x.detach()))  # what the formula adds to x: log(1 + e^x) - x
for xi, yi, si, gi in zip(x.tolist(), y.tolist(), slope.tolist(), gap.tolist()):
    print(f"x = {xi}: Softplus(x) - x = {yi - xi:.3e}, formula says {gi:.3e}; slope {si:.10f}")
    #> x = 19.9: Softplus(x) - x = 2.278e-09, formula says 2.278e-09; slope 0.9999999977
    #> x = 20.0: Softplus(x) - x = 2.061e-09, formula says 2.061e-09; slope 0.9999999979
    #> x = 20.1: Softplus(x) - x = 0.000e+00, formula says 1.865e-09; slope 1.0000000000
