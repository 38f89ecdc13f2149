import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601)

fig, ax = plt.subplots()
for slope in [0.01, 0.1, 0.2, 0.3]:
    ax.plot(x, F.leaky_relu(x, negative_slope=slope), label=f"negative_slope={slope}")
ax.set_xlabel("x")
ax.set_ylabel("LeakyReLU(x)")
ax.legend()
plt.show()
