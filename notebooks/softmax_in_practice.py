# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Softmax in practice
#
# [Softmax](../../activations/softmax/) turns a vector of real scores (logits) into probabilities:
#
# $$\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}.$$
#
# The formula is one line, yet using it well takes some care. This notebook covers four practical
# points: why the formula written naively overflows and how `torch.softmax` avoids it, the
# log-sum-exp trick behind [`log_softmax`](../../activations/log-softmax/) and the cross-entropy loss,
# what a temperature does, and the classic mistake of applying softmax before `nn.CrossEntropyLoss`,
# measured on two otherwise identical training runs.

# %%
import math

import matplotlib.pyplot as plt
import torch
from IPython.display import Markdown
from torch import nn

torch.manual_seed(0)
torch.set_num_threads(1)  # tiny tensors: one thread is faster than two

# %% [markdown]
# ## 1. The naive formula overflows
#
# In float32, $e^{x}$ overflows to `inf` for $x > 88.7$, and underflows to 0 for $x$ below about $-104$ (from
# about $-87.3$ on, it is already a subnormal number that has lost precision). With
# logits around 1000 the numerator and denominator are both `inf`, and `inf / inf` is `nan`; with
# logits around $-1000$ both are 0, and `0 / 0` is `nan` too. `torch.softmax` returns the right
# answer in both cases.


# %%
def naive_softmax(x: torch.Tensor) -> torch.Tensor:
    return torch.exp(x) / torch.exp(x).sum(dim=-1, keepdim=True)


large = torch.tensor([1000.0, 1001.0, 1002.0])
small = -large
print("exp(large):          ", torch.exp(large))
print("naive, large logits: ", naive_softmax(large))
print("naive, small logits: ", naive_softmax(small))
print("torch, large logits: ", torch.softmax(large, dim=-1))
print("torch, small logits: ", torch.softmax(small, dim=-1))

# %% [markdown]
# The fix is exact, not an approximation: softmax does not change when the same constant $c$ is
# subtracted from every logit, because $e^{x_i - c} / \sum_j e^{x_j - c} = e^{-c} e^{x_i} / (e^{-c}
# \sum_j e^{x_j})$. Choosing $c = \max_j x_j$ makes the largest exponent $e^0 = 1$: nothing overflows,
# and the denominator is at least 1, so nothing divides by 0.


# %%
def stable_softmax(x: torch.Tensor) -> torch.Tensor:
    shifted = x - x.max(dim=-1, keepdim=True).values
    return torch.exp(shifted) / torch.exp(shifted).sum(dim=-1, keepdim=True)


logits = 500 * torch.randn(1000, 10)  # many rows with entries far beyond exp's range
torch.testing.assert_close(stable_softmax(logits), torch.softmax(logits, dim=-1))
print("stable softmax matches torch.softmax on", tuple(logits.shape), "logits of scale 500")
print("rows where the naive formula gives nan:", naive_softmax(logits).isnan().any(dim=-1).sum().item(), "of 1000")

# %% [markdown]
# ## 2. The log-sum-exp trick
#
# Losses need $\log \mathrm{softmax}(x)_i = x_i - \log \sum_j e^{x_j}$, and the log-sum-exp
# $\mathrm{LSE}(x) = \log \sum_j e^{x_j}$ overflows the same way. The same shift fixes it:
#
# $$\mathrm{LSE}(x) = m + \log \sum_j e^{x_j - m}, \qquad m = \max_j x_j.$$
#
# Computing $\log \mathrm{softmax}$ as $x - \mathrm{LSE}(x)$ also avoids taking the log of a
# probability that has underflowed to 0 (which gives $-\infty$). That is what `torch.logsumexp`,
# `torch.log_softmax` and `nn.CrossEntropyLoss` do.


# %%
def logsumexp(x: torch.Tensor) -> torch.Tensor:
    m = x.max(dim=-1, keepdim=True).values
    return (m + torch.log(torch.exp(x - m).sum(dim=-1, keepdim=True))).squeeze(-1)


torch.testing.assert_close(logsumexp(logits), torch.logsumexp(logits, dim=-1))
# log-probabilities reach -3000 here, where float32 values are 0.00024 apart: compare to that precision.
torch.testing.assert_close(logits - logsumexp(logits).unsqueeze(-1), torch.log_softmax(logits, dim=-1), rtol=0, atol=1e-3)
naive_lse = torch.log(torch.exp(large).sum())
print("naive LSE of [1000, 1001, 1002]:", naive_lse.item())
print("trick LSE:                       ", logsumexp(large).item(), " torch.logsumexp:", torch.logsumexp(large, dim=-1).item())
print("log(naive softmax) at small logits:", torch.log(naive_softmax(small)))
print("torch.log_softmax at small logits: ", torch.log_softmax(small, dim=-1))

