import torch
import torch.nn.functional as F

x = torch.linspace(-3, 0, 300_001, dtype=torch.float64, requires_grad=True)  # steps of 1e-5
for f in (F.mish, F.silu, F.gelu):
    y = f(x)
    (slope,) = torch.autograd.grad(y.sum(), x)
    i = y.argmin()
    print(f"{f.__name__}: minimum {y[i].item():.5f} at x = {x[i].item():.5f}, slope at 0: {slope[-1].item():.4f}")
    #> mish: minimum -0.30884 at x = -1.19243, slope at 0: 0.6000
    #> silu: minimum -0.27846 at x = -1.27846, slope at 0: 0.5000
    #> gelu: minimum -0.16997 at x = -0.75179, slope at 0: 0.5000
