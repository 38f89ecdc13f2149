import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

b = torch.linspace(-6, 6, 601, requires_grad=True)

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
for a in (2.0, 1.0, 0.5, -1.0):
    x = torch.stack([torch.full_like(b, a), b], dim=-1)  # each row is (a, b): GLU halves the last dim
    y = F.glu(x, dim=-1).squeeze(-1)  # = a * sigmoid(b)
    (dy_db,) = torch.autograd.grad(y.sum(), b)  # ∂/∂b, from autograd
    left.plot(b.detach(), y.detach(), label=f"a = {a:g}")
    right.plot(b.detach(), dy_db, label=f"a = {a:g} (autograd)", linestyle="--")
left.set_title("GLU(a, b) = a·σ(b)")
right.set_title("∂GLU/∂b = a·σ(b)(1 − σ(b))")
right.set_ylim(-0.7, 0.55)  # room for the legend under the curves
left.legend(loc="upper left")
right.legend(loc="lower right")
for ax in (left, right):
    ax.set_xlabel("b (second half of x)")
plt.show()
