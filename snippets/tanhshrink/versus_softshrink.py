import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 801)

fig, ax = plt.subplots()
ax.plot(x, F.tanhshrink(x), label="Tanhshrink(x)")
ax.plot(x, F.softshrink(x, lambd=1.0), label="Softshrink(x), lambd=1.0")
ax.set_xlabel("x")
ax.legend()
plt.show()
