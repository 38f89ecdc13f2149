import torch

x = torch.tensor([-1.0, 0.0, 0.01, 0.5, 1.0, 10.0], requires_grad=True)
(relu2_slope,) = torch.autograd.grad(torch.relu(x).square().sum(), x)
(relu_slope,) = torch.autograd.grad(torch.relu(x).sum(), x)
print("ReLU²:", relu2_slope)  # 2x for x > 0: small near 0, large far out
#> ReLU²: tensor([0.0000e+00, 0.0000e+00, 2.0000e-02, 1.0000e+00, 2.0000e+00, 2.0000e+01])
print("ReLU: ", relu_slope)
#> ReLU:  tensor([0., 0., 1., 1., 1., 1.])
