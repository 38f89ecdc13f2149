import matplotlib.pyplot as plt
import torch
from torch import nn

# logits of 3 classes on an 8 x 8 image: class 0 likes the left, class 1 the right, class 2 the centre
v, u = torch.meshgrid(torch.linspace(-1, 1, 8), torch.linspace(-1, 1, 8), indexing="ij")
logits = torch.stack([-3 * u, 3 * u, 4 - 6 * (u**2 + v**2)])  # (C=3, H=8, W=8)

probs = nn.Softmax2d()(logits)  # per pixel, a distribution over the 3 channels

fig, axes = plt.subplots(1, 3, figsize=(10, 3.6), layout="constrained")
for c, ax in enumerate(axes):
    image = ax.imshow(probs[c].numpy(), vmin=0, vmax=1)
    ax.set_title(f"p(class {c}) at each pixel")
    ax.set_xlabel("x")
    ax.grid(False)  # no grid lines over the pixels
axes[0].set_ylabel("y")
fig.colorbar(image, ax=axes, label="probability")
plt.show()
