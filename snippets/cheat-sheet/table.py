import inspect
import math
import re

import torch
import torch.nn.functional as F
from torch import nn


# Activations of transformers' ACT2FN that torch.nn does not name, written in torch (the build never
# imports transformers; tests/test_from_scratch_models.py checks each against it), their parameters
# as keyword defaults.
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


# transformers' name for each of them
ACT2FN_KEYS = {quick_gelu: "quick_gelu", relu_squared: "relu2", xielu: "xielu", laplace: "laplace",
               sqrt_softplus: "sqrtsoftplus"}

# One row per activation class in torch.nn (plus Binary Step, which has none, and the ACT2FN functions above). Formulas, derivatives,
# smoothness and the true range are written here (tests/test_formulas.py checks the range against the
# page and torch); every other column is computed by torch below.
# (name, page, module or function, formula, derivative, order of continuity, range)
ELEMENTWISE = [
    ("Binary Step", "binary-step", lambda x: torch.heaviside(x, torch.ones_like(x)), r"$[x \ge 0]$", r"$0$ ($x \ne 0$)", "jump", "{0, 1}"),
    ("Threshold (θ = 0, v = −1)", "threshold", nn.Threshold(0.0, -1.0), r"$x$ if $x > \theta$ else $v$", r"$[x > \theta]$", "jump", "{-1} ∪ (0, inf)"),
    ("ReLU", "relu", nn.ReLU(), r"$\max(0, x)$", r"$[x > 0]$", "$C^0$", "[0, inf)"),
    ("Leaky ReLU", "leaky-relu", nn.LeakyReLU(), r"$\max(0, x) + \alpha \min(0, x)$", r"$1$ or $\alpha$", "$C^0$", "(-inf, inf)"),
    ("PReLU", "prelu", nn.PReLU(), r"$\max(0, x) + a \min(0, x)$, $a$ learned", r"$1$ or $a$", "$C^0$", "(-inf, inf)"),
    ("RReLU (eval)", "rrelu", nn.RReLU().eval(), r"$x$ or $\frac{l + u}{2} x$", r"$1$ or $\frac{l + u}{2}$", "$C^0$", "(-inf, inf)"),
    ("ReLU6", "relu6", nn.ReLU6(), r"$\min(\max(0, x), 6)$", r"$[0 < x < 6]$", "$C^0$", "[0, 6]"),
    ("Hardtanh", "hardtanh", nn.Hardtanh(), r"$\operatorname{clamp}(x, -1, 1)$", r"$[-1 < x < 1]$", "$C^0$", "[-1, 1]"),
    ("ELU", "elu", nn.ELU(), r"$x$ or $\alpha (e^x - 1)$", r"$1$ or $\alpha e^x$", "$C^1$ ($\\alpha = 1$)", "(-1, inf)"),
    ("CELU", "celu", nn.CELU(), r"$\max(0, x) + \min(0, \alpha (e^{x/\alpha} - 1))$", r"$1$ or $e^{x/\alpha}$", "$C^1$", "(-1, inf)"),
    ("SELU", "selu", nn.SELU(), r"$\lambda x$ or $\lambda \alpha (e^x - 1)$", r"$\lambda$ or $\lambda \alpha e^x$", "$C^0$", "(-1.7580993408473766, inf)"),
    ("GELU", "gelu", nn.GELU(), r"$x \Phi(x)$", r"$\Phi(x) + x \varphi(x)$", r"$C^\infty$", "[-0.16997120747990366, inf)"),
    ("SiLU", "silu", nn.SiLU(), r"$x \sigma(x)$", r"$\sigma(x)(1 + x(1 - \sigma(x)))$", r"$C^\infty$", "[-0.2784645427610738, inf)"),
    ("Mish", "mish", nn.Mish(), r"$x \tanh(\operatorname{softplus}(x))$", "see page", r"$C^\infty$", "[-0.30884341301725043, inf)"),
    ("Hardswish", "hardswish", nn.Hardswish(), r"$x \operatorname{ReLU6}(x + 3) / 6$", "piecewise linear", "$C^0$", "[-0.375, inf)"),
    ("Sigmoid", "sigmoid", nn.Sigmoid(), r"$\frac{1}{1 + e^{-x}}$", r"$\sigma(x)(1 - \sigma(x))$", r"$C^\infty$", "(0, 1)"),
    ("Hardsigmoid", "hardsigmoid", nn.Hardsigmoid(), r"$\operatorname{ReLU6}(x + 3) / 6$", r"$\frac{1}{6} [-3 < x < 3]$", "$C^0$", "[0, 1]"),
    ("Tanh", "tanh", nn.Tanh(), r"$\tanh(x)$", r"$1 - \tanh^2(x)$", r"$C^\infty$", "(-1, 1)"),
    ("Softsign", "softsign", nn.Softsign(), r"$\frac{x}{1 + \lvert x \rvert}$", r"$\frac{1}{(1 + \lvert x \rvert)^2}$", "$C^1$", "(-1, 1)"),
    ("Softplus", "softplus", nn.Softplus(), r"$\frac{1}{\beta} \log(1 + e^{\beta x})$", r"$\sigma(\beta x)$", r"$C^\infty$", "(0, inf)"),
    ("LogSigmoid", "log-sigmoid", nn.LogSigmoid(), r"$\log \sigma(x)$", r"$1 - \sigma(x)$", r"$C^\infty$", "(-inf, 0)"),
    ("Hardshrink", "hardshrink", nn.Hardshrink(), r"$x$ if $\lvert x \rvert > \lambda$ else $0$", r"$[\lvert x \rvert > \lambda]$", "jump", "{0} ∪ (-inf, -0.5) ∪ (0.5, inf)"),
    ("Softshrink", "softshrink", nn.Softshrink(), r"$\operatorname{sign}(x) \max(\lvert x \rvert - \lambda, 0)$", r"$[\lvert x \rvert > \lambda]$", "$C^0$", "(-inf, inf)"),
    ("Tanhshrink", "tanhshrink", nn.Tanhshrink(), r"$x - \tanh(x)$", r"$\tanh^2(x)$", r"$C^\infty$", "(-inf, inf)"),
    ("QuickGELU", "quick-gelu", quick_gelu, r"$x \sigma(1.702 x)$", r"$\sigma(1.702 x)(1 + 1.702 x (1 - \sigma(1.702 x)))$", r"$C^\infty$", "[-0.16361018963636, inf)"),
    ("Squared ReLU", "squared-relu", relu_squared, r"$\max(0, x)^2$", r"$2 \max(0, x)$", "$C^1$", "[0, inf)"),
    ("xIELU", "xielu", xielu, r"$\alpha_p x^2 + \beta x$ or $\alpha_n (e^{\min(x, \epsilon)} - 1 - x) + \beta x$", r"$2 \alpha_p x + \beta$ or $\alpha_n (e^x - 1) + \beta$", r"$C^1$ (without $\epsilon$)", "[-0.20575122409649, inf)"),
    ("Laplace", "laplace", laplace, r"$\Phi\left(\frac{x - \mu}{\sigma}\right)$", r"$\frac{1}{\sigma} \varphi\left(\frac{x - \mu}{\sigma}\right)$", r"$C^\infty$", "(0, 1)"),
    ("Sqrt-softplus", "sqrt-softplus", sqrt_softplus, r"$\sqrt{\operatorname{softplus}(x)}$", r"$\frac{\sigma(x)}{2 \sqrt{\operatorname{softplus}(x)}}$", r"$C^\infty$", "(0, inf)"),
]
# Activations over a dimension: a vector in, a vector out.
VECTOR = [
    ("Softmax", "softmax", nn.Softmax(dim=-1), r"$\frac{e^{x_i}}{\sum_j e^{x_j}}$"),
    ("Softmin", "softmin", nn.Softmin(dim=-1), r"$\frac{e^{-x_i}}{\sum_j e^{-x_j}}$"),
    ("LogSoftmax", "log-softmax", nn.LogSoftmax(dim=-1), r"$x_i - \log \sum_j e^{x_j}$"),
    ("Softmax2d", "softmax2d", nn.Softmax2d(), "softmax over channels of $(N, C, H, W)$"),
    ("GLU", "glu", nn.GLU(), r"$a \otimes \sigma(b)$, $(a, b)$ = halves of $x$"),
]

