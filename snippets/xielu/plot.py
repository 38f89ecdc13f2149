import matplotlib.pyplot as plt
import torch


def xielu(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    negative = (torch.expm1(torch.minimum(x, torch.as_tensor(eps, dtype=x.dtype))) - x) * alpha_n + beta * x
    return torch.where(x > 0, alpha_p * x * x + beta * x, negative)


x = torch.linspace(-6, 2, 801, requires_grad=True)
y = xielu(x)
(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd

fig, ax = plt.subplots()
ax.plot(x.detach(), y.detach(), label="xIELU(x), α_p = α_n = 0.8, β = 0.5")
ax.plot(x.detach(), dy_dx, label="xIELU′(x) (autograd)", linestyle="--")
ax.set_xlabel("x")
ax.legend()
plt.show()
