import matplotlib.pyplot as plt
import torch

x0 = torch.linspace(-8, 8, 401, requires_grad=True)  # the logit of class 0 varies
others = torch.tensor([1.0, 0.1, -1.0]).expand(len(x0), 3)  # the other logits stay fixed
p0 = torch.softmax(torch.cat([x0[:, None], others], dim=1), dim=1)[:, 0]
(dp0,) = torch.autograd.grad(p0.sum(), x0)  # rows are independent: d p0 / d x0, from autograd

fig, ax = plt.subplots()
ax.plot(x0.detach(), p0.detach(), label="p₀ = softmax(x₀, 1, 0.1, −1)₀")
ax.plot(x0.detach(), dp0, label="∂p₀/∂x₀ (autograd)", linestyle="--")
ax.set_xlabel("x₀ (the logit of class 0)")
ax.legend()
plt.show()
