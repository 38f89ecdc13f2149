import matplotlib.pyplot as plt
import torch

x = torch.linspace(-2, 2, 401)
target = x.abs()

# The best straight line a*x + b through |x|, by least squares (closed form)
dx = x - x.mean()
a = (dx * (target - target.mean())).sum() / (dx * dx).sum()
b = target.mean() - a * x.mean()
line = a * x + b

fig, (left, right) = plt.subplots(1, 2, sharey=True)
left.plot(x, target, label="target |x|")
left.plot(x, line, label="best linear fit", linestyle="--")
left.set_xlabel("x")
left.legend()

# Two ReLU units add up to |x| exactly
right.plot(x, torch.relu(x) + torch.relu(-x), label="ReLU(x) + ReLU(−x)")
right.plot(x, torch.relu(x), label="ReLU(x)", linestyle="--")
right.plot(x, torch.relu(-x), label="ReLU(−x)", linestyle="--")
right.set_xlabel("x")
right.legend()
plt.show()
