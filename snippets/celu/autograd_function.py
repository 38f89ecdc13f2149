import torch
import torch.nn.functional as F


class CELU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        ctx.save_for_backward(x)
        ctx.alpha = alpha
        return torch.where(x > 0, x, alpha * torch.expm1(x / alpha))

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        # for x <= 0 the slope is e^(x / alpha), computed from the input: y / alpha + 1 is the same
        # number in exact arithmetic, but in float32 it cancels to 0 once x / alpha < about -17
        slope = torch.where(x > 0, torch.ones_like(x), torch.exp(x / ctx.alpha))
        return grad_output * slope, None


# gradcheck compares the backward with finite differences, in float64; CELU has no kink,
# so the points may include 0
x = torch.tensor([-3.0, -1.0, 0.0, 0.3, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: CELU.apply(t, 2.0), (x,)))
#> True

(ours,) = torch.autograd.grad(CELU.apply(x, 2.0).sum(), x)
(torchs,) = torch.autograd.grad(F.celu(x, alpha=2.0).sum(), x)
print(ours)
#> tensor([0.2231, 0.6065, 1.0000, 1.0000, 1.0000], dtype=torch.float64)
torch.testing.assert_close(ours, torchs)

# float32, far left: the slope is still e^(x / alpha), as F.celu's
x = torch.tensor([-20.0, -50.0], requires_grad=True)
(ours,) = torch.autograd.grad(CELU.apply(x, 1.0).sum(), x)
(torchs,) = torch.autograd.grad(F.celu(x).sum(), x)
print([f"{s:.3g}" for s in ours.tolist()])
#> ['2.06e-09', '1.93e-22']
torch.testing.assert_close(ours, torchs)
