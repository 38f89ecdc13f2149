import inspect

import torch
from torch import nn

# One row per activation class in torch.nn (plus Binary Step, which has none). Formulas, derivatives
# and smoothness are written here; every other column is computed by torch below.
# (name, page, module or function, formula, derivative, order of continuity)
ELEMENTWISE = [
    ("Binary Step", "binary-step", lambda x: torch.heaviside(x, torch.ones_like(x)), r"$[x \ge 0]$", r"$0$ ($x \ne 0$)", "jump"),
    ("Threshold (θ = 0, v = −1)", "threshold", nn.Threshold(0.0, -1.0), r"$x$ if $x > \theta$ else $v$", r"$[x > \theta]$", "jump"),
    ("ReLU", "relu", nn.ReLU(), r"$\max(0, x)$", r"$[x > 0]$", "$C^0$"),
    ("Leaky ReLU", "leaky-relu", nn.LeakyReLU(), r"$\max(0, x) + \alpha \min(0, x)$", r"$1$ or $\alpha$", "$C^0$"),
    ("PReLU", "prelu", nn.PReLU(), r"$\max(0, x) + a \min(0, x)$, $a$ learned", r"$1$ or $a$", "$C^0$"),
    ("RReLU (eval)", "rrelu", nn.RReLU().eval(), r"$x$ or $\frac{l + u}{2} x$", r"$1$ or $\frac{l + u}{2}$", "$C^0$"),
    ("ReLU6", "relu6", nn.ReLU6(), r"$\min(\max(0, x), 6)$", r"$[0 < x < 6]$", "$C^0$"),
    ("Hardtanh", "hardtanh", nn.Hardtanh(), r"$\operatorname{clamp}(x, -1, 1)$", r"$[-1 < x < 1]$", "$C^0$"),
    ("ELU", "elu", nn.ELU(), r"$x$ or $\alpha (e^x - 1)$", r"$1$ or $\alpha e^x$", "$C^1$ ($\\alpha = 1$)"),
    ("CELU", "celu", nn.CELU(), r"$\max(0, x) + \min(0, \alpha (e^{x/\alpha} - 1))$", r"$1$ or $e^{x/\alpha}$", "$C^1$"),
    ("SELU", "selu", nn.SELU(), r"$\lambda x$ or $\lambda \alpha (e^x - 1)$", r"$\lambda$ or $\lambda \alpha e^x$", "$C^0$"),
    ("GELU", "gelu", nn.GELU(), r"$x \Phi(x)$", r"$\Phi(x) + x \varphi(x)$", r"$C^\infty$"),
    ("SiLU", "silu", nn.SiLU(), r"$x \sigma(x)$", r"$\sigma(x)(1 + x(1 - \sigma(x)))$", r"$C^\infty$"),
    ("Mish", "mish", nn.Mish(), r"$x \tanh(\operatorname{softplus}(x))$", "see page", r"$C^\infty$"),
    ("Hardswish", "hardswish", nn.Hardswish(), r"$x \operatorname{ReLU6}(x + 3) / 6$", "piecewise linear", "$C^0$"),
    ("Sigmoid", "sigmoid", nn.Sigmoid(), r"$\frac{1}{1 + e^{-x}}$", r"$\sigma(x)(1 - \sigma(x))$", r"$C^\infty$"),
    ("Hardsigmoid", "hardsigmoid", nn.Hardsigmoid(), r"$\operatorname{ReLU6}(x + 3) / 6$", r"$\frac{1}{6} [-3 < x < 3]$", "$C^0$"),
    ("Tanh", "tanh", nn.Tanh(), r"$\tanh(x)$", r"$1 - \tanh^2(x)$", r"$C^\infty$"),
    ("Softsign", "softsign", nn.Softsign(), r"$\frac{x}{1 + \lvert x \rvert}$", r"$\frac{1}{(1 + \lvert x \rvert)^2}$", "$C^1$"),
    ("Softplus", "softplus", nn.Softplus(), r"$\frac{1}{\beta} \log(1 + e^{\beta x})$", r"$\sigma(\beta x)$", r"$C^\infty$"),
    ("LogSigmoid", "log-sigmoid", nn.LogSigmoid(), r"$\log \sigma(x)$", r"$1 - \sigma(x)$", r"$C^\infty$"),
    ("Hardshrink", "hardshrink", nn.Hardshrink(), r"$x$ if $\lvert x \rvert > \lambda$ else $0$", r"$[\lvert x \rvert > \lambda]$", "jump"),
    ("Softshrink", "softshrink", nn.Softshrink(), r"$\operatorname{sign}(x) \max(\lvert x \rvert - \lambda, 0)$", r"$[\lvert x \rvert > \lambda]$", "$C^0$"),
    ("Tanhshrink", "tanhshrink", nn.Tanhshrink(), r"$x - \tanh(x)$", r"$\tanh^2(x)$", r"$C^\infty$"),
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
torch.manual_seed(0)
NORMAL = torch.randn(1_000_000, dtype=torch.float64)


def number(v: float) -> str:
    return f"{v:.4g}".replace("inf", "∞").replace("-", "−")


def defaults(module) -> str:
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


print("| Activation | Formula | Derivative | Smoothness | min … max on [−10⁴, 10⁴] | f(0) | f′(0) "
      "| Monotonic | Mean output, N(0, 1) input | ≈ identity near 0 | Parameters (defaults) | PyTorch |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
with torch.no_grad():
    for name, page, f, formula, derivative, smooth in ELEMENTWISE:
        if isinstance(f, nn.Module):
            f = f.double()  # PReLU's weight must match the float64 inputs
        y = f(WIDE)
        fine = f(FINE)
        steps = fine.diff()
        monotonic = "yes" if bool((steps >= 0).all() or (steps <= 0).all()) else "no"
        value_at_0 = f(torch.zeros(1, dtype=torch.float64)).item()
        with torch.enable_grad():
            slope = slope_at_zero(f)
        identity = "yes" if value_at_0 == 0 and slope == "1" else "no"
        print(f"| [{name}](activations/{page}.md) | {formula} | {derivative} | {smooth} "
              f"| {number(y.min().item())} … {number(y.max().item())} | {number(value_at_0)} | {slope} "
              f"| {monotonic} | {number(f(NORMAL).mean().item())} | {identity} | {defaults(f)} | {apis(name, f)} |")

print()
print("## Activations over a dimension")
print()
print("| Activation | Formula | Output for input zeros(4) (or zeros(1, 4, 1, 1)) | Parameters (defaults) | PyTorch |")
print("|---|---|---|---|---|")
for name, page, module, formula in VECTOR:
    zeros = torch.zeros(1, 4, 1, 1) if name == "Softmax2d" else torch.zeros(4)
    out = module(zeros).flatten().tolist()
    shown = "[" + ", ".join(number(v) for v in out) + "]"
    print(f"| [{name}](activations/{page}.md) | {formula} | {shown} | {defaults(module)} | {apis(name, module)} |")
