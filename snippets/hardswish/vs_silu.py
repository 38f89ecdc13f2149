import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 120_001, dtype=torch.float64)
gap = (F.hardswish(x) - F.silu(x)).abs()
worst = x[gap >= gap.max() - 1e-12]  # every grid point where the gap is largest
print(f"max |Hardswish - SiLU| = {gap.max().item():.4f} at x = {worst.tolist()}")
#> max |Hardswish - SiLU| = 0.1423 at x = [-3.0, 3.0]
print(f"3 * sigmoid(-3) = {3 * torch.sigmoid(torch.tensor(-3.0)).item():.4f}")
#> 3 * sigmoid(-3) = 0.1423
signed = F.hardswish(x) - F.silu(x)  # below 0 between the peaks, except at x = 0
low, high = signed.min().item(), signed.max().item()
print(f"Hardswish - SiLU: from {low:.4f} at x = ±{x[signed.argmin()].abs().item():.2f} up to {high:.4f}; "
      f"the dip is {-low / high:.2f} of the peak")
#> Hardswish - SiLU: from -0.1057 at x = ±1.70 up to 0.1423; the dip is 0.74 of the peak

x = torch.tensor([-3.0, -1.5, 0.0, 1.5, 3.0], requires_grad=True)
for f in (F.hardswish, F.silu):
    (slope,) = torch.autograd.grad(f(x).sum(), x)
    print(f"{f.__name__:>9}: {f(x).detach() + 0.0}, slope at 0: {slope[2].item()}")  # + 0.0: no -0.
    #> hardswish: tensor([ 0.0000, -0.3750,  0.0000,  1.1250,  3.0000]), slope at 0: 0.5
    #>      silu: tensor([-0.1423, -0.2736,  0.0000,  1.2264,  2.8577]), slope at 0: 0.5
