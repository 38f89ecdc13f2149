import torch

x = torch.tensor([0.0, 3.0, 5.0, 10.0], requires_grad=True)
y = torch.tanh(x)
(slope,) = torch.autograd.grad(y.sum(), x)
for xi, yi, si in zip(x.tolist(), y.tolist(), slope.tolist()):
    print(f"x = {xi:4}: tanh(x) = {yi:.8f}, slope = {si:.3g}")
    #> x =  0.0: tanh(x) = 0.00000000, slope = 1
    #> x =  3.0: tanh(x) = 0.99505478, slope = 0.00987
    #> x =  5.0: tanh(x) = 0.99990922, slope = 0.000182
    #> x = 10.0: tanh(x) = 1.00000000, slope = 0

x64 = torch.tensor(10.0, dtype=torch.float64, requires_grad=True)
(slope64,) = torch.autograd.grad(torch.tanh(x64), x64)
print(f"x = 10.0 in float64: slope = {slope64.item():.3g}")
#> x = 10.0 in float64: slope = 8.24e-09
