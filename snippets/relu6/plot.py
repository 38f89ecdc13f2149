import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 9, 1201, requires_grad=True)
y = F.relu6(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="ReLU6(x)")
ax.plot(x.detach(), dy_dx, label="ReLU6′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
