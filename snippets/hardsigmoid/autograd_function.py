import torch
import torch.nn.functional as F


class Hardsigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return (x + 3).clamp(0, 6) / 6

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        inside = (x > -3) & (x < 3)  # open interval: slope 0 at exactly -3 and 3, as in PyTorch
        return grad_output * inside.to(grad_output.dtype) / 6


# gradcheck compares with finite differences, in float64, away from the breakpoints at -3 and 3
x = torch.tensor([-4.0, -2.0, 0.0, 1.0, 2.5, 4.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Hardsigmoid.apply, (x,)))
#> True

x = torch.tensor([-4.0, -3.0, 0.0, 1.0, 3.0, 4.0], requires_grad=True)
(ours,) = torch.autograd.grad(Hardsigmoid.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.hardsigmoid(x).sum(), x)
torch.testing.assert_close(ours, torchs)
print(ours)
#> tensor([0.0000, 0.0000, 0.1667, 0.1667, 0.0000, 0.0000])
