import torch
import torch.nn.functional as F


class ELU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        y = torch.where(x > 0, x, alpha * torch.expm1(x))
        ctx.save_for_backward(x, y)
        ctx.alpha = alpha
        return y

    @staticmethod
    def backward(ctx, grad_output):
        x, y = ctx.saved_tensors
        # for x <= 0 the slope alpha * e^x equals y + alpha: the output is enough
        slope = torch.where(x > 0, torch.ones_like(y), y + ctx.alpha)
        return grad_output * slope, None


# gradcheck compares the backward with finite differences, in float64, away from the kink at 0
x = torch.tensor([-3.0, -1.0, -0.2, 0.3, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: ELU.apply(t, 2.0), (x,)))
#> True

(ours,) = torch.autograd.grad(ELU.apply(x, 2.0).sum(), x)
(torchs,) = torch.autograd.grad(F.elu(x, alpha=2.0).sum(), x)
print(ours)
#> tensor([0.0996, 0.7358, 1.6375, 1.0000, 1.0000], dtype=torch.float64)
torch.testing.assert_close(ours, torchs)
