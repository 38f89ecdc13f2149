import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 2, 601)

fig, ax = plt.subplots()
ax.plot(x, F.mish(x), label="Mish(x)")
ax.plot(x, F.silu(x), label="SiLU(x)")
ax.plot(x, F.gelu(x), label="GELU(x)")
ax.set_xlabel("x")
ax.legend()
plt.show()
