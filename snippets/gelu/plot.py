import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 701, requires_grad=True)
y = F.gelu(x)  # approximate='none': the exact x * Phi(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="GELU(x)")
ax.plot(x.detach(), dy_dx, label="GELU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
