import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 0.5, 3.0])  # e.g. costs or distances: smaller is better
positions = torch.arange(len(x))

fig, ax = plt.subplots()
for k, (name, probs) in enumerate([("softmin(x)", F.softmin(x, dim=0)), ("softmax(x)", F.softmax(x, dim=0))]):
    bars = ax.bar((positions + (k - 0.5) * 0.4).tolist(), probs.tolist(), 0.4, label=name)
    ax.bar_label(bars, fmt="%.3f", color=plt.rcParams["axes.labelcolor"])  # readable on any theme
ax.set_xticks(positions, [f"x{i} = {v:g}" for i, v in enumerate(x.tolist())])
ax.set_xlabel("x")
ax.set_ylabel("probability")
ax.margins(y=0.12)  # room for the labels above the bars
ax.legend()
plt.show()
