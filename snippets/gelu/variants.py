import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 1001, dtype=torch.float64)
exact = F.gelu(x)
tanh = F.gelu(x, approximate="tanh")

fig, (ax_f, ax_diff) = plt.subplots(1, 2, figsize=(9, 4))
ax_f.plot(x, exact, label="approximate='none'")
ax_f.plot(x, tanh, label="approximate='tanh'", linestyle=":")
ax_f.set_title("GELU(x)")
ax_diff.plot(x, tanh - exact, label="tanh minus exact")
ax_diff.set_title("difference")
for ax in (ax_f, ax_diff):
    ax.set_xlabel("x")
    ax.legend(loc="upper center")
plt.show()
