import torch

x = torch.tensor([-100.0, -89.0, -88.0, 0.0, 20.0], requires_grad=True)
print(torch.exp(-x).detach())  # exp(89) is beyond float32's largest value: inf
#> tensor([       inf,        inf, 1.6516e+38, 1.0000e+00, 2.0612e-09])

naive = 1 / (1 + torch.exp(-x))
print(naive.detach())  # 1 / (1 + inf) = 0: the value is fine, and nothing warns
#> tensor([0.0000e+00, 0.0000e+00, 6.0546e-39, 5.0000e-01, 1.0000e+00])
(grad,) = torch.autograd.grad(naive.sum(), x)
print(grad)  # but the backward computes 0 * inf = nan
#> tensor([       nan,        nan, 0.0000e+00, 2.5000e-01, 2.0612e-09])

(grad,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
print(grad)  # torch.sigmoid: finite everywhere
#> tensor([0.0000e+00, 0.0000e+00, 6.0546e-39, 2.5000e-01, 0.0000e+00])
