import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 1201)

fig, ax = plt.subplots()
ax.plot(x, F.hardsigmoid(x), label="Hardsigmoid(x), slope 1/6")
ax.plot(x, torch.sigmoid(x), label="σ(x), slope 1/4 at 0")
ax.plot(x, (x / 4 + 0.5).clamp(0, 1), label="clamp(x/4 + 1/2, 0, 1)")
ax.set_xlabel("x")
ax.legend()
plt.show()
