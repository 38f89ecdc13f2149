# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Vanishing gradients
#
# Backpropagation multiplies, layer by layer, the weight matrices and the derivatives of the
# activations. For a deep network the gradient that reaches the first layer is a product of many such
# factors: if they are typically below 1 it shrinks geometrically with depth and the early layers
# barely learn (*vanishing* gradients); if above 1, it grows (*exploding* gradients).
#
# This notebook measures it. It builds a 20-layer MLP, width 64, with
# [sigmoid](../../activations/sigmoid/), [tanh](../../activations/tanh/),
# [ReLU](../../activations/relu/) or [GELU](../../activations/gelu/) between the layers, pushes one
# fixed batch through it at initialisation, and records the gradient norm of every layer's weight,
# once with PyTorch's default initialisation and once with the initialisation suited to the activation
# (Xavier for sigmoid and tanh, Kaiming for ReLU and GELU). Then it rebuilds the sigmoid and tanh
# networks with residual connections and batch normalisation, the main remedies in today's networks.

# %%
import matplotlib.pyplot as plt
import torch
from IPython.display import Markdown
from torch import nn

torch.manual_seed(0)
torch.set_num_threads(1)  # tiny tensors: one thread is faster than two

# %% [markdown]
# ## The factor each activation contributes
#
# The backward pass through an activation multiplies the gradient elementwise by its derivative.
# Autograd gives the largest derivative of each on a fine grid: sigmoid's never exceeds $1/4$ (at 0),
# so every sigmoid layer shrinks the gradient by at least a factor of 4 unless the weights make up for
# it. Tanh and ReLU reach 1; GELU slightly exceeds it.

# %%
activations = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "ReLU": nn.ReLU, "GELU": nn.GELU}

x = (torch.arange(-6000, 6001) / 1000).requires_grad_()  # -6 to 6 in steps of 0.001, 0 included
max_slope = {}
for name, activation in activations.items():
    (slope,) = torch.autograd.grad(activation()(x).sum(), x)
    max_slope[name] = slope.max().item()
    print(f"{name:8s} largest derivative {max_slope[name]:.4f} at x = {x[slope.argmax()].item():+.3f}")

# %% [markdown]
# ## Gradient norm per layer at initialisation
#
# The network is 20 `nn.Linear(64, 64)` layers with the activation between consecutive layers. The
# input is a fixed batch of 256 standard-normal vectors and the loss is the mean squared error to a
# fixed random target. One backward pass, no training: we look at $\lVert \partial L / \partial W_\ell
# \rVert$ for $\ell = 1, \dots, 20$.
#
# Two initialisations:
#
# - **PyTorch's default** for `nn.Linear`: $W_{ij} \sim \mathcal{U}(-1/\sqrt{n}, 1/\sqrt{n})$ with
#   $n = 64$ inputs, a variance of $1/(3n)$. It is the same whatever activation follows.
# - **Suited**: Xavier (Glorot) normal, $\operatorname{Var} W_{ij} = g^2 \cdot 2/(n_\text{in} +
#   n_\text{out})$ with the gain $g$ of `nn.init.calculate_gain` (1 for sigmoid, 5/3 for tanh), and
#   Kaiming (He) normal, $\operatorname{Var} W_{ij} = 2/n_\text{in}$, for ReLU and GELU (using
#   ReLU's gain for GELU, which has no gain of its own). Biases start at zero.

# %%
DEPTH, WIDTH, BATCH = 20, 64, 256


def build(name: str, init: str) -> nn.Sequential:
    layers: list[nn.Module] = []
    for i in range(DEPTH):
        linear = nn.Linear(WIDTH, WIDTH)
        if init == "suited":
            if name in ("sigmoid", "tanh"):
                nn.init.xavier_normal_(linear.weight, gain=nn.init.calculate_gain(name))
            else:
                nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
        layers.append(linear)
        if i < DEPTH - 1:
            layers.append(activations[name]())
    return nn.Sequential(*layers)


inputs = torch.randn(BATCH, WIDTH)
target = torch.randn(BATCH, WIDTH)


