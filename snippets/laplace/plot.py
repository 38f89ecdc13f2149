import math

import matplotlib.pyplot as plt
import torch


def laplace(x, mu=0.707107, sigma=0.282095):
    return 0.5 * (1.0 + torch.erf((x - mu) / (sigma * math.sqrt(2.0))))


x = torch.linspace(-1, 2.5, 701, requires_grad=True)
y = laplace(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Laplace(x)")
ax.plot(x.detach(), dy_dx, label="Laplace′(x) (autograd)", linestyle="--")
ax.plot(x.detach(), torch.relu(x).square().detach(), label="ReLU(x)²", linestyle=":")
ax.set_xlabel("x")
ax.set_ylim(-0.1, 1.6)
ax.legend()
plt.show()
