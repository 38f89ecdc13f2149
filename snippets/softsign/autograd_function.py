import torch
import torch.nn.functional as F


class Softsign(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x / (1 + x.abs())

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output / (1 + x.abs()) ** 2


x = torch.tensor([-5.0, -1.0, -0.1, 0.0, 0.1, 1.0, 5.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Softsign.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(Softsign.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.softsign(x).sum(), x)
print(ours)
#> tensor([0.0278, 0.2500, 0.8264, 1.0000, 0.8264, 0.2500, 0.0278],
#>        dtype=torch.float64)
torch.testing.assert_close(ours, torchs)
