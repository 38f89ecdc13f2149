import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 8, 1201)

fig, ax = plt.subplots()
for min_val, max_val in [(-1.0, 1.0), (-2.0, 2.0), (-0.5, 3.0), (0.0, 6.0)]:
    ax.plot(x, F.hardtanh(x, min_val, max_val), label=f"min_val={min_val}, max_val={max_val}")
ax.set_xlabel("x")
ax.set_ylabel("Hardtanh(x)")
ax.legend()
plt.show()
