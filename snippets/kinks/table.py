import math

import torch
import torch.nn.functional as F
from torch import nn


# Activations of transformers' ACT2FN that torch.nn does not name, as the from-scratch code of their pages
# writes them (the build never imports transformers; tests/test_kinks.py checks these equal the pages'
# code, tests/test_from_scratch_models.py that code equal to transformers). xIELU at the pages' defaults
# alpha_p = alpha_n = 0.8 (transformers stores its parameters in bfloat16, which makes them 0.8008).
def quick_gelu(x):
    return x * torch.sigmoid(1.702 * x)


def relu_squared(x):
    return torch.relu(x).square()


def xielu(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    negative = (torch.expm1(torch.minimum(x, torch.as_tensor(eps, dtype=x.dtype))) - x) * alpha_n + beta * x
    return torch.where(x > 0, alpha_p * x * x + beta * x, negative)


def laplace(x, mu=0.707107, sigma=0.282095):
    return 0.5 * (1.0 + torch.erf((x - mu) / (sigma * math.sqrt(2.0))))


def sqrt_softplus(x):
    return F.softplus(x).sqrt()


# One row per activation of the site: (name, page, function, kinks and branch points).
# Classes with parameters use their defaults; Threshold (which has none) θ = 0.5, v = −1.
ELEMENTWISE = [
    ("Binary Step", "binary-step", lambda x: torch.heaviside(x, torch.ones_like(x)), [0.0]),
    ("Threshold (θ = 0.5, v = −1)", "threshold", nn.Threshold(0.5, -1.0), [0.5]),
    ("ReLU", "relu", nn.ReLU(), [0.0]),
    ("Leaky ReLU", "leaky-relu", nn.LeakyReLU(), [0.0]),
    ("PReLU", "prelu", nn.PReLU(), [0.0]),
    ("RReLU (eval)", "rrelu", nn.RReLU().eval(), [0.0]),
    ("ReLU6", "relu6", nn.ReLU6(), [0.0, 6.0]),
    ("Hardtanh", "hardtanh", nn.Hardtanh(), [-1.0, 1.0]),
    ("ELU", "elu", nn.ELU(), [0.0]),
    ("CELU", "celu", nn.CELU(), [0.0]),
    ("SELU", "selu", nn.SELU(), [0.0]),
    ("GELU", "gelu", nn.GELU(), []),
    ("SiLU", "silu", nn.SiLU(), []),
    ("Mish", "mish", nn.Mish(), []),
    ("Hardswish", "hardswish", nn.Hardswish(), [-3.0, 3.0]),
    ("Sigmoid", "sigmoid", nn.Sigmoid(), []),
    ("Hardsigmoid", "hardsigmoid", nn.Hardsigmoid(), [-3.0, 3.0]),
    ("Tanh", "tanh", nn.Tanh(), []),
    ("Softsign", "softsign", nn.Softsign(), []),
    ("Softplus", "softplus", nn.Softplus(), []),
    ("LogSigmoid", "log-sigmoid", nn.LogSigmoid(), []),
    ("Hardshrink (λ = 0.5)", "hardshrink", nn.Hardshrink(), [-0.5, 0.5]),
    ("Softshrink (λ = 0.5)", "softshrink", nn.Softshrink(), [-0.5, 0.5]),
    ("Tanhshrink", "tanhshrink", nn.Tanhshrink(), []),
    ("QuickGELU", "quick-gelu", quick_gelu, []),
    ("Squared ReLU", "squared-relu", relu_squared, [0.0]),
    ("xIELU", "xielu", xielu, [-1e-6, 0.0]),  # where the exponent's cap eps starts, and where the pieces meet
    ("Laplace", "laplace", laplace, []),
    ("Sqrt-softplus", "sqrt-softplus", sqrt_softplus, []),
]
# Activations over a dimension take a vector: each gets (x, 0), Softmax2d as 2 channels of 1 × 1.
VECTOR = [
    ("Softmax", "softmax", nn.Softmax(dim=-1)),
    ("Softmin", "softmin", nn.Softmin(dim=-1)),
    ("LogSoftmax", "log-softmax", nn.LogSoftmax(dim=-1)),
    ("Softmax2d", "softmax2d", nn.Softmax2d()),
    ("GLU", "glu", nn.GLU()),
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
