import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601)

fig, ax = plt.subplots()
for a in [-0.25, 0.0, 0.25, 0.5]:  # values the learned slope can take
    ax.plot(x, F.prelu(x, torch.tensor([a])), label=f"a = {a}")
ax.set_xlabel("x")
ax.set_ylabel("PReLU(x)")
ax.legend()
plt.show()
