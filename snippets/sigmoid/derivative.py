import torch

x = (torch.arange(-800, 801) / 100).requires_grad_()  # -8.00, -7.99, ..., 8.00, with 0 exactly
s = torch.sigmoid(x)
(slope,) = torch.autograd.grad(s.sum(), x)  # σ'(x), from autograd

torch.testing.assert_close(slope, s * (1 - s))  # σ'(x) = σ(x)(1 − σ(x))
i = slope.argmax()
print("largest slope:", slope[i].item(), "at x =", x[i].item())
#> largest slope: 0.25 at x = 0.0
