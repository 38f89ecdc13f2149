import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-4, 8, 1201)
family = {
    "ReLU": nn.ReLU(),
    "Leaky ReLU (0.1)": nn.LeakyReLU(0.1),
    "PReLU (init 0.25)": nn.PReLU(),
    "RReLU (eval)": nn.RReLU().eval(),
    "ReLU6": nn.ReLU6(),
    "Hardtanh": nn.Hardtanh(),
}

fig, ax = plt.subplots()
with torch.no_grad():
    for name, activation in family.items():
        ax.plot(x, activation(x), label=name)
ax.set_xlabel("x")
ax.set_title("ReLU family")
ax.legend()
plt.show()
