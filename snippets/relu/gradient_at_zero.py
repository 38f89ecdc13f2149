import torch

x = torch.tensor([-1.0, -0.0, 0.0, 1e-6, 1.0], requires_grad=True)
torch.relu(x).sum().backward()
print(x.grad)  # at exactly 0, PyTorch uses the slope 0
#> tensor([0., 0., 0., 1., 1.])
