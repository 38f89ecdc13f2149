import matplotlib.pyplot as plt
import torch

x = torch.linspace(-4, 4, 801)

fig, ax = plt.subplots()
for b in [0.0, 0.5, 1.0, 2.0, 10.0]:
    label = f"β={b}" + (" (SiLU)" if b == 1.0 else "")
    ax.plot(x, x * torch.sigmoid(b * x), label=label)  # Swish with a fixed β
ax.set_xlabel("x")
ax.set_ylabel("x·σ(βx)")
ax.legend()
plt.show()