# %% [markdown]
# ## 3. Temperature
#
# Dividing the logits by a temperature $T > 0$ before the softmax, $\mathrm{softmax}(x / T)$, keeps
# the order of the probabilities but changes how peaked they are: $T < 1$ sharpens the distribution
# towards the arg max (as $T \to 0$ it becomes one-hot), $T > 1$ flattens it towards uniform. It is
# used in sampling from language models, in knowledge distillation and in calibration. The entropy
# $H = -\sum_i p_i \log p_i$ measures the spread: 0 for one-hot, $\log K$ for uniform over $K$
# classes.

# %% alt="A grouped bar chart of the softmax probabilities of four classes with logits 3, 1.5, 0.5 and -1, one bar per temperature T = 0.25, 0.5, 1, 2 and 5. At T = 0.25 class 0 takes almost all the probability; as T grows the bars of class 0 shrink and the others grow, until at T = 5 the four probabilities are close to each other. The order of the classes never changes."
scores = torch.tensor([3.0, 1.5, 0.5, -1.0])
temperatures = [0.25, 0.5, 1.0, 2.0, 5.0]
probabilities = {t: torch.softmax(scores / t, dim=-1) for t in temperatures}
entropy = {t: -(p * p.log()).sum().item() for t, p in probabilities.items()}
for t, p in probabilities.items():
    print(f"T = {t:4}: p = {[round(v, 3) for v in p.tolist()]}, entropy {entropy[t]:.3f}")
print(f"uniform over 4 classes: entropy log 4 = {math.log(4):.3f}")

fig, ax = plt.subplots(figsize=(8, 4))
width = 0.8 / len(temperatures)
for k, (t, p) in enumerate(probabilities.items()):
    positions = torch.arange(len(scores)) + (k - (len(temperatures) - 1) / 2) * width
    ax.bar(positions, p, width=width, label=f"T = {t}")
ax.set_xticks(range(len(scores)), [f"class {i}\nlogit {s:g}" for i, s in enumerate(scores.tolist())])
ax.set_ylabel("probability")
ax.set_title("softmax(logits / T): low T sharpens, high T flattens")
ax.legend()
ax.grid(True, axis="y", alpha=0.3)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## 4. Softmax before CrossEntropyLoss: a classic mistake
#
# `nn.CrossEntropyLoss` expects **logits**: it applies `log_softmax` itself (with the log-sum-exp
# trick), then takes the negative log-probability of the target class. Adding a softmax in front,
# `loss_fn(torch.softmax(logits, dim=1), target)`, raises no error and the loss still goes down, but
# the loss now computes softmax of probabilities. Its inputs lie in $[0, 1]$, so even a perfect
# prediction $p = (1, 0, 0)$ gives
#
# $$-\log \frac{e^1}{e^1 + e^0 + e^0} = \log\left(1 + \frac{2}{e}\right) \approx 0.551$$
#
# for 3 classes (in general $\log(1 + (K-1)/e)$): the loss can never approach 0, and its gradient
# passes through an extra softmax Jacobian that shrinks it.

# %%
loss_fn = nn.CrossEntropyLoss()
K = 3
bound = math.log(1 + (K - 1) / math.e)
target = torch.tensor([0, 0, 0])
cases = torch.tensor([[10.0, 0.0, 0.0], [2.0, 1.0, 0.0], [0.0, 0.0, 3.0]])  # confident right, unsure, wrong
for row in cases:
    right = loss_fn(row[None], target[:1]).item()
    wrong = loss_fn(torch.softmax(row[None], dim=1), target[:1]).item()
    print(f"logits {row.tolist()}, target 0: right {right:.4f}   softmax first {wrong:.4f}")
print(f"lower bound of the wrong loss for K = {K}: log(1 + {K - 1}/e) = {bound:.4f}")

# Gradient that reaches the logits, right vs wrong, on a batch of random logits.
batch_logits = torch.randn(256, K, requires_grad=True)
batch_target = torch.randint(0, K, (256,))
(grad_right,) = torch.autograd.grad(loss_fn(batch_logits, batch_target), batch_logits)
(grad_wrong,) = torch.autograd.grad(loss_fn(torch.softmax(batch_logits, dim=1), batch_target), batch_logits)
gradient_ratio = (grad_wrong.norm() / grad_right.norm()).item()
print(f"random logits, gradient norm w.r.t. the logits: right {grad_right.norm():.4f}, softmax first {grad_wrong.norm():.4f} "
      f"(ratio {gradient_ratio:.2f})")

