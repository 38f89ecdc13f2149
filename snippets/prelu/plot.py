import matplotlib.pyplot as plt
import torch
from torch import nn

prelu = nn.PReLU()  # the slope a starts at init=0.25
x = torch.linspace(-3, 3, 601, requires_grad=True)
y = prelu(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative with respect to x, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="PReLU(x), a = 0.25")
ax.plot(x.detach(), dy_dx, label="PReLU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
