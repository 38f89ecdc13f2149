import torch

x = torch.tensor([0.0, 2.0, 5.0, 10.0, 20.0, -20.0], requires_grad=True)
y = torch.sigmoid(x)
y.sum().backward()
print(y.detach())
#> tensor([5.0000e-01, 8.8080e-01, 9.9331e-01, 9.9995e-01, 1.0000e+00, 2.0612e-09])
print(x.grad)
#> tensor([2.5000e-01, 1.0499e-01, 6.6480e-03, 4.5417e-05, 0.0000e+00, 2.0612e-09])
print("sigmoid(20.0) == 1.0 in float32:", y[4].item() == 1.0)
#> sigmoid(20.0) == 1.0 in float32: True
