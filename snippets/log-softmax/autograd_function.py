import torch
import torch.nn.functional as F


class LogSoftmax(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, dim):
        z = x - x.amax(dim=dim, keepdim=True)  # as F.log_softmax: a row with +inf gives NaN throughout
        out = z - torch.log(torch.exp(z).sum(dim=dim, keepdim=True))
        ctx.save_for_backward(out)  # the backward needs only the output
        ctx.dim = dim
        return out

    @staticmethod
    def backward(ctx, g):
        (out,) = ctx.saved_tensors
        # J^T g with J_ij = delta_ij - softmax_j: g - softmax * (sum of g), no n x n matrix
        return g - out.exp() * g.sum(dim=ctx.dim, keepdim=True), None


torch.manual_seed(0)
x = torch.randn(4, 5, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: LogSoftmax.apply(t, 1), (x,)))
#> True

g = torch.randn(4, 5, dtype=torch.float64)
(ours,) = torch.autograd.grad(LogSoftmax.apply(x, 1), x, g)
(torchs,) = torch.autograd.grad(F.log_softmax(x, dim=1), x, g)
torch.testing.assert_close(ours, torchs)
print("same gradient as F.log_softmax")
#> same gradient as F.log_softmax
