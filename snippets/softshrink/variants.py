import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 1201)

fig, ax = plt.subplots()
for lambd in [0.25, 0.5, 1.0, 2.0]:
    ax.plot(x, F.softshrink(x, lambd=lambd), label=f"lambd={lambd}")
ax.set_xlabel("x")
ax.set_ylabel("Softshrink(x)")
ax.legend()
plt.show()
