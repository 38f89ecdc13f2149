import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 2001)

fig, ax = plt.subplots()
ax.plot(x, F.softsign(x), label="Softsign(x)")
ax.plot(x, torch.tanh(x), label="tanh(x)")
ax.set_xlabel("x")
ax.legend()
plt.show()
