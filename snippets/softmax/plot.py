import matplotlib.pyplot as plt
import torch

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
probs = torch.softmax(logits, dim=0)
classes = [f"class {i}\nlogit {v:g}" for i, v in enumerate(logits.tolist())]

fig, ax = plt.subplots()
bars = ax.bar(classes, probs.tolist(), label="softmax(logits)")
ax.bar_label(bars, fmt="%.3f")
ax.set_ylabel("probability")
ax.set_title(f"sum of the bars = {probs.sum().item():.3f}")
ax.legend()
plt.show()
