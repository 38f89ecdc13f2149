import torch
import torch.nn.functional as F


class Mish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * torch.tanh(F.softplus(x))

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        t = torch.tanh(F.softplus(x))
        # product rule; d/dx softplus(x) = sigmoid(x) and d/du tanh(u) = 1 - tanh(u)^2
        return grad_output * (t + x * torch.sigmoid(x) * (1 - t * t))


x = torch.tensor([-4.0, -1.2, 0.0, 0.5, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Mish.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(Mish.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.mish(x).sum(), x)
torch.testing.assert_close(ours, torchs)
print(ours)
#> tensor([-0.0538, -0.0020,  0.6000,  0.8864,  1.0211], dtype=torch.float64)