def layer_gradient_norms(model: nn.Sequential) -> list[float]:
    model.zero_grad()
    nn.functional.mse_loss(model(inputs), target).backward()
    return [layer.weight.grad.norm().item() for layer in model.modules() if isinstance(layer, nn.Linear)]


norms = {}
for init in ("default", "suited"):
    for name in activations:
        torch.manual_seed(1)  # the same draw order for every network
        norms[(name, init)] = layer_gradient_norms(build(name, init))

ratio = {key: values[0] / values[-1] for key, values in norms.items()}
print(f"{'':8s} {'first / last layer gradient norm':>34s}")
print(f"{'':8s} {'default init':>16s} {'suited init':>16s}")
for name in activations:
    print(f"{name:8s} {ratio[(name, 'default')]:16.2e} {ratio[(name, 'suited')]:16.2e}")

# %% alt="Two panels sharing a logarithmic y axis: the gradient norm of each of the 20 layers, layer 1 next to the input on the left. Left, PyTorch's default initialisation: all four lines fall from the last layer towards the first, sigmoid's by about 17 orders of magnitude, ReLU's and GELU's by 6 to 9, tanh's by about 4. Right, the suited initialisation: tanh, ReLU and GELU stay nearly flat, while sigmoid still falls by about 12 orders of magnitude."
fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), sharey=True)
layers = range(1, DEPTH + 1)
titles = {"default": "PyTorch's default init", "suited": "Xavier (sigmoid, tanh) / Kaiming (ReLU, GELU)"}
for ax, init in zip(axes, ("default", "suited")):
    for name in activations:
        ax.plot(layers, norms[(name, init)], marker="o", markersize=3, label=name)
    ax.set_yscale("log")
    ax.set_xticks([1, 5, 10, 15, 20])
    ax.set_xlabel("layer (1 = next to the input)")
    ax.set_title(titles[init], fontsize=10)
    ax.grid(True, which="major", alpha=0.3)
axes[0].set_ylabel(r"$\|\partial L / \partial W_\ell\|$ (log scale)")
axes[1].legend()
fig.suptitle("Gradient norm per layer of a 20-layer MLP at initialisation")
fig.tight_layout()
plt.show()

# %% tags=["remove-input"]
Markdown(f"""
Read each line from right to left, the direction the gradient travels:

- **Sigmoid** loses a large constant factor at every layer, with either initialisation: a factor of
  {ratio[("sigmoid", "default")]:.1e} from layer 20 to layer 1 with the default init and still
  {ratio[("sigmoid", "suited")]:.1e} with Xavier. Its derivative is at most $1/4$, and its outputs are all
  positive (centred on $1/2$, not 0), which Xavier's analysis assumes away. This is why deep sigmoid
  networks were hard to train, and why sigmoid survives mostly at the *output* (probabilities, gates).
- With **PyTorch's default init**, every activation vanishes at depth 20, ReLU and GELU included: a
  variance of $1/(3n)$ is smaller than the $2/n$ that ReLU needs to keep the signal's scale.
- With the **suited init**, tanh, ReLU and GELU keep every layer's gradient within a small factor of
  the others. Kaiming's $2/n$ compensates exactly for ReLU zeroing half of its inputs; GELU is close
  enough to ReLU for the same init to work.
""")

