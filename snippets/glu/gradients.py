import torch
import torch.nn.functional as F

a = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)
b = torch.tensor([-3.0, 0.0, 3.0], requires_grad=True)
y = F.glu(torch.cat([a, b]), dim=0)
grad_a, grad_b = torch.autograd.grad(y.sum(), (a, b))

s = torch.sigmoid(b.detach())
print(grad_a, s)  # dGLU/da = sigmoid(b): the gate
#> tensor([0.0474, 0.5000, 0.9526]) tensor([0.0474, 0.5000, 0.9526])
print(grad_b, a.detach() * s * (1 - s))  # dGLU/db = a sigmoid(b) (1 - sigmoid(b))
#> tensor([ 0.0904, -0.2500,  0.0226]) tensor([ 0.0904, -0.2500,  0.0226])
torch.testing.assert_close(grad_a, s)
torch.testing.assert_close(grad_b, a.detach() * s * (1 - s))
