import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
theta = torch.tensor(0.5, requires_grad=True)  # a threshold we want to learn
try:
    F.softshrink(x, theta)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: softshrink(): argument 'lambd' (position 2) must be Number, not Tensor

y = torch.sign(x) * torch.relu(x.abs() - theta)  # the same function, differentiable in theta
(y**2).sum().backward()  # e.g. a loss on the output
print(y.detach() + 0.0, theta.grad)  # + 0.0: print sign(-0.5) * 0 = -0. as 0.
#> tensor([-1.5000,  0.0000,  0.0000,  0.0000,  1.5000]) tensor(-6.)
