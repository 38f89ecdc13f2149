import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

threshold, value = 0.5, -1.0
x = torch.linspace(-3, 3, 601, requires_grad=True)
y = F.threshold(x, threshold, value)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label=f"Threshold(x), θ = {threshold}, v = {value}")
ax.plot(x.detach(), dy_dx, label="Threshold′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
