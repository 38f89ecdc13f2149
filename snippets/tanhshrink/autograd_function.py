import torch
import torch.nn.functional as F


class Tanhshrink(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        t = torch.tanh(x)
        ctx.save_for_backward(t)
        return x - t

    @staticmethod
    def backward(ctx, grad_output):
        (t,) = ctx.saved_tensors
        return grad_output * t * t  # tanh^2(x), without computing 1 - (1 - tanh^2(x))


x = torch.tensor([-3.0, -1.0, -0.1, 0.0, 0.1, 1.0, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Tanhshrink.apply, (x,)))
#> True
(ours,) = torch.autograd.grad(Tanhshrink.apply(x).sum(), x)
(torchs,) = torch.autograd.grad(F.tanhshrink(x).sum(), x)
torch.testing.assert_close(ours, torchs)

x32 = torch.tensor([1e-4, 1e-3], requires_grad=True)  # float32, close to 0
print(torch.autograd.grad(Tanhshrink.apply(x32).sum(), x32)[0])  # about x^2, as it should be
#> tensor([1.0000e-08, 1.0000e-06])
print(torch.autograd.grad(F.tanhshrink(x32).sum(), x32)[0])  # autograd through x - tanh(x)
#> tensor([0.0000e+00, 1.0133e-06])
