import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-2, 2, 801, requires_grad=True)
y = F.softshrink(x)  # lambd=0.5
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Softshrink(x), λ = 0.5")
ax.plot(x.detach(), dy_dx, label="Softshrink′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
