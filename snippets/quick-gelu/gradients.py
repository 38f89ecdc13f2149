import torch

x = torch.tensor([-6.0, -3.0, -0.75, 0.0, 1.0, 3.0], requires_grad=True)
y = x * torch.sigmoid(1.702 * x)
(slope,) = torch.autograd.grad(y.sum(), x)
print(slope)
#> tensor([-3.3830e-04, -2.4548e-02,  4.2845e-04,  5.0000e-01,  1.0678e+00,
#>          1.0245e+00])
