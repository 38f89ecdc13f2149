import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 1001)

fig, ax = plt.subplots()
ax.plot(x, F.hardswish(x), label="Hardswish(x)")
ax.plot(x, F.silu(x), label="SiLU(x)")
ax.plot(x, F.hardswish(x) - F.silu(x), label="Hardswish(x) − SiLU(x)")
ax.set_xlabel("x")
ax.legend()
plt.show()
