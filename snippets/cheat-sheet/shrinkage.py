import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-3, 3, 601)
family = {
    "Hardshrink (λ = 0.5)": nn.Hardshrink(),
    "Softshrink (λ = 0.5)": nn.Softshrink(),
    "Tanhshrink": nn.Tanhshrink(),
    "LogSigmoid": nn.LogSigmoid(),
}

fig, ax = plt.subplots()
for name, activation in family.items():
    ax.plot(x, activation(x), label=name)
ax.set_xlabel("x")
ax.set_title("Shrinkage and log-sigmoid")
ax.legend()
plt.show()