# A confidently wrong prediction: class 2 gets almost all the probability, the target is 0.
confidently_wrong = torch.tensor([[0.0, 0.0, 10.0]], requires_grad=True)
(g_right,) = torch.autograd.grad(loss_fn(confidently_wrong, target[:1]), confidently_wrong)
(g_wrong,) = torch.autograd.grad(loss_fn(torch.softmax(confidently_wrong, dim=1), target[:1]), confidently_wrong)
print(f"confidently wrong logits, gradient norm: right {g_right.norm():.4f}, softmax first {g_wrong.norm():.6f}")

# %% [markdown]
# ### Two identical classifiers, trained right and wrong
#
# Three Gaussian blobs in the plane (600 training points, 2000 test points), a small MLP
# ($2 \to 16 \to 3$ with ReLU), full-batch SGD with learning rate 0.1 for 300 steps. Both models start
# from the same weights; the only difference is the softmax in front of the loss. Since the two
# training losses are not comparable (the wrong one is bounded below by 0.551), both models are
# judged on the same metrics: the *correct* cross-entropy of their logits on the test set, and test
# accuracy.


# %%
def blobs(n: int, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    centres = torch.tensor([[0.0, 2.0], [-1.8, -1.0], [1.8, -1.0]])
    labels = torch.randint(0, K, (n,), generator=generator)
    return centres[labels] + torch.randn(n, 2, generator=generator), labels


data = torch.Generator().manual_seed(0)
x_train, y_train = blobs(600, data)
x_test, y_test = blobs(2000, data)
STEPS, LR = 300, 0.1

runs = {}
for variant in ("right", "softmax first"):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, K))
    optimizer = torch.optim.SGD(model.parameters(), lr=LR)
    reported, test_loss, test_accuracy = [], [], []
    for _ in range(STEPS):
        optimizer.zero_grad()
        out = model(x_train)
        loss = loss_fn(torch.softmax(out, dim=1) if variant == "softmax first" else out, y_train)
        loss.backward()
        optimizer.step()
        reported.append(loss.item())
        with torch.no_grad():
            test_logits = model(x_test)
            test_loss.append(loss_fn(test_logits, y_test).item())
            test_accuracy.append((test_logits.argmax(dim=1) == y_test).float().mean().item())
    runs[variant] = {"reported": reported, "test_loss": test_loss, "test_accuracy": test_accuracy}


def steps_to(accuracy: list[float], level: float) -> int:
    return next(i + 1 for i, a in enumerate(accuracy) if a >= level)


for variant, run in runs.items():
    print(
        f"{variant:14s} test CE after 25/50/100/{STEPS} steps: "
        + " / ".join(f"{run['test_loss'][n - 1]:.3f}" for n in (25, 50, 100, STEPS))
        + f" | steps to 90 % test accuracy: {steps_to(run['test_accuracy'], 0.9)}"
        + f" | final accuracy {run['test_accuracy'][-1]:.3f} | lowest reported loss {min(run['reported']):.3f}"
    )

# %% alt="Two panels comparing the model trained right (raw logits into CrossEntropyLoss) with the one trained with a softmax first. Left, cross-entropy over 300 SGD steps: the right model's test loss falls fastest and lowest; the softmax-first model's test loss falls more slowly, and its own training loss (dotted) levels off just above the dashed bound log(1 + 2/e) = 0.551. Right, test accuracy over the first 100 steps: the right model crosses the dashed 90 % line well before the softmax-first model."
fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 4))
steps = range(1, STEPS + 1)
for variant, color in (("right", "C0"), ("softmax first", "C3")):
    ax_loss.plot(steps, runs[variant]["test_loss"], color=color, label=f"{variant}: test cross-entropy")
    ax_acc.plot(steps[:100], runs[variant]["test_accuracy"][:100], color=color, label=variant)
ax_loss.plot(steps, runs["softmax first"]["reported"], color="C3", linestyle=":", label="softmax first: its own training loss")
ax_loss.axhline(bound, color="grey", linestyle="--", linewidth=1, label=f"bound log(1 + 2/e) = {bound:.3f}")
ax_loss.set_xlabel("SGD step")
ax_loss.set_ylabel("cross-entropy")
ax_loss.set_ylim(0, 1.3)
ax_loss.set_title("Loss", fontsize=10)
ax_loss.legend(fontsize=8)
ax_acc.set_xlabel("SGD step")
ax_acc.set_ylabel("test accuracy")
ax_acc.axhline(0.9, color="grey", linestyle="--", linewidth=1, label="90 %")
ax_acc.set_ylim(0.3, 1)
ax_acc.set_title("Test accuracy, first 100 steps", fontsize=10)
ax_acc.legend(fontsize=8)
for ax in (ax_loss, ax_acc):
    ax.grid(True, alpha=0.3)
