import matplotlib.pyplot as plt
import torch

x = torch.linspace(-5, 4, 601, requires_grad=True)
y = x * torch.sigmoid(1.702 * x)  # QuickGELU
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="QuickGELU(x)")
ax.plot(x.detach(), dy_dx, label="QuickGELU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
