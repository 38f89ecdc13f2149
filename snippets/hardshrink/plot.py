import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-2, 2, 801, requires_grad=True)
y = F.hardshrink(x)  # lambd=0.5
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Hardshrink(x), λ = 0.5")
ax.plot(x.detach(), dy_dx, label="Hardshrink′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
