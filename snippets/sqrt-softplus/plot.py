import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 601, requires_grad=True)
y = F.softplus(x).sqrt()
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="√softplus(x)")
ax.plot(x.detach(), dy_dx, label="(√softplus(x))′ (autograd)", linestyle="--")
ax.plot(x.detach(), F.softplus(x).detach(), label="softplus(x)", linestyle=":")
ax.set_xlabel("x")
ax.legend()
plt.show()
