import torch
import torch.nn.functional as F


class LogSigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.clamp(x, max=0) - torch.log1p(torch.exp(-x.abs()))

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * torch.sigmoid(-x)  # d/dx log σ(x) = σ(−x)


x = torch.tensor([-30.0, -2.0, -0.5, 0.5, 2.0, 30.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(LogSigmoid.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(LogSigmoid.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.logsigmoid(x).sum(), x)
torch.testing.assert_close(ours, torchs)
print("same gradient as F.logsigmoid")
#> same gradient as F.logsigmoid
