import torch
import torch.nn.functional as F


class SiLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # the backward needs the input, not only the output
        return x * torch.sigmoid(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        s = torch.sigmoid(x)
        return grad_output * s * (1 + x * (1 - s))


x = torch.tensor([-4.0, -1.278, 0.0, 0.5, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(SiLU.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(SiLU.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.silu(x).sum(), x)
torch.testing.assert_close(ours, torchs)
print(ours)
#> tensor([-5.2665e-02,  1.0121e-04,  5.0000e-01,  7.3996e-01,  1.0881e+00],
#>        dtype=torch.float64)
