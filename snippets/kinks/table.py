import math
import tomllib
from pathlib import Path

import torch
import torch.nn.functional as F  # noqa: F401 (the registry's code uses F and math)
from torch import nn

# The activations come from the site's registry, activations.toml: one entry each, with its torch code
# (for one of transformers' ACT2FN that torch.nn does not name, the from-scratch code of its page:
# tests/test_kinks.py checks it equals the page's, tests/test_from_scratch_models.py transformers') and,
# under [kinks], its kinks and branch points. Classes with parameters use their defaults; Threshold (which
# has none) θ = 0.5, v = −1, its entry's own [kinks] code.
PROJECT = next(folder for folder in Path(__file__).resolve().parents if (folder / "activations.toml").is_file())
REGISTRY = tomllib.loads((PROJECT / "activations.toml").read_text(encoding="utf-8"))
# (name, page, function, kinks and branch points)
ELEMENTWISE = [
    (a["kinks"].get("label", a["name"]), a["slug"], eval(a["kinks"].get("torch", a["torch"])), a["kinks"]["points"])
    for a in REGISTRY["activation"] if a.get("kind", "elementwise") == "elementwise"
]
# Activations over a dimension take a vector: each gets (x, 0), Softmax2d as 2 channels of 1 × 1.
VECTOR = [
    (a["kinks"].get("label", a["name"]), a["slug"], eval(a["kinks"].get("torch", a["torch"])))
    for a in REGISTRY["activation"] if a.get("kind") == "vector"
]
EDGES = [-0.0, 0.0, -math.inf, math.inf, math.nan]


def number(v: float | None) -> str:
    if v is None:
        return "—"
    if math.isnan(v):
        return "NaN"
    text = f"{v + 0.0:.4g}".replace("inf", "∞")  # + 0.0 turns −0 into 0
    if "e" in text:  # -8e-07 -> −8·10⁻⁷, -1e-06 -> −10⁻⁶
        mantissa, exponent = text.split("e")
        power = "10" + str(int(exponent)).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
        text = mantissa.replace("1", "") + power if mantissa.lstrip("-") == "1" else f"{mantissa}·{power}"
    return text.replace("-", "−")


def value_and_slope(f, point: float) -> tuple[float, float | None]:
    x = torch.tensor([point], requires_grad=True)  # one element: torch's scalar kernel path
    y = f(x)
    try:
        (grad,) = torch.autograd.grad(y.sum(), x)
    except RuntimeError:  # torch.heaviside has no derivative in autograd
        return y.item(), None
    return y.item(), grad.item()


def vector_at(f, point: float) -> tuple[list[float], float]:
    x = torch.tensor([point, 0.0], requires_grad=True)
    y = f(x.view(1, 2, 1, 1) if isinstance(f, nn.Softmax2d) else x).flatten()
    (grad,) = torch.autograd.grad(y[0], x)
    return y.tolist(), grad[0].item()


def cell(value: float, slope: float | None) -> str:
    return f"{number(value)} / {number(slope)}"


print("| Activation | Kinks and branch points (x: f / f′) | −0.0 | +0.0 | −∞ | +∞ | NaN (this build) |")
print("|---|---|---|---|---|---|---|")
signed_zero_differs, nan_slopes = [], {}
for name, page, f, kinks in ELEMENTWISE:
    at_kinks = "<br>".join(f"{number(k)}: {cell(*value_and_slope(f, k))}" for k in kinks) or "none"
    results = [value_and_slope(f, x) for x in EDGES]
    (neg_value, neg_slope), (pos_value, pos_slope) = results[0], results[1]
    if number(neg_value) != number(pos_value) or number(neg_slope) != number(pos_slope):
        signed_zero_differs.append(name)
    nan_slopes[name] = results[4][1]
    edges = " | ".join(cell(value, slope) for value, slope in results)
    print(f"| [{name}](activations/{page}.md) | {at_kinks} | {edges} |")

print()
if signed_zero_differs:
    print(f"−0.0 and +0.0 differ (value or gradient) for: {', '.join(signed_zero_differs)}.")
else:
    print("At −0.0 and at +0.0 every activation gives the same value and the same gradient (a zero "
          "result may carry either sign; the table prints it as 0).")
numbers = [f"{name.split(' (')[0]} {number(s)}" for name, s in nan_slopes.items() if s is not None and not math.isnan(s)]
print(f"At NaN, this build's autograd returned a number rather than NaN as the gradient of "
      f"{len(numbers)} of the {len(nan_slopes)} activations: {', '.join(numbers)}.")

print()
print("### Activations over a dimension")
print()
print("Each gets the input $(x, 0)$ (Softmax2d as two channels of one pixel); each cell shows the output / "
      "$\\partial y_1 / \\partial x$, the slope of the first output.")
print()
print("| Activation | −0.0 | +0.0 | −∞ | +∞ | NaN (this build) |")
print("|---|---|---|---|---|---|")
for name, page, f in VECTOR:
    cells = []
    for x in EDGES:
        values, slope = vector_at(f, x)
        shown = "(" + ", ".join(number(v) for v in values) + ")" if len(values) > 1 else number(values[0])
        cells.append(f"{shown} / {number(slope)}")
    print(f"| [{name}](activations/{page}.md) | {' | '.join(cells)} |")
