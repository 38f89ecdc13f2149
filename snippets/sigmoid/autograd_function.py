import torch


class Sigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = torch.sigmoid(x)
        ctx.save_for_backward(y)  # the backward needs only the output
        return y

    @staticmethod
    def backward(ctx, grad_output):
        (y,) = ctx.saved_tensors
        return grad_output * y * (1 - y)  # sigma'(x) = sigma(x) (1 - sigma(x))


# gradcheck compares the backward with finite differences, in float64
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Sigmoid.apply, (x,)))
#> True

(ours,) = torch.autograd.grad(Sigmoid.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
print(ours)
#> tensor([0.1050, 0.2350, 0.2500, 0.2350, 0.1050], dtype=torch.float64)
torch.testing.assert_close(ours, torchs)
