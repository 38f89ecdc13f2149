import inspect
import math  # noqa: F401 (the registry's code uses F and math)
import re
import tomllib
from pathlib import Path

import torch
import torch.nn.functional as F  # noqa: F401 (the registry's code uses F and math)
from torch import nn

# The activations come from the site's registry, activations.toml: one entry each, with its torch code
# (`nn.ReLU()`, or a lambda for one of transformers' ACT2FN that torch.nn does not name) and the columns
# written by hand: formula, derivative, smoothness and the true range (tests/test_formulas.py checks the
# range against the page and torch). Every other column is computed by torch below.
PROJECT = next(folder for folder in Path(__file__).resolve().parents if (folder / "activations.toml").is_file())
REGISTRY = tomllib.loads((PROJECT / "activations.toml").read_text(encoding="utf-8"))
FUNCTIONS = {a["slug"]: eval(a["torch"]) for a in REGISTRY["activation"] if "torch" in a}
# transformers' name for each function torch.nn does not name; torch.nn.functional's name where it is not
# the class's in lower case
ACT2FN_KEYS = {FUNCTIONS[a["slug"]]: a["act2fn"] for a in REGISTRY["activation"] if "act2fn" in a}
FUNCTIONAL = {a["slug"]: a["functional"] for a in REGISTRY["activation"] if "functional" in a}
# (name, page, module or function, formula, derivative, order of continuity, range)
ELEMENTWISE = [
    (a["cheat_sheet"].get("label", a["name"]), a["slug"], FUNCTIONS[a["slug"]], a["cheat_sheet"]["formula"],
     a["cheat_sheet"]["derivative"], a["cheat_sheet"]["smoothness"], a["cheat_sheet"]["range"])
    for a in REGISTRY["activation"] if a.get("kind", "elementwise") == "elementwise"
]
# Activations over a dimension: a vector in, a vector out. (name, page, module, formula)
VECTOR = [
    (a["cheat_sheet"].get("label", a["name"]), a["slug"], FUNCTIONS[a["slug"]], a["cheat_sheet"]["formula"])
    for a in REGISTRY["activation"] if a.get("kind") == "vector"
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


def apis(page: str, module) -> str:
    if module in ACT2FN_KEYS:
        return f'— (transformers: `ACT2FN["{ACT2FN_KEYS[module]}"]`)'
    if not isinstance(module, nn.Module):
        return "`torch.heaviside`"
    cls = type(module).__name__
    fn = FUNCTIONAL.get(page, cls.lower())
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
              f"| {defaults(f)} | {apis(page, f)} |")

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
              f"| {defaults(module)} | {apis(page, module)} |")
