import matplotlib.pyplot as plt
import torch

x = torch.linspace(-2, 2, 401, requires_grad=True)
y = torch.relu(x).square()  # squared ReLU, relu2
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="ReLU(x)²")
ax.plot(x.detach(), dy_dx, label="(ReLU(x)²)′ (autograd)", linestyle="--")
ax.plot(x.detach(), torch.relu(x).detach(), label="ReLU(x)", linestyle=":")
ax.set_xlabel("x")
ax.legend()
plt.show()
