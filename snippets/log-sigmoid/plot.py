import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 601, requires_grad=True)
y = F.logsigmoid(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="LogSigmoid(x) = log σ(x)")
ax.plot(x.detach(), dy_dx, label="LogSigmoid′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
