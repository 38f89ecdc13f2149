import matplotlib.pyplot as plt
import torch

x = torch.linspace(-4, 3, 701, requires_grad=True)
y = torch.selu(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="SELU(x)")
ax.plot(x.detach(), dy_dx, label="SELU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
