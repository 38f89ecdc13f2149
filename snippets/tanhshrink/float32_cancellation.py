import torch
import torch.nn.functional as F

x32 = torch.tensor([1e-2, 1e-3, 1e-4], requires_grad=True)
x64 = x32.detach().double().requires_grad_()
for x in (x32, x64):  # ratios to 6 decimals: further digits depend on the last bit of tanh
    y = F.tanhshrink(x)
    (slope,) = torch.autograd.grad(y.sum(), x)
    print(x.dtype, "value / (x^3/3):", [round(r, 6) for r in (y / (x**3 / 3)).tolist()])
    #> torch.float32 value / (x^3/3): [1.00024, 1.047738, 0.0]
    #> torch.float64 value / (x^3/3): [0.99996, 1.0, 1.0]
    print(x.dtype, "slope / x^2:    ", [round(r, 6) for r in (slope / x**2).tolist()])
    #> torch.float32 slope / x^2:     [1.000166, 1.013279, 0.0]
    #> torch.float64 slope / x^2:     [0.999933, 0.999999, 1.0]