# %% [markdown]
# ## Residual connections and normalisation layers
#
# A suited initialisation sets the right scale at the start of training only, and it did not rescue
# sigmoid above. Deep networks today rely mostly on two changes to the architecture:
#
# - a **residual connection** ([He et al., 2015](https://arxiv.org/abs/1512.03385)) adds a block's
#   input to its output, $h_{\ell+1} = h_\ell + f(h_\ell)$. Its Jacobian is $I + \partial f / \partial
#   h_\ell$: the identity carries the gradient back past every block, however small $f$'s slopes are,
#   so the gradient is no longer a product of 20 small factors.
# - a **normalisation layer** rescales the pre-activations to mean 0 and variance 1. Batch
#   normalisation (`nn.BatchNorm1d`, [Ioffe and Szegedy, 2015](https://arxiv.org/abs/1502.03167))
#   does it per unit over the batch. After a linear layer, it keeps sigmoid in its steep middle and
#   makes the output, and so the backward pass, independent of the scale of the layer's weights.
#   Transformers use layer normalisation (`nn.LayerNorm`,
#   [Ba et al., 2016](https://arxiv.org/abs/1607.06450)), which normalises each sample over its units
#   instead.
#
# Below, the same 20-layer sigmoid and tanh networks, with PyTorch's default initialisation, are
# rebuilt four ways: plain, $h \leftarrow \phi(\mathrm{Linear}(h))$ for the activation $\phi$ (the
# network of the left panel above); with a residual connection, $h \leftarrow h +
# \phi(\mathrm{Linear}(h))$; with batch normalisation, $h \leftarrow
# \phi(\mathrm{BN}(\mathrm{Linear}(h)))$; and with both, in the "pre-norm" layout of GPT-2 and most
# transformers since, $h \leftarrow h + \phi(\mathrm{Linear}(\mathrm{BN}(h)))$, with one more
# normalisation before the output layer. Each has the same 20 `nn.Linear(64, 64)` layers, drawn from
# the same seed, and gets the same batch.


# %%
class Block(nn.Module):
    """One hidden layer: Linear, then the activation, with an optional residual connection and BatchNorm."""

    def __init__(self, activation: type[nn.Module], residual: bool, norm: bool):
        super().__init__()
        self.linear, self.activation, self.residual = nn.Linear(WIDTH, WIDTH), activation(), residual
        self.norm = nn.BatchNorm1d(WIDTH) if norm else nn.Identity()

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        if self.residual:  # pre-norm when normalised: the branch normalises its input
            return h + self.activation(self.linear(self.norm(h)))
        return self.activation(self.norm(self.linear(h)))


variants = {  # name: (residual, norm)
    "plain": (False, False),
    "residual": (True, False),
    "BatchNorm": (False, True),
    "residual + BatchNorm": (True, True),
}


def build_variant(name: str, residual: bool, norm: bool) -> nn.Sequential:
    blocks = [Block(activations[name], residual, norm) for _ in range(DEPTH - 1)]
    final_norm = [nn.BatchNorm1d(WIDTH)] if residual and norm else []
    return nn.Sequential(*blocks, *final_norm, nn.Linear(WIDTH, WIDTH))


architecture_norms, variant_models = {}, {}
for name in ("sigmoid", "tanh"):
    for variant, (residual, norm) in variants.items():
        torch.manual_seed(1)  # the same weights as the networks above
        variant_models[(name, variant)] = model = build_variant(name, residual, norm)
        architecture_norms[(name, variant)] = layer_gradient_norms(model)
assert architecture_norms[("sigmoid", "plain")] == norms[("sigmoid", "default")]  # the same network as above

architecture_ratio = {key: values[0] / values[-1] for key, values in architecture_norms.items()}
print(f"{'first / last layer gradient norm':>40s}")
print(f"{'':22s} {'sigmoid':>9s} {'tanh':>9s}")
for variant in variants:
    print(f"{variant:22s} {architecture_ratio[('sigmoid', variant)]:9.2e} {architecture_ratio[('tanh', variant)]:9.2e}")

# %% alt="Two panels sharing a logarithmic y axis: the gradient norm of each of the 20 layers with PyTorch's default initialisation, layer 1 next to the input on the left; left sigmoid, right tanh. In both, the plain network's line falls steeply towards layer 1, sigmoid's by about 17 orders of magnitude and tanh's by about 4. The batch-normalised network and the residual network with batch normalisation stay nearly flat. The residual network without normalisation is nearly flat for tanh; for sigmoid it lies above the others and climbs slowly, by about 3 orders of magnitude from layer 1 to layer 20."
fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), sharey=True)
for ax, name in zip(axes, ("sigmoid", "tanh")):
    for variant, style in zip(variants, ("-", "--", ":", "-.")):
        ax.plot(layers, architecture_norms[(name, variant)], style, marker="o", markersize=3, label=variant)
    ax.set_yscale("log")
    ax.set_xticks([1, 5, 10, 15, 20])
    ax.set_xlabel("layer (1 = next to the input)")
    ax.set_title(f"{name}, PyTorch's default init", fontsize=10)
    ax.grid(True, which="major", alpha=0.3)
