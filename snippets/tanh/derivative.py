import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = torch.tanh(x)
(slope,) = torch.autograd.grad(y.sum(), x)
print(slope)  # exactly 1 at x = 0
#> tensor([0.0707, 0.7864, 1.0000, 0.7864, 0.0707])
torch.testing.assert_close(slope, 1 - y.detach() ** 2)
print("autograd slope == 1 - tanh(x)**2")
#> autograd slope == 1 - tanh(x)**2
