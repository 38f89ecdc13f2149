# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Dying ReLU
#
# [ReLU](../../activations/relu/) outputs $\max(0, z)$ and its derivative is 0 for every $z < 0$. A
# hidden unit whose pre-activation $z = w^\top x + b$ is negative for *every* input outputs 0
# everywhere and receives a zero gradient everywhere: gradient descent can no longer change $w$ or
# $b$, so the unit stays off as long as its inputs do not change. It is **dead**. One large update,
# typically from a learning rate that is too high, is enough to push many units there at once.
#
# This notebook trains the same small MLP with ReLU, [Leaky ReLU](../../activations/leaky-relu/) and
# [ELU](../../activations/elu/) with a learning rate that is too high, then with a sensible one, and
# counts the dead hidden units along the way.

# %%
import matplotlib.pyplot as plt
import torch
from IPython.display import Markdown
from torch import nn

torch.manual_seed(0)
torch.set_num_threads(1)  # tiny tensors: one thread is faster than two

# %% [markdown]
# ## Task, model and what "dead" means
#
# A synthetic regression task: 2048 inputs $x \in \mathbb{R}^{10}$ drawn from a standard normal, and
# the target $y = \sin(w^\top x / 3) + x_1^2 / 2$ for a fixed random $w$. The model has two hidden
# layers of 64 units (128 hidden units in all) and one output.
#
# A hidden unit is **dead** when it outputs exactly 0 for every one of the 2048 training inputs: no
# minibatch drawn from them can then send its weights a gradient. Since gradients can only reach a
# unit's weights through its derivative, the notebook also counts units whose derivative is below
# $10^{-3}$ for every training input ("no gradient"): for ReLU that is the same set, and it would
# catch ELU units that *saturate* (ELU's derivative $e^z$ is tiny for very negative $z$, although its
# output, close to $-1$, is not 0).

# %%
IN, HIDDEN = 10, 64
data = torch.Generator().manual_seed(0)
x = torch.randn(2048, IN, generator=data)
w = torch.randn(IN, generator=data)
y = (torch.sin(x @ w / 3) + 0.5 * x[:, 0] ** 2).unsqueeze(1)

activations = {"ReLU": nn.ReLU, "Leaky ReLU": lambda: nn.LeakyReLU(0.01), "ELU": nn.ELU}


def build(activation) -> nn.Sequential:
    return nn.Sequential(
        nn.Linear(IN, HIDDEN), activation(), nn.Linear(HIDDEN, HIDDEN), activation(), nn.Linear(HIDDEN, 1)
    )


def hidden_stats(model: nn.Sequential) -> dict:
    """Dead and no-gradient fractions of the 128 hidden units on the 2048 training inputs."""
    with torch.no_grad():
        z1 = model[0](x)
        z2 = model[2](model[1](z1))
    dead, no_gradient, max_pre_activation = [], [], []
    for z, activation in ((z1, model[1]), (z2, model[3])):
        z = z.clone().requires_grad_()
        out = activation(z)
        (slope,) = torch.autograd.grad(out.sum(), z)
        dead.append((out == 0).all(dim=0))
        no_gradient.append((slope.abs() < 1e-3).all(dim=0))
        max_pre_activation.append(z.detach().max(dim=0).values)
    dead, no_gradient = torch.cat(dead), torch.cat(no_gradient)
    return {
        "dead_units": dead,
        "dead": dead.float().mean().item(),
        "dead_per_layer": [d.float().mean().item() for d in dead.split(HIDDEN)],
        "no_gradient": no_gradient.float().mean().item(),
        # per dead unit, its largest pre-activation over the training inputs (all negative)
        "max_pre_activation_of_dead": torch.cat(max_pre_activation)[dead].tolist(),
    }


# %% [markdown]
# ## Training: too hot, then sensible
#
# Plain SGD on minibatches of 64, mean squared error, every network from the same seed and the same
# minibatches:
#
# 1. **300 steps at learning rate 4**, far too high for this model. The gradient norm is clipped to 1
#    so that each step moves the parameters by at most 4: without clipping the losses overflow to
#    inf/nan within a few steps for every activation, and a network full of nan has no dead units to
#    count.
# 2. **150 steps at learning rate 0.05**, a sensible value, to see whether the damage heals.
#
# Every 10 steps we record the dead fraction and the loss on all 2048 training points.
#
# A learning rate this high makes training *chaotic*: a difference in the last bit of one update grows
# until the runs part ways. PyTorch rounds differently on different CPUs (AVX-512, AVX2 or plain scalar
# code, and more or fewer threads), so the exact number of dead units depends on the machine that runs
# this notebook. The numbers quoted below are the ones this run computed; what they show, many dead
# ReLU units and none for the other two, holds on every CPU (the site's tests check it on several).

# %%
PHASES = [(4.0, 300, 1.0), (0.05, 150, None)]  # (learning rate, steps, gradient-norm clip)
EVERY = 10

