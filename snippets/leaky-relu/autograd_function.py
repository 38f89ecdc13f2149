import torch
import torch.nn.functional as F


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        ctx.save_for_backward(x)
        ctx.negative_slope = negative_slope
        return torch.where(x > 0, x, negative_slope * x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        # slope 1 where x > 0, negative_slope elsewhere (PyTorch's choice at 0 too)
        slope = torch.where(x > 0, 1.0, torch.full_like(grad_output, ctx.negative_slope))
        return grad_output * slope, None  # no gradient for the number negative_slope


# gradcheck compares the backward with finite differences, in float64, away from the kink at 0
x = torch.tensor([-2.0, -0.5, 0.3, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(LeakyReLU.apply, (x, 0.2)))
#> True

z = torch.tensor([-2.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
(ours,) = torch.autograd.grad(LeakyReLU.apply(z, 0.2).sum(), z)
(torchs,) = torch.autograd.grad(F.leaky_relu(z, 0.2).sum(), z)
print(ours)
#> tensor([0.2000, 0.2000, 1.0000], dtype=torch.float64)
torch.testing.assert_close(ours, torchs, rtol=0, atol=0)  # exactly equal
