import matplotlib.pyplot as plt
import torch

x = torch.linspace(-3, 3, 601, requires_grad=True)
y = torch.relu(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="ReLU(x)")
ax.plot(x.detach(), dy_dx, label="ReLU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
