import torch
import torch.nn.functional as F


class CELU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        y = torch.where(x > 0, x, alpha * torch.expm1(x / alpha))
        ctx.save_for_backward(x, y)
        ctx.alpha = alpha
        return y

    @staticmethod
    def backward(ctx, grad_output):
        x, y = ctx.saved_tensors
        # for x <= 0 the slope e^(x / alpha) equals y / alpha + 1
        slope = torch.where(x > 0, torch.ones_like(y), y / ctx.alpha + 1)
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
