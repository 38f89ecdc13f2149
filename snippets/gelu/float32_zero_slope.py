import torch
import torch.nn.functional as F


def last_zero(x, slope):
    """The largest x whose slope is exactly 0, having checked that every x left of it has slope 0 too."""
    k = int((slope == 0).sum())
    assert (slope[:k] == 0).all() and (slope[k:] != 0).all()
    return x[k - 1].item()


x = torch.linspace(-20.0, -1.0, 19_001, requires_grad=True)  # float32, steps of 0.001
(slope,) = torch.autograd.grad(F.gelu(x).sum(), x)
print(f"in a batch:      slope exactly 0 for x <= {last_zero(x, slope):.2f}")
#> in a batch:      slope exactly 0 for x <= -6.15

# A tensor of one element goes through torch's scalar code instead, which keeps more digits:
x = torch.linspace(-16.0, -12.0, 4_001, requires_grad=True)
slope = torch.cat([torch.autograd.grad(F.gelu(xi), xi)[0] for xi in x.split(1)])  # one element per call
print(f"one at a time:   slope exactly 0 for x <= {last_zero(x, slope):.2f}")
#> one at a time:   slope exactly 0 for x <= -14.34
