import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

lower, upper = 1 / 8, 1 / 3  # the defaults of nn.RReLU
x = torch.linspace(-3, 3, 601)
x_draw = torch.linspace(-3, 3, 61)

fig, ax = plt.subplots()
ax.plot(x, F.leaky_relu(x, lower), label=f"slope lower = {lower:.3f}")
ax.plot(x, F.leaky_relu(x, upper), label=f"slope upper = {upper:.3f}")
torch.manual_seed(0)
for draw in range(2):  # training mode: a new random slope for every element, on every call
    ax.plot(x_draw, F.rrelu(x_draw, lower, upper, training=True), ".", label=f"training draw {draw + 1}")
ax.set_xlabel("x")
ax.set_ylabel("RReLU(x)")
ax.legend()
plt.show()
