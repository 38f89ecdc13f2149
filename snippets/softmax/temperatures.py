import matplotlib.pyplot as plt
import torch

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
temperatures = (0.5, 1.0, 2.0, 5.0)
classes = range(len(logits))
width = 0.2

fig, ax = plt.subplots()
for k, T in enumerate(temperatures):
    probs = torch.softmax(logits / T, dim=0)
    ax.bar([i + (k - 1.5) * width for i in classes], probs.tolist(), width, label=f"T = {T:g}")
ax.set_xticks(classes, [f"class {i}\nlogit {v:g}" for i, v in zip(classes, logits.tolist())])
ax.set_ylabel("softmax(logits / T)")
ax.legend()
plt.show()
