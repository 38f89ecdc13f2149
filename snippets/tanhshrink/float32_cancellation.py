import torch
import torch.nn.functional as F

x32 = torch.tensor([1e-2, 1e-3, 1e-4], requires_grad=True)
x64 = x32.detach().double().requires_grad_()
for x in (x32, x64):
    y = F.tanhshrink(x)
    (slope,) = torch.autograd.grad(y.sum(), x)
    print(x.dtype, "value / (x^3/3):", (y / (x**3 / 3)).tolist())
    #> torch.float32 value / (x^3/3): [1.000240445137024, 1.047737717628479, 0.0]
    #> torch.float64 value / (x^3/3): [0.9999600016216671, 0.9999996000254258, 1.0000000040279342]
    print(x.dtype, "slope / x^2:    ", (slope / x**2).tolist())
    #> torch.float32 slope / x^2:     [1.0001659393310547, 1.013278841972351, 0.0]
    #> torch.float64 slope / x^2:     [0.9999333371142712, 0.9999993333800787, 0.9999999889356262]
