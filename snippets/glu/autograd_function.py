import torch
import torch.nn.functional as F


class GLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, dim):
        a, b = x.chunk(2, dim=dim)
        s = torch.sigmoid(b)
        ctx.save_for_backward(a, s)
        ctx.dim = dim
        return a * s

    @staticmethod
    def backward(ctx, g):
        a, s = ctx.saved_tensors
        grad_a = g * s  # the gate
        grad_b = g * a * s * (1 - s)  # the value times the sigmoid's slope
        return torch.cat([grad_a, grad_b], dim=ctx.dim), None


torch.manual_seed(0)
x = torch.randn(3, 8, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: GLU.apply(t, -1), (x,)))
#> True

g = torch.randn(3, 4, dtype=torch.float64)
(ours,) = torch.autograd.grad(GLU.apply(x, -1), x, g)
(torchs,) = torch.autograd.grad(F.glu(x, dim=-1), x, g)
torch.testing.assert_close(ours, torchs)
print("same gradient as F.glu")
#> same gradient as F.glu