history, stats_after_phase1, final_stats, final_loss, models = {}, {}, {}, {}, {}
for name, activation in activations.items():
    torch.manual_seed(0)
    model = build(activation)
    batches = torch.Generator().manual_seed(1)
    steps, dead, loss_curve = [0], [hidden_stats(model)["dead"]], [nn.functional.mse_loss(model(x), y).item()]
    step = 0
    for phase, (lr, n_steps, clip) in enumerate(PHASES):
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        for _ in range(n_steps):
            index = torch.randint(0, len(x), (64,), generator=batches)
            optimizer.zero_grad()
            nn.functional.mse_loss(model(x[index]), y[index]).backward()
            if clip is not None:
                nn.utils.clip_grad_norm_(model.parameters(), clip)
            optimizer.step()
            step += 1
            if step % EVERY == 0:
                steps.append(step)
                dead.append(hidden_stats(model)["dead"])
                with torch.no_grad():
                    loss_curve.append(nn.functional.mse_loss(model(x), y).item())
        if phase == 0:
            stats_after_phase1[name] = hidden_stats(model)
    history[name] = {"steps": steps, "dead": dead, "loss": loss_curve}
    final_stats[name] = hidden_stats(model)
    final_loss[name] = loss_curve[-1]
    models[name] = model

for name in activations:
    s1, s = stats_after_phase1[name], final_stats[name]
    print(
        f"{name:10s} dead at init {history[name]['dead'][0]:.3f} | after lr=4: {s1['dead']:.3f} "
        f"| after lr=0.05: {s['dead']:.3f} (layer 1: {s['dead_per_layer'][0]:.3f}, layer 2: {s['dead_per_layer'][1]:.3f}) "
        f"| no gradient: {s['no_gradient']:.3f} | final MSE {final_loss[name]:.3f}"
    )

# %% alt="Two panels over 450 SGD steps, split by a dashed line at step 300 where the learning rate drops from 4 to 0.05. Left, the fraction of dead hidden units: the ReLU curve jumps from 0 to more than a fifth within the first 10 steps, climbs further until about step 200 and stays flat after the switch; the Leaky ReLU and ELU curves stay at 0 throughout. Right, the training loss on a log scale: all three are noisy while the learning rate is 4 and fall after the switch, with ReLU ending highest."
fig, (ax_dead, ax_loss) = plt.subplots(1, 2, figsize=(10, 4))
switch = PHASES[0][1]
styles = {"ReLU": "-", "Leaky ReLU": "--", "ELU": ":"}  # Leaky ReLU and ELU overlap at 0 on the left
for name in activations:
    ax_dead.plot(history[name]["steps"], history[name]["dead"], styles[name], linewidth=2, label=name)
    ax_loss.plot(history[name]["steps"], history[name]["loss"], styles[name], linewidth=1.5, label=name)
for ax in (ax_dead, ax_loss):
    ax.axvline(switch, color="grey", linestyle="--", linewidth=1)
    ax.set_xlabel("SGD step")
    ax.grid(True, alpha=0.3)
end = history["ReLU"]["steps"][-1]
for ax in (ax_dead, ax_loss):
    ax.text(switch / 2, 0.97, "lr = 4", ha="center", va="top", transform=ax.get_xaxis_transform())
    ax.text((switch + end) / 2, 0.97, "lr = 0.05", ha="center", va="top", transform=ax.get_xaxis_transform())
ax_dead.set_ylim(-0.02, 1)
ax_dead.set_ylabel("fraction of dead hidden units")
ax_dead.set_title("Dead units (output 0 on every training input)", fontsize=10)
ax_loss.set_yscale("log")
ax_loss.set_ylabel("training MSE (log scale)")
ax_loss.set_title("Loss on all training points", fontsize=10)
ax_dead.legend(loc="center right")
fig.tight_layout()
plt.show()

# %%
relu = final_stats["ReLU"]
highest = torch.tensor(relu["max_pre_activation_of_dead"])
print(f"dead ReLU units: {len(highest)} of {2 * HIDDEN}")
print(
    f"their largest pre-activation on the training inputs: median {highest.median():.3f}, closest to 0 {highest.max():.3f}"
)
print(f"ReLU units that are dead: {relu['dead']:.3f}, that get no gradient: {relu['no_gradient']:.3f}")

# The gradient of the loss on all 2048 training points with respect to each unit's incoming weights and bias
relu_model = models["ReLU"]
relu_model.zero_grad()
nn.functional.mse_loss(relu_model(x), y).backward()
incoming = torch.cat(
    [torch.cat([layer.weight.grad, layer.bias.grad[:, None]], dim=1).abs().amax(dim=1) for layer in relu_model[0:3:2]]
)
dead_gradient, alive_gradient = incoming[relu["dead_units"]].max().item(), incoming[~relu["dead_units"]].median().item()
print(
    f"largest gradient on a dead unit's incoming weights: {dead_gradient}; median over live units {alive_gradient:.2e}"
)
was_dead = stats_after_phase1["ReLU"]["dead_units"]
revived, newly_dead = (was_dead & ~relu["dead_units"]).sum().item(), (~was_dead & relu["dead_units"]).sum().item()
print(f"dead after lr=4: {was_dead.sum().item()}; revived since: {revived}; died since: {newly_dead}")

