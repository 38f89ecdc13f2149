import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

GATES = {  # the activation each variant applies to the gate projection a = xW
    "GLU: σ(a)": torch.sigmoid,
    "ReGLU: max(0, a)": F.relu,
    "GEGLU: GELU(a)": F.gelu,
    "SwiGLU: SiLU(a)": F.silu,
}
a = torch.linspace(-4, 4, 801, requires_grad=True)

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
for label, gate in GATES.items():
    y = gate(a)
    (dy_da,) = torch.autograd.grad(y.sum(), a)  # the slope, from autograd
    left.plot(a.detach(), y.detach(), label=label)
    right.plot(a.detach(), dy_da, label=label, linestyle="--")
left.set_title("gate g(a); the block computes g(a)·b")
right.set_title("g′(a) from autograd = ∂(g(a)·b)/∂a at b = 1")
left.legend(loc="upper left")
right.legend(loc="upper left")
for ax in (left, right):
    ax.set_xlabel("a (gate projection)")

# The gating surface of SwiGLU: one output element, SiLU(a)·b, over the gate a and the value b
grid = torch.linspace(-3, 3, 241)
A, B = torch.meshgrid(grid, grid, indexing="xy")
fig2, ax2 = plt.subplots(figsize=(5.5, 4.5))
surface = ax2.contourf(A, B, F.silu(A) * B, levels=21, cmap="RdBu_r")
ax2.contour(A, B, F.silu(A) * B, levels=[0.0], colors="black", linewidths=0.8)
fig2.colorbar(surface, ax=ax2, label="SiLU(a)·b")
ax2.set_xlabel("a (gate projection)")
ax2.set_ylabel("b (value projection)")
ax2.set_title("SwiGLU: SiLU(a)·b")
plt.show()
