import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601, requires_grad=True)
y = F.rrelu(x, training=False)  # evaluation mode: the fixed slope (lower + upper) / 2
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="RReLU(x), eval mode")
ax.plot(x.detach(), dy_dx, label="RReLU′(x), eval mode (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
