import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

rows = [[1.0, 2.0, 0.5], [3.0, 0.0, 1.0]]
x = torch.tensor(rows)  # (rows=2, columns=3)
columns = torch.arange(3)

fig, axes = plt.subplots(1, 2, sharey=True, figsize=(9, 4.5))
for ax, dim in zip(axes, (1, 0)):
    probs = F.softmin(x, dim=dim)
    for row in range(2):
        where = (columns + (row - 0.5) * 0.4).tolist()
        bars = ax.bar(where, probs[row].tolist(), 0.4, label=f"row {row}: x = {rows[row]}")
        ax.bar_label(bars, fmt="%.2f", color=plt.rcParams["axes.labelcolor"])  # readable on any theme
    ax.set_xticks(columns, [f"column {c}" for c in columns.tolist()])
    ax.set_title(f"dim={dim}: each {'row' if dim == 1 else 'column'} sums to 1")
    ax.set_ylim(0, 1.35)  # room for the legend above the bars
    ax.legend(loc="upper center")
axes[0].set_ylabel("softmin(x, dim)")
plt.show()
