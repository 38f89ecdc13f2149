import torch


class PReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, a):
        ctx.save_for_backward(x, a)
        return torch.where(x > 0, x, a * x)

    @staticmethod
    def backward(ctx, grad_output):
        x, a = ctx.saved_tensors
        grad_x = grad_output * torch.where(x > 0, 1.0, a)  # slope 1, or a (also at 0)
        grad_a = (grad_output * torch.clamp_max(x, 0)).sum().reshape(a.shape)  # d/da = min(0, x)
        return grad_x, grad_a


# gradcheck compares both gradients with finite differences, in float64, away from the kink at 0
x = torch.tensor([-2.0, -0.5, 0.3, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
a = torch.tensor([0.25], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(PReLU.apply, (x, a)))
#> True

grad_x, grad_a = torch.autograd.grad(PReLU.apply(x, a).sum(), (x, a))
print(grad_x, grad_a)
#> tensor([0.2500, 0.2500, 1.0000, 1.0000, 1.0000], dtype=torch.float64) tensor([-2.5000], dtype=torch.float64)
