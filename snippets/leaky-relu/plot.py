import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601, requires_grad=True)
y = F.leaky_relu(x)  # default negative_slope=0.01
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="LeakyReLU(x), slope 0.01")
ax.plot(x.detach(), dy_dx, label="LeakyReLU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
