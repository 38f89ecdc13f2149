import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 120_001, dtype=torch.float64)
gap = (F.hardswish(x) - F.silu(x)).abs()
print(f"max |Hardswish - SiLU| = {gap.max().item():.4f} at |x| = {x[gap.argmax()].abs().item():.2f}")
#> max |Hardswish - SiLU| = 0.1423 at |x| = 3.00

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
for f in (F.silu, F.hardswish):
    (slope,) = torch.autograd.grad(f(x).sum(), x)
    print(f.__name__, f(x).detach() + 0.0, "slope at 0:", slope[2].item())  # + 0.0: print zeros as 0.
    #> silu tensor([-0.1423, -0.2689,  0.0000,  0.7311,  2.8577]) slope at 0: 0.5
    #> hardswish tensor([ 0.0000, -0.3333,  0.0000,  0.6667,  3.0000]) slope at 0: 0.5
