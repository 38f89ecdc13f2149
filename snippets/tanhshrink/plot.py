import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 801, requires_grad=True)
y = F.tanhshrink(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Tanhshrink(x)")
ax.plot(x.detach(), dy_dx, label="Tanhshrink′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