# %% tags=["remove-input"]
relu_after_10 = history["ReLU"]["dead"][1]
relu_layers = final_stats["ReLU"]["dead_per_layer"]
where = (
    "Here they are all in the second layer."
    if relu_layers[0] == 0
    else f"Here {100 * relu_layers[0]:.0f} % of the first layer's units and {100 * relu_layers[1]:.0f} % of the second's are dead."
)
came_back = f"{revived} of the {was_dead.sum().item()} units dead at step 300 did" if revived else "none did"
Markdown(f"""
The ReLU network loses {100 * relu_after_10:.0f} % of its hidden units within the first 10 steps at learning rate
4 and {100 * stats_after_phase1["ReLU"]["dead"]:.0f} % by step 300, and they stay dead once the learning rate is
sensible again ({100 * final_stats["ReLU"]["dead"]:.0f} % at the end). Their pre-activation is negative on every
training input (printed above), so no minibatch sends their incoming weights any gradient: on the whole
training set, the largest entry of that gradient, in absolute value, is exactly {dead_gradient:g}. {where}
A dead first-layer unit stays dead under plain SGD, since its inputs, the data, never change. A
second-layer unit can come back when the first layer's training changes its inputs; in the 150 steps
at learning rate 0.05, {came_back}. With
{100 * final_stats["ReLU"]["dead"]:.0f} % of its units gone, the ReLU network also ends this run with the highest
training loss of the three. The other two networks lose nothing:

- **Leaky ReLU** outputs $0.01\\,z$ for $z < 0$: that is 0 only when $z$ is exactly 0, and its
  derivative is never below 0.01. A Leaky ReLU unit therefore cannot be dead by this definition, and
  it always receives some gradient to climb back with. Its dead fraction is 0 by construction.
- **ELU** outputs $e^z - 1$ for $z < 0$, also 0 only at $z = 0$; its derivative $e^z$ does shrink for
  very negative $z$, but here no ELU unit's derivative was below $10^{{-3}}$ on every training input.
""")

# %% [markdown]
# Momentum and Adam do not bring a dead unit back either. The loss still sends it no gradient, and the
# optimiser's running averages only carry on, with weights that decay step by step, the updates the
# unit received before it died. Weight decay on all the parameters, as plain SGD's or AdamW's
# `weight_decay` applies it to `model.parameters()`, multiplies the unit's $w$ and $b$ by the same
# factor: $z$ shrinks but keeps its sign, so that does not revive the unit either. What can revive a
# deeper unit is a change in its inputs, as above.

# %% [markdown]
# ## Conclusion

# %% tags=["remove-cell"]
# What the tests check (tests/test_notebooks.py), on every CPU path; hidden on the site.
RESULTS = {
    "dead_at_init": {name: history[name]["dead"][0] for name in activations},
    "dead_after_high_lr": {name: stats_after_phase1[name]["dead"] for name in activations},
    "dead_final": {name: final_stats[name]["dead"] for name in activations},
    "no_gradient_final": {name: final_stats[name]["no_gradient"] for name in activations},
    "relu_dead_per_layer": relu["dead_per_layer"],
    "relu_dead_after_10_steps": history["ReLU"]["dead"][1],
    "relu_max_pre_activation_of_dead": max(relu["max_pre_activation_of_dead"]),
    "relu_dead_incoming_gradient": dead_gradient,
    "relu_alive_incoming_gradient_median": alive_gradient,
    "relu_dead_after_high_lr_count": was_dead.sum().item(),
    "relu_revived": revived,
    "final_mse": final_loss,
}

# %% tags=["remove-input"]
Markdown(f"""
After 300 SGD steps at a learning rate that is too high, {100 * stats_after_phase1["ReLU"]["dead"]:.0f} % of the ReLU
network's 128 hidden units are dead (none were at initialisation), and 150 more steps at a sensible
learning rate leave {100 * final_stats["ReLU"]["dead"]:.0f} % dead: a dead ReLU unit has zero gradient on every
training input. The Leaky ReLU and ELU networks, trained identically, end with no dead units, and Leaky
ReLU cannot have any, since its output is 0 only at exactly $z = 0$ and its slope never falls below
0.01. The practical remedies are smaller steps, careful initialisation, or an activation with a
non-zero slope for negative inputs. What sets the step is the learning rate times the gradient's
norm: clipping the norm is not enough on its own, since this run clipped it to 1 and steps of up to
4 still killed {100 * stats_after_phase1["ReLU"]["dead"]:.0f} % of the units. Lower the learning rate, or warm it
up from a small value.
""")
