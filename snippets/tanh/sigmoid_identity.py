import torch

x = torch.linspace(-10, 10, 2001)
torch.testing.assert_close(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1)
print("tanh(x) == 2 * sigmoid(2x) - 1 on the grid")
#> tanh(x) == 2 * sigmoid(2x) - 1 on the grid

zero = torch.zeros(1, requires_grad=True)
(tanh_slope,) = torch.autograd.grad(torch.tanh(zero), zero)
(sigmoid_slope,) = torch.autograd.grad(torch.sigmoid(zero), zero)
print("slope at 0: tanh", tanh_slope.item(), "sigmoid", sigmoid_slope.item())
#> slope at 0: tanh 1.0 sigmoid 0.25
