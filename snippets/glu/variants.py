import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.arange(24.0).reshape(4, 6)  # the input, shape (4, 6)
rows, cols = torch.meshgrid(torch.arange(4), torch.arange(6), indexing="ij")

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for ax, dim in zip(axes, (-1, 0)):
    a_half = cols < 3 if dim == -1 else rows < 2  # which cells of x become a; the rest are b
    names = ("x[:, :3]", "x[:, 3:]") if dim == -1 else ("x[:2]", "x[2:]")
    for mask, label in ((a_half, f"a = {names[0]} (values)"), (~a_half, f"b = {names[1]} (gate)")):
        ax.bar(cols[mask].tolist(), 0.9, bottom=(rows[mask] - 0.45).tolist(), width=0.9, label=label)
    ax.set_xticks(range(6))
    ax.set_yticks(range(4))
    ax.set_ylim(3.6, -0.6)  # row 0 at the top, as the matrix is printed
    ax.set_aspect("equal")
    ax.grid(False)
    ax.set_title(f"dim={dim}: input {tuple(x.shape)} → output {tuple(F.glu(x, dim=dim).shape)}")
    ax.set_xlabel("x: column index")
    ax.set_ylabel("row index")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=2)
plt.show()
