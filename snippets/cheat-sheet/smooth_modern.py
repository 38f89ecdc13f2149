import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-5, 3, 801)
family = {
    "ELU": nn.ELU(),
    "CELU": nn.CELU(),
    "SELU": nn.SELU(),
    "GELU": nn.GELU(),
    "SiLU": nn.SiLU(),
    "Mish": nn.Mish(),
    "Hardswish": nn.Hardswish(),
    "Softplus": nn.Softplus(),
}

fig, ax = plt.subplots()
for name, activation in family.items():
    ax.plot(x, activation(x), label=name)
ax.set_xlabel("x")
ax.set_title("Smooth modern activations")
ax.legend(ncols=2)
plt.show()
