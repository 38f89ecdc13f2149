# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Why non-linearity?
#
# A neural network without activation functions is a chain of affine maps, and a chain of affine maps
# is one affine map: $W_3(W_2(W_1x + b_1) + b_2) + b_3 = Wx + b$. However many layers it has, it can
# only draw a straight line (a hyperplane) through the data. An activation between the layers, such
# as [ReLU](../../activations/relu/), [Tanh](../../activations/tanh/) or
# [GELU](../../activations/gelu/), breaks that collapse and lets the network bend its decision
# boundary.
#
# This notebook checks it on a dataset no straight line can separate, two interleaved spirals. It
# trains five models with the same optimiser, the same number of steps and the same data:
#
# - logistic regression (one `nn.Linear`),
# - an MLP with two hidden layers and **no** activation,
# - the same MLP with ReLU, with Tanh and with GELU between the layers,
#
# then draws their decision boundaries and compares their accuracies on held-out points.

# %%
import math

import matplotlib.pyplot as plt
import torch
from IPython.display import Markdown
from torch import nn

torch.manual_seed(0)
# The models are tiny: one thread avoids thread hand-off costs that dominate at this size.
torch.set_num_threads(1)

# %% [markdown]
# ## Two spirals
#
# Each point has a radius $r \in [0, 1)$ and lies on one of two spiral arms,
# $\theta = 2\pi r + \pi c$ for class $c \in \{0, 1\}$, plus a little Gaussian noise. The two arms
# wind around each other, so any straight line cuts through both.


# %%
def make_spirals(n: int, generator: torch.Generator, noise: float = 0.04) -> tuple[torch.Tensor, torch.Tensor]:
    # sqrt gives r the density 2r on [0, 1): points spread about evenly along each arm (thinner near the centre)
    r = torch.sqrt(torch.rand(n, generator=generator))
    c = torch.randint(0, 2, (n,), generator=generator)
    theta = 2 * math.pi * r + math.pi * c
    x = torch.stack([r * torch.cos(theta), r * torch.sin(theta)], dim=1)
    x = x + noise * torch.randn(n, 2, generator=generator)
    return x, c.float()


data_generator = torch.Generator().manual_seed(0)
x_train, y_train = make_spirals(600, data_generator)
x_test, y_test = make_spirals(2000, data_generator)
print(f"train: {tuple(x_train.shape)}, test: {tuple(x_test.shape)}, class balance: {y_train.mean():.2f}")

# %% [markdown]
# ## Five models, one training recipe
#
# Every model outputs one logit; `nn.BCEWithLogitsLoss` turns it into a probability for class 1. All
# are trained full-batch with Adam (learning rate 0.03) for 200 steps, starting from the same seed.

# %%
HIDDEN = 32
STEPS = 200


def mlp(activation: type[nn.Module] | None) -> nn.Sequential:
    """Two hidden layers of HIDDEN units, with `activation` after each (or nothing)."""
    layers: list[nn.Module] = []
    for n_in in (2, HIDDEN):
        layers.append(nn.Linear(n_in, HIDDEN))
        if activation is not None:
            layers.append(activation())
    layers.append(nn.Linear(HIDDEN, 1))
    return nn.Sequential(*layers)


builders = {
    "Linear (logistic regression)": lambda: nn.Linear(2, 1),
    "MLP, no activation": lambda: mlp(None),
    "MLP + ReLU": lambda: mlp(nn.ReLU),
    "MLP + Tanh": lambda: mlp(nn.Tanh),
    "MLP + GELU": lambda: mlp(nn.GELU),
}


def train(model: nn.Module) -> nn.Module:
    optimizer = torch.optim.Adam(model.parameters(), lr=0.03)
    loss_fn = nn.BCEWithLogitsLoss()
    for _ in range(STEPS):
        optimizer.zero_grad()
        loss = loss_fn(model(x_train).squeeze(1), y_train)
        loss.backward()
        optimizer.step()
    return model


@torch.no_grad()
def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    return ((model(x).squeeze(1) > 0).float() == y).float().mean().item()


models = {}
for name, build in builders.items():
    torch.manual_seed(0)  # same initial draw for every model
    models[name] = train(build())

accuracies = {name: accuracy(model, x_test, y_test) for name, model in models.items()}
for name, acc in accuracies.items():
    print(f"{name:30s} test accuracy {acc:.3f}")

# %% [markdown]
# ## Three Linear layers are one Linear layer
#
# The MLP without activations has $2 \cdot 32 + 32 \cdot 32 + 32$ weights, but multiplying its weight
# matrices out gives a single $1 \times 2$ matrix and one bias: it *is* a logistic regression, just
# parametrised differently. The check below composes the three layers by hand and compares the
# result with the network on the test points.