fig.tight_layout()
plt.show()

# %% tags=["remove-input"]
right, wrong = runs["right"], runs["softmax first"]
Markdown(f"""
Over the first hundred steps or so, the model trained with the extra softmax lags clearly behind: on
random logits its gradient is {gradient_ratio:.2f} times the right one's, so each SGD step moves it less,
and it needs {steps_to(wrong["test_accuracy"], 0.9)} steps to reach 90 % test accuracy where the right
one needs {steps_to(right["test_accuracy"], 0.9)}. On this easy problem it catches up by step {STEPS}
(final test accuracy {wrong["test_accuracy"][-1]:.3f} against {right["test_accuracy"][-1]:.3f}), but its own
training loss (dotted) never goes below {min(wrong["reported"]):.3f}, so that number says little about how
good the model is. The gradient computed above for a *confidently wrong* prediction shows a worse
failure: through the extra softmax it nearly vanishes, so a sample the model gets confidently wrong is
barely corrected, whereas the right loss pushes hardest exactly there.
""")

# %% [markdown]
# ## Conclusion

# %% tags=["remove-cell"]
# What the tests check (tests/test_notebooks.py), on every CPU path; hidden on the site.
RESULTS = {
    "naive_is_nan": bool(naive_softmax(large).isnan().all()),
    "naive_small_is_nan": bool(naive_softmax(small).isnan().all()),
    "torch_softmax_finite": bool(torch.softmax(large, dim=-1).isfinite().all()),
    "stable_matches_torch": bool(torch.allclose(stable_softmax(logits), torch.softmax(logits, dim=-1))),
    "naive_logsumexp_is_inf": bool(naive_lse.isinf()),
    "logsumexp_matches_torch": bool(torch.allclose(logsumexp(logits), torch.logsumexp(logits, dim=-1))),
    "temperatures": temperatures,
    "entropy": [entropy[t] for t in temperatures],
    "max_probability": [probabilities[t].max().item() for t in temperatures],
    "temperature_keeps_ranking": all(torch.equal(p.argsort(), scores.argsort()) for p in probabilities.values()),
    "wrong_loss_bound": bound,
    "wrong_loss_confident": loss_fn(torch.softmax(cases[:1], dim=1), target[:1]).item(),
    "right_loss_confident": loss_fn(cases[:1], target[:1]).item(),
    "gradient_ratio_wrong_to_right": gradient_ratio,
    "confidently_wrong_gradient": {"right": g_right.norm().item(), "softmax first": g_wrong.norm().item()},
    "test_loss_at": {
        variant: {str(n): run["test_loss"][n - 1] for n in (25, 50, 100, STEPS)} for variant, run in runs.items()
    },
    "steps_to_90_accuracy": {variant: steps_to(run["test_accuracy"], 0.9) for variant, run in runs.items()},
    "final_accuracy": {variant: run["test_accuracy"][-1] for variant, run in runs.items()},
    "lowest_reported_loss_wrong": min(wrong["reported"]),
}

# %% tags=["remove-input"]
Markdown(f"""
A softmax written as $e^{{x_i}} / \\sum_j e^{{x_j}}$ returns `nan` for logits around $\\pm 1000$;
subtracting the maximum first (what `torch.softmax` does) gives the exact result, and the same
shift makes log-sum-exp finite, matching `torch.logsumexp`. Temperature keeps the ranking and moves
the entropy: it rises steadily from $T = 0.25$ to $T = 5$. Finally, never put a softmax in front of
`nn.CrossEntropyLoss`: the loss of a perfectly confident correct prediction is then
{bound:.3f} instead of about 0, the gradient reaching the logits is smaller ({gradient_ratio:.2f} times
the right one on random logits, and {g_wrong.norm() / g_right.norm():.0e} times on a confidently wrong
prediction), and the otherwise identical model trains slower, with a higher test cross-entropy after
50 steps ({wrong["test_loss"][49]:.3f} against {right["test_loss"][49]:.3f}) and more steps needed to
reach 90 % test accuracy. Pass the raw logits, and call `torch.softmax` only when probabilities are
needed for output.
""")
