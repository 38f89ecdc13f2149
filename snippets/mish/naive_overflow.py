import torch
import torch.nn.functional as F

x = torch.tensor([10.0, 100.0], requires_grad=True)

naive = x * torch.tanh(torch.log(1 + torch.exp(x)))  # exp(100) overflows to inf in float32
(grad,) = torch.autograd.grad(naive.sum(), x)
print(naive.detach(), grad)  # the forward looks right, the gradient is nan
#> tensor([ 10., 100.]) tensor([1., nan])

(grad,) = torch.autograd.grad(F.mish(x).sum(), x)
print(F.mish(x).detach(), grad)  # the right way: F.mish (or F.softplus inside)
#> tensor([ 10., 100.]) tensor([1., 1.])
