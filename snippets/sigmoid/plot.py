import matplotlib.pyplot as plt
import torch

x = torch.linspace(-8, 8, 801, requires_grad=True)
y = torch.sigmoid(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="σ(x)")
ax.plot(x.detach(), dy_dx, label="σ′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
