import math

import torch
import torch.nn.functional as F


class GELU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * torch.special.ndtr(x)  # ndtr is Phi, the standard normal CDF

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        pdf = torch.exp(-x * x / 2) / math.sqrt(2 * math.pi)  # phi, the standard normal density
        return grad_output * (torch.special.ndtr(x) + x * pdf)


# gradcheck compares the backward with finite differences, in float64
x = torch.tensor([-3.0, -1.0, 0.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(GELU.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(GELU.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.gelu(x).sum(), x)
print(ours)
#> tensor([-0.0119, -0.0833,  0.5000,  0.8675,  1.0852], dtype=torch.float64)
torch.testing.assert_close(ours, torchs)
