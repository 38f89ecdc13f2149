import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601, requires_grad=True)
y = F.hardtanh(x)  # min_val=-1.0, max_val=1.0
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="Hardtanh(x)")
ax.plot(x.detach(), dy_dx, label="Hardtanh′(x) (autograd)", linestyle="--")
ax.plot(x.detach(), torch.tanh(x.detach()), label="tanh(x), for comparison", linestyle=":")
ax.set_xlabel("x")
ax.legend()
plt.show()