axes[0].set_ylabel(r"$\|\partial L / \partial W_\ell\|$ (log scale)")
axes[1].legend()
fig.suptitle("Gradient norm per layer: residual connections and batch normalisation")
fig.tight_layout()
plt.show()

# %% tags=["remove-input"]
# The residual sigmoid network: what its output layer reads (the sum of 19 blocks' outputs), and the gradient
# that reaches the input compared with the one the output layer passes back.
residual_sigmoid, start = variant_models[("sigmoid", "residual")], inputs.clone().requires_grad_()
stream = residual_sigmoid[:-1](start)
stream.retain_grad()
nn.functional.mse_loss(residual_sigmoid[-1](stream), target).backward()
stream_mean, stream_gradient_ratio = stream.mean().item(), (start.grad.norm() / stream.grad.norm()).item()
r = {key: f"{value:.2g}" if value >= 0.01 else f"{value:.1e}" for key, value in architecture_ratio.items()}
Markdown(f"""
Layer 1's gradient, as a multiple of layer 20's, goes from {r[("sigmoid", "plain")]} (sigmoid) and
{r[("tanh", "plain")]} (tanh) in the plain networks to:

- {r[("sigmoid", "residual")]} and {r[("tanh", "residual")]} with **residual connections** alone. The identity path
  carries the gradient back to layer 1 undiminished (for sigmoid, the gradient reaching the input is
  {stream_gradient_ratio:.1f} times the one leaving the last block). Sigmoid's ratio still looks small for another
  reason: its outputs are all positive, so each block adds about $1/2$ to every coordinate of $h$ (the
  output layer reads values of {stream_mean:.1f} on average), and a weight's gradient, the gradient
  arriving at its layer times the layer's input, grows with that input.
- {r[("sigmoid", "BatchNorm")]} and {r[("tanh", "BatchNorm")]} with **batch normalisation** alone, which rescues
  sigmoid too.
- {r[("sigmoid", "residual + BatchNorm")]} and {r[("tanh", "residual + BatchNorm")]} with **both**, in the
  pre-norm layout.

With batch normalisation, every one of the 20 layers gets a gradient within a factor of 10 of every
other layer's, sigmoid included, with PyTorch's default initialisation.
""")

# %% [markdown]
# ## Conclusion

# %% tags=["remove-cell"]
# What the tests check (tests/test_notebooks.py), on every CPU path; hidden on the site.
RESULTS = {
    "depth": DEPTH,
    "width": WIDTH,
    "max_slope": max_slope,
    "ratio_first_to_last": {f"{name}/{init}": value for (name, init), value in ratio.items()},
    "gradient_norms": {f"{name}/{init}": values for (name, init), values in norms.items()},
    "architecture_ratio": {f"{name}/{variant}": value for (name, variant), value in architecture_ratio.items()},
    "architecture_gradient_norms": {f"{name}/{variant}": v for (name, variant), v in architecture_norms.items()},
    "residual_sigmoid_stream_mean": stream_mean,
    "residual_sigmoid_input_to_stream_gradient": stream_gradient_ratio,
}

# %% tags=["remove-input"]
Markdown(f"""
At initialisation, a 20-layer sigmoid MLP's first layer receives a gradient more than $10^{{12}}$
times smaller than its last layer's, whether it starts from PyTorch's default init or from Xavier:
sigmoid's derivative, at most $1/4$, shrinks the gradient at every layer. A ReLU MLP with Kaiming
init keeps the first layer's gradient within a factor of 10 of the last layer's
({ratio[("ReLU", "suited")]:.2f} times it in this run), and so do tanh with Xavier and GELU with Kaiming.
The activation and the initialisation have to be chosen together: with PyTorch's default `nn.Linear`
init, even ReLU loses a factor of more than $10^{{6}}$ over 20 layers. Residual connections and
normalisation layers fix it in the architecture instead: with batch normalisation, with or without
residual connections, even the sigmoid network keeps every layer's gradient within a factor of 10 of
every other layer's, from PyTorch's default init.
""")
