import torch


class ReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clamp_min(0)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        # slope 1 where x > 0, slope 0 elsewhere, as PyTorch picks at the kink
        return grad_output * (x > 0).to(grad_output.dtype)


# gradcheck compares the backward with finite differences, in float64, away from the kink at 0
x = torch.tensor([-2.0, -0.5, 0.3, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(ReLU.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(ReLU.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(torch.relu(x).sum(), x)
print(ours)
#> tensor([0., 0., 1., 1., 1.], dtype=torch.float64)
torch.testing.assert_close(ours, torchs)