# %%
first, second, third = models["MLP, no activation"]
with torch.no_grad():
    w = third.weight @ second.weight @ first.weight  # (1, 2)
    b = third.weight @ (second.weight @ first.bias + second.bias) + third.bias  # (1,)
    collapsed = x_test @ w.T + b
    network = models["MLP, no activation"](x_test)
torch.testing.assert_close(network, collapsed, rtol=1e-4, atol=1e-4)
no_activation_collapses = torch.allclose(network, collapsed, rtol=1e-4, atol=1e-4)
print("collapsed weight:", w.squeeze().tolist(), " bias:", round(b.item(), 4))
print("largest difference to the network's output:", (network - collapsed).abs().max().item())

# %% [markdown]
# ## Decision boundaries
#
# Each panel colours the plane by the model's predicted probability of class 1 (on a 200 × 200 grid)
# and draws the boundary $p = 0.5$ in black; the dots are the training points.

# %% alt="Six panels on the square from -1.3 to 1.3. Five show a model's predicted probability of class 1 as a red-to-blue colour map, its 0.5 boundary as a black line and the training points as dots: logistic regression and the MLP without activation both split the plane with one straight line that cuts through both spiral arms; the MLPs with ReLU, Tanh and GELU draw a boundary that winds between the arms, ReLU's made of straight pieces, Tanh's and GELU's smooth. The sixth panel shows the training data alone: two interleaved spiral arms, one red, one blue."
grid_1d = torch.linspace(-1.3, 1.3, 200)
gx, gy = torch.meshgrid(grid_1d, grid_1d, indexing="xy")
grid = torch.stack([gx.reshape(-1), gy.reshape(-1)], dim=1)

fig, axes = plt.subplots(2, 3, figsize=(10, 6.8), sharex=True, sharey=True)
for ax, (name, model) in zip(axes.flat, models.items()):
    with torch.no_grad():
        p = torch.sigmoid(model(grid)).reshape(gx.shape)
    ax.contourf(gx, gy, p, levels=20, cmap="RdBu_r", vmin=0, vmax=1, alpha=0.8)
    ax.contour(gx, gy, p, levels=[0.5], colors="black", linewidths=1.2)
    ax.scatter(x_train[:, 0], x_train[:, 1], c=y_train, cmap="RdBu_r", s=6, edgecolors="white", linewidths=0.2)
    ax.set_title(f"{name}\naccuracy {accuracies[name]:.3f}", fontsize=10)
    ax.set_aspect("equal")
axes.flat[-1].scatter(x_train[:, 0], x_train[:, 1], c=y_train, cmap="RdBu_r", s=6)
axes.flat[-1].set_title("the training data", fontsize=10)
axes.flat[-1].set_aspect("equal")
fig.suptitle("Two spirals: only the MLPs with an activation can follow the arms")
fig.tight_layout()
plt.show()

# %% tags=["remove-input"]
Markdown(f"""
The two linear models draw the same boundary, a straight line: the line logistic regression reached
after 200 Adam steps puts only {100 * accuracies["Linear (logistic regression)"]:.0f} % of the test points on the
right side. All three activations let the MLP wrap its boundary around the arms. Their boundaries differ in texture: ReLU's is
made of straight pieces (a ReLU network is piecewise linear), Tanh's and GELU's are smooth curves.
""")

# %% [markdown]
# ## Conclusion

# %% tags=["remove-cell"]
# What the tests check (tests/test_notebooks.py), on every CPU path; hidden on the site.
linear = accuracies["Linear (logistic regression)"]
no_activation = accuracies["MLP, no activation"]
with_activation = {name: acc for name, acc in accuracies.items() if name.startswith("MLP + ")}
RESULTS = {
    "accuracy_linear": linear,
    "accuracy_mlp_no_activation": no_activation,
    "accuracy_mlp_relu": accuracies["MLP + ReLU"],
    "accuracy_mlp_tanh": accuracies["MLP + Tanh"],
    "accuracy_mlp_gelu": accuracies["MLP + GELU"],
    "no_activation_collapses_to_linear": no_activation_collapses,
}

# %%
for name, acc in accuracies.items():
    print(f"{name + ':':30s}{acc:.3f}")

# %% tags=["remove-input"]
Markdown(f"""
On two spirals, logistic regression reaches {linear:.3f} test accuracy, and adding two hidden layers
*without* an activation does not help at all ({no_activation:.3f}): the three layers multiply out to a
single linear map, checked numerically above. Put ReLU, Tanh or GELU between the same layers and the
same training reaches at least {min(with_activation.values()):.3f}. The extra layers only add expressive
power when something non-linear sits between them; which activation it is matters much less here than
having one.
""")
