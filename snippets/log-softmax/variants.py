import matplotlib.pyplot as plt
import torch

rows = [[2.0, 1.0, 0.1], [0.0, 0.0, 3.0]]
logits = torch.tensor(rows)  # (rows=2, columns=3)
columns = torch.arange(3)

fig, axes = plt.subplots(1, 2, sharey=True, figsize=(9, 4.5))
for ax, dim in zip(axes, (1, 0)):
    out = torch.log_softmax(logits, dim=dim)
    for row in range(2):
        where = (columns + (row - 0.5) * 0.4).tolist()
        bars = ax.bar(where, out[row].tolist(), 0.4, label=f"row {row}: logits {rows[row]}")
        ax.bar_label(bars, fmt="%.2f", color=plt.rcParams["axes.labelcolor"])  # readable on any theme
    ax.set_xticks(columns, [f"column {c}" for c in columns.tolist()])
    ax.set_title(f"dim={dim}: exp sums to 1 over each {'row' if dim == 1 else 'column'}")
    ax.set_ylim(-5, 0.2)  # room for the legend below the bars
    ax.legend(loc="lower center")
axes[0].set_ylabel("log_softmax(logits, dim)")
plt.show()
