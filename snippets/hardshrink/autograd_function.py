import torch
import torch.nn.functional as F


class Hardshrink(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lambd):
        dead = (x >= -lambd) & (x <= lambd)
        ctx.save_for_backward(dead)
        return torch.where(dead, torch.zeros_like(x), x)

    @staticmethod
    def backward(ctx, grad_output):
        (dead,) = ctx.saved_tensors
        # slope 0 on the dead zone (including at ±lambd, as PyTorch picks), 1 outside
        return torch.where(dead, torch.zeros_like(grad_output), grad_output), None


# gradcheck compares the backward with finite differences, in float64, away from the jumps at ±0.5
x = torch.tensor([-2.0, -0.7, -0.3, 0.2, 0.7, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Hardshrink.apply, (x, 0.5)))
#> True

z = torch.tensor([-0.5, 0.0, 0.5, 0.6], dtype=torch.float64, requires_grad=True)
(ours,) = torch.autograd.grad(Hardshrink.apply(z, 0.5).sum(), z)
(torchs,) = torch.autograd.grad(F.hardshrink(z, 0.5).sum(), z)
print(ours)
#> tensor([0., 0., 0., 1.], dtype=torch.float64)
torch.testing.assert_close(ours, torchs, rtol=0, atol=0)  # exactly equal, at ±0.5 too
