import torch


class Softmax(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, dim):
        s = torch.exp(x - x.amax(dim=dim, keepdim=True))
        s = s / s.sum(dim=dim, keepdim=True)
        ctx.save_for_backward(s)  # the backward needs only the output
        ctx.dim = dim
        return s

    @staticmethod
    def backward(ctx, g):
        (s,) = ctx.saved_tensors
        # Jacobian-vector product: (diag(s) - s s^T) g, without building the n x n Jacobian
        return s * (g - (g * s).sum(dim=ctx.dim, keepdim=True)), None


torch.manual_seed(0)
x = torch.randn(4, 5, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: Softmax.apply(t, 1), (x,)))
#> True

g = torch.randn(4, 5, dtype=torch.float64)
(ours,) = torch.autograd.grad(Softmax.apply(x, 1), x, g)
(torchs,) = torch.autograd.grad(torch.softmax(x, dim=1), x, g)
torch.testing.assert_close(ours, torchs)
print("same gradient as torch.softmax")
#> same gradient as torch.softmax