WIDE = torch.linspace(-1e4, 1e4, 200_001, dtype=torch.float64)
FINE = torch.linspace(-10, 10, 20_001, dtype=torch.float64)
ENDS = torch.tensor([-1e4, 1e4], dtype=torch.float64)
NORMAL = torch.randn(1_000_000, dtype=torch.float64, generator=torch.Generator().manual_seed(0))


def number(v: float, digits: int = 4) -> str:
    return f"{v:.{digits}g}".replace("inf", "∞").replace("-", "−")


def interval(spec: str) -> str:
    """'[-0.16997120747990366, inf)' as '[−0.16997, ∞)': a range of ELEMENTWISE, to 5 digits."""
    return re.sub(r"-?(?:\d+\.?\d*|inf)", lambda m: number(float(m[0]), 5), spec)


def slope(f, x: torch.Tensor) -> torch.Tensor:
    """f'(x) from autograd; for a function autograd cannot differentiate (torch.heaviside), and where
    autograd gives NaN at a finite value (sqrt-softplus where softplus underflows to 0: inf * 0), the
    central difference with step 1e-6, which is exact on each flat piece."""
    x = x.clone().requires_grad_(True)
    difference = (f(x.detach() + 1e-6) - f(x.detach() - 1e-6)) / 2e-6
    try:
        with torch.enable_grad():
            (grad,) = torch.autograd.grad(f(x).sum(), x)
    except RuntimeError:
        return difference
    return torch.where(grad.isnan() & f(x.detach()).isfinite(), difference, grad)


