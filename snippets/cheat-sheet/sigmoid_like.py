import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-6, 6, 1201)
family = {
    "Sigmoid": nn.Sigmoid(),
    "Hardsigmoid": nn.Hardsigmoid(),
    "Tanh": nn.Tanh(),
    "Hardtanh": nn.Hardtanh(),
    "Softsign": nn.Softsign(),
}

fig, ax = plt.subplots()
for name, activation in family.items():
    ax.plot(x, activation(x), label=name)
ax.set_xlabel("x")
ax.set_title("Sigmoid-like (bounded, S-shaped)")
ax.legend()
plt.show()
