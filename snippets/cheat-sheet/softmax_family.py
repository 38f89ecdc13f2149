import matplotlib.pyplot as plt
import torch
from torch import nn

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
family = {
    "Softmax": nn.Softmax(dim=0)(logits),
    "Softmin": nn.Softmin(dim=0)(logits),
    "exp(LogSoftmax)": nn.LogSoftmax(dim=0)(logits).exp(),
}

fig, ax = plt.subplots()
width = 0.25
classes = list(range(len(logits)))
for i, (name, probabilities) in enumerate(family.items()):
    ax.bar([c + (i - 1) * width for c in classes], probabilities.tolist(), width, label=name)
ax.set_xticks(classes, [f"class {c}\nlogit {v:g}" for c, v in enumerate(logits.tolist())])
ax.set_ylabel("probability")
ax.set_title("Softmax family on the logits [2, 1, 0.1, −1]")
ax.legend()
plt.show()
