import torch
import torch.nn.functional as F


class Hardswish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * (x + 3).clamp(0, 6) / 6

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        # 0 for x <= -3, x/3 + 1/2 in between, 1 for x >= 3: PyTorch's choice at the breakpoints
        slope = torch.where(x <= -3, 0.0, torch.where(x < 3, x / 3 + 0.5, 1.0))
        return grad_output * slope


# gradcheck compares with finite differences, in float64, away from the breakpoints at -3 and 3
x = torch.tensor([-4.0, -2.0, -1.5, 0.0, 1.0, 2.5, 4.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Hardswish.apply, (x,)))
#> True

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.0, 3.0, 4.0], dtype=torch.float64, requires_grad=True)
(ours,) = torch.autograd.grad(Hardswish.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.hardswish(x).sum(), x)
torch.testing.assert_close(ours, torchs)
print(ours)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 0.8333, 1.0000, 1.0000],
#>        dtype=torch.float64)
