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
# (Xavier for sigmoid and tanh, Kaiming for ReLU and GELU).

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
    return [layer.weight.grad.norm().item() for layer in model if isinstance(layer, nn.Linear)]


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
# ## Conclusion

# %% tags=["remove-cell"]
# What the tests check (tests/test_notebooks.py), on every CPU path; hidden on the site.
RESULTS = {
    "depth": DEPTH,
    "width": WIDTH,
    "max_slope": max_slope,
    "ratio_first_to_last": {f"{name}/{init}": value for (name, init), value in ratio.items()},
    "gradient_norms": {f"{name}/{init}": values for (name, init), values in norms.items()},
}

# %% tags=["remove-input"]
Markdown(f"""
At initialisation, a 20-layer sigmoid MLP's first layer receives a gradient more than $10^{{12}}$
times smaller than its last layer's, whether it starts from PyTorch's default init or from Xavier:
sigmoid's derivative, at most $1/4$, shrinks the gradient at every layer. A ReLU MLP with Kaiming
init keeps the first layer's gradient within a factor of 10 of the last layer's
({ratio[("ReLU", "suited")]:.2f} times it in this run), and so do tanh with Xavier and GELU with Kaiming.
The activation and the initialisation have to be chosen together: with PyTorch's default `nn.Linear`
init, even ReLU loses a factor of more than $10^{{6}}$ over 20 layers.
""")
