import torch
import torch.nn.functional as F


class Hardtanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, min_val=-1.0, max_val=1.0):
        ctx.save_for_backward(x)
        ctx.bounds = (min_val, max_val)
        return x.clamp(min_val, max_val)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        min_val, max_val = ctx.bounds
        inside = (x > min_val) & (x < max_val)  # strictly inside: 0 at the bounds, as PyTorch
        return grad_output * inside.to(grad_output.dtype), None, None


# gradcheck compares the backward with finite differences, in float64, away from the kinks at -1 and 1
x = torch.tensor([-2.0, -0.5, 0.3, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Hardtanh.apply, (x,)))
#> True

edges = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
(ours,) = torch.autograd.grad(Hardtanh.apply(edges).sum(), edges)
(torchs,) = torch.autograd.grad(F.hardtanh(edges).sum(), edges)
(clamps,) = torch.autograd.grad(edges.clamp(-1.0, 1.0).sum(), edges)
print(ours, torchs)
#> tensor([0., 1., 0.]) tensor([0., 1., 0.])
print(clamps)  # plain clamp counts the bounds as inside
#> tensor([1., 1., 1.])
