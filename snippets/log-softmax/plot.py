import matplotlib.pyplot as plt
import torch

x0 = torch.linspace(-8, 8, 401, requires_grad=True)  # the logit of class 0 varies
others = torch.tensor([1.0, 0.1, -1.0]).expand(len(x0), 3)  # the other logits stay fixed
log_p0 = torch.log_softmax(torch.cat([x0[:, None], others], dim=1), dim=1)[:, 0]
(dlog_p0,) = torch.autograd.grad(log_p0.sum(), x0)  # rows are independent: d log p0 / d x0, from autograd

fig, ax = plt.subplots()
ax.plot(x0.detach(), log_p0.detach(), label="log p₀ = LogSoftmax(x₀, 1, 0.1, −1)₀")
ax.plot(x0.detach(), dlog_p0, label="∂ log p₀/∂x₀ = 1 − p₀ (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
