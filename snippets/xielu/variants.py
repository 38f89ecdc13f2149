import matplotlib.pyplot as plt
import torch


def xielu(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    negative = (torch.expm1(torch.minimum(x, torch.as_tensor(eps, dtype=x.dtype))) - x) * alpha_n + beta * x
    return torch.where(x > 0, alpha_p * x * x + beta * x, negative)


x = torch.linspace(-6, 2, 801)
fig, ax = plt.subplots()
for alpha_n in (0.5, 0.8, 1.5):
    ax.plot(x, xielu(x, alpha_n=alpha_n), label=f"α_n = {alpha_n} (α_p = 0.8)")
ax.plot(x, xielu(x, alpha_p=0.2), label="α_p = 0.2 (α_n = 0.8)", linestyle="--")
ax.set_xlabel("x")
ax.set_ylim(-1, 4)
ax.legend()
plt.show()
