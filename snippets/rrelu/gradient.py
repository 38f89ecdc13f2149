import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, -0.0, 0.0, 0.5, 2.0], requires_grad=True)

F.rrelu(x, training=False).sum().backward()
print(x.grad)  # eval mode: the mean slope for x <= 0, including at 0
#> tensor([0.2292, 0.2292, 0.2292, 0.2292, 1.0000, 1.0000])

x.grad = None
torch.manual_seed(0)
y = F.rrelu(x, training=True)
y.sum().backward()
print(x.grad)  # training mode: the slope each element drew in the forward pass
#> tensor([0.3271, 0.2725, 0.2207, 0.3168, 1.0000, 1.0000])
print((y / x).detach()[:2])  # the same slopes, read off the output
#> tensor([0.3271, 0.2725])
