import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 1001, requires_grad=True)
y = F.hardswish(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Hardswish(x)")
ax.plot(x.detach(), dy_dx, label="Hardswish′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
