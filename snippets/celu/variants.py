import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 701, requires_grad=True)

fig, (ax_f, ax_df) = plt.subplots(1, 2, figsize=(9, 4))
for alpha in [0.5, 1.0, 2.0]:
    y = F.celu(x, alpha=alpha)
    (dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd
    ax_f.plot(x.detach(), y.detach(), label=f"alpha={alpha}")
    ax_df.plot(x.detach(), dy_dx, label=f"alpha={alpha}", linestyle="--")
ax_f.set_title("CELU(x)")
ax_df.set_title("CELU′(x) (autograd)")
for ax in (ax_f, ax_df):
    ax.set_xlabel("x")
    ax.legend()
plt.show()
