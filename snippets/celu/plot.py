import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 701, requires_grad=True)
y = F.celu(x)  # alpha=1.0
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="CELU(x)")
ax.plot(x.detach(), dy_dx, label="CELU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