def zero_centred(outputs: torch.Tensor) -> str:
    """Zero-centred: the mean output for standard-normal input (NORMAL) is 0 within 0.01."""
    mean = outputs.mean().item()
    return f"{'yes' if abs(mean) < 0.01 else 'no'} ({number(round(mean, 4) + 0.0)})"


def saturates(f) -> str:
    """Saturates: the slope tends to 0 at an end (which?); here |f'| < 1e-6 at x = -1e4, x = 1e4."""
    left, right = (abs(s) < 1e-6 for s in slope(f, ENDS).tolist())
    return {(False, False): "no", (True, False): "as x → −∞", (False, True): "as x → +∞", (True, True): "both ends"}[left, right]


def dead_zone(f) -> str:
    """Dead zone: f' is exactly 0 on an interval of nonzero length. Looked for on [-10, 10] in float64,
    where no slope here underflows: two neighbouring grid points with slope exactly 0."""
    zero = slope(f, FINE) == 0
    return "yes" if bool((zero[1:] & zero[:-1]).any()) else "no"


def defaults(module) -> str:
    if module in ACT2FN_KEYS:  # a function: its keyword parameters
        params = list(inspect.signature(module).parameters.values())[1:]
        return ", ".join(f"`{p.name}={p.default!r}`" for p in params) or "none"
    if not isinstance(module, nn.Module):
        return "—"
    # device/dtype (where to allocate) and Hardtanh's deprecated min_value/max_value are not the
    # activation's own parameters; *args/**kwargs mean the class takes none.
    skip = {"device", "dtype", "min_value", "max_value"}
    params = [
        p for p in inspect.signature(type(module)).parameters.values()
        if p.name not in skip and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    shown = [f"`{p.name}={p.default!r}`" for p in params if p.default is not inspect.Parameter.empty]
    required = [f"`{p.name}`" for p in params if p.default is inspect.Parameter.empty and p.name != "self"]
    return ", ".join(required + shown) or "none"


def apis(name: str, module) -> str:
    if module in ACT2FN_KEYS:
        return f'— (transformers: `ACT2FN["{ACT2FN_KEYS[module]}"]`)'
    if not isinstance(module, nn.Module):
        return "`torch.heaviside`"
    cls = type(module).__name__
    fn = {"SiLU": "silu", "GELU": "gelu", "GLU": "glu", "PReLU": "prelu", "RReLU": "rrelu", "CELU": "celu",
          "SELU": "selu", "ELU": "elu", "ReLU6": "relu6", "LeakyReLU": "leaky_relu", "LogSigmoid": "logsigmoid",
          "LogSoftmax": "log_softmax", "Softmax2d": None}.get(cls, cls.lower())
    found = [f"`nn.{cls}`"]
    if fn and hasattr(torch.nn.functional, fn):
        found.append(f"`F.{fn}`")
    if fn and hasattr(torch, fn) and not fn.startswith("_"):
        found.append(f"`torch.{fn}`")
    return ", ".join(found)


def slope_at_zero(f) -> str:
    x = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    try:
        (grad,) = torch.autograd.grad(f(x).sum(), x)
    except RuntimeError:
        return "none (no autograd)"
    return number(grad.item())


print("| Activation | Formula | Derivative | Smoothness | Range | Observed min … max, float64 grid on [−10⁴, 10⁴] "
      "| f(0) | f′(0) | Monotonic | Zero-centred (mean output, N(0, 1) input) | Saturates | Dead zone "
      "| ≈ identity near 0 | Parameters (defaults) | PyTorch |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
with torch.no_grad():
    for name, page, f, formula, derivative, smooth, range_ in ELEMENTWISE:
        if isinstance(f, nn.Module):
            f = f.double()  # PReLU's weight must match the float64 inputs
        y = f(WIDE)
        fine = f(FINE)
        steps = fine.diff()
        monotonic = "yes" if bool((steps >= 0).all() or (steps <= 0).all()) else "no"
        value_at_0 = f(torch.zeros(1, dtype=torch.float64)).item()
        with torch.enable_grad():
            slope_0 = slope_at_zero(f)
        identity = "yes" if value_at_0 == 0 and slope_0 == "1" else "no"
        print(f"| [{name}](activations/{page}.md) | {formula} | {derivative} | {smooth} | {interval(range_)} "
              f"| {number(y.min().item())} … {number(y.max().item())} | {number(value_at_0)} | {slope_0} "
              f"| {monotonic} | {zero_centred(f(NORMAL))} | {saturates(f)} | {dead_zone(f)} | {identity} "
              f"| {defaults(f)} | {apis(name, f)} |")

print()
print("## Activations over a dimension")
print()
print("| Activation | Formula | Output for input zeros(4) (or zeros(1, 4, 1, 1)) "
      "| Zero-centred (mean output, N(0, 1) input) | Parameters (defaults) | PyTorch |")
print("|---|---|---|---|---|---|")
with torch.no_grad():
    for name, page, module, formula in VECTOR:
        zeros = torch.zeros(1, 4, 1, 1) if name == "Softmax2d" else torch.zeros(4)
        out = module(zeros).flatten().tolist()
        shown = "[" + ", ".join(number(v) for v in out) + "]"
        # the same million standard-normal numbers, as 250 000 vectors of 4 along the activation's dim
        normal = NORMAL.reshape(-1, 4, 1, 1) if name == "Softmax2d" else NORMAL.reshape(-1, 4)
        print(f"| [{name}](activations/{page}.md) | {formula} | {shown} | {zero_centred(module(normal))} "
              f"| {defaults(module)} | {apis(name, module)} |")
