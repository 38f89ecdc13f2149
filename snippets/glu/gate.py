import torch
import torch.nn.functional as F

a = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
b = torch.tensor([-10.0, 0.0, 10.0], requires_grad=True)  # gate closed, half open, open
y = F.glu(torch.cat([a, b]), dim=0)
grad_a, grad_b = torch.autograd.grad(y.sum(), (a, b))
print(y)  # ~0, a / 2, ~a
#> tensor([4.5398e-05, 5.0000e-01, 9.9995e-01], grad_fn=<GluBackward0>)
print(grad_a)  # open gate: slope ~1 for a, a linear path for the gradient
#> tensor([4.5398e-05, 5.0000e-01, 9.9995e-01])
print(grad_b)  # both ends: the gate itself stops learning
#> tensor([4.5396e-05, 2.5000e-01, 4.5417e-05])
