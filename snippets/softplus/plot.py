import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 801, requires_grad=True)
y = F.softplus(x)  # beta=1
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Softplus(x), β = 1")
ax.plot(x.detach(), dy_dx, label="Softplus′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
