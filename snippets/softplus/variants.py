import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601)

fig, ax = plt.subplots()
for beta in [0.5, 1.0, 2.0, 5.0]:
    ax.plot(x, F.softplus(x, beta=beta), label=f"beta={beta}")
ax.plot(x, torch.relu(x), label="ReLU(x), for reference", linestyle=":")
ax.set_xlabel("x")
ax.set_ylabel("Softplus(x)")
ax.legend()
plt.show()
