import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 1201, requires_grad=True)
y = F.softsign(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Softsign(x)")
ax.plot(x.detach(), dy_dx, label="Softsign′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
