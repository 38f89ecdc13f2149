import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601)

fig, ax = plt.subplots()
for threshold, value in [(1.0, 0.0), (-1.0, -1.0), (0.5, 2.0), (-2.0, -2.5)]:
    ax.plot(x, F.threshold(x, threshold, value), label=f"threshold={threshold}, value={value}")
ax.set_xlabel("x")
ax.set_ylabel("Threshold(x)")
ax.legend()
plt.show()
