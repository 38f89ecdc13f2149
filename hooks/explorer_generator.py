"""What the explorer page (docs/explorer.md) draws, computed by torch: run by hooks/explorer_data.py.

Prints one JSON document with, for every activation the explorer offers,

- its parameters: torch's names and defaults, read from inspect.signature of the nn module, and the
  slider range of each (`ranges` in ELEMENTWISE; a torch upgrade that adds a parameter stops the
  build here, naming it);
- the PyTorch lines the reader can copy, as templates ("nn.ELU(alpha={alpha})");
- torch's value and autograd derivative, in float64, on a grid of x and of parameter settings: every
  combination of each slider's two ends, its default and a stop in between, with the kinks of each
  setting (0, ±3, ±6, each parameter value and its negative) among the x.

The softmax family and GLU (vector-valued) get torch's outputs for a few logit vectors and
temperatures. Standalone: `python hooks/explorer_generator.py > torch_values.json`.
"""

import inspect
import itertools
import json
import math

import torch
from torch import nn

# Constructor parameters the explorer does not offer, each with its reason.
NOT_OFFERED = {
    "inplace": "changes memory, not the curve",
    "min_value": "deprecated alias of min_val (Hardtanh)",
    "max_value": "deprecated alias of max_val (Hardtanh)",
    "num_parameters": "PReLU: one learned slope per channel; the explorer draws one curve, so one slope",
    "device": "where the weight lives, not the curve",
    "dtype": "the weight's dtype, not the curve",
    "args": "no parameters (Sigmoid, Tanh, ... take *args, **kwargs)",
    "kwargs": "no parameters",
    "eps": "xIELU: the tiny negative cap (-1e-6) inside expm1, not a shape",
}


# Activations torch.nn does not name (transformers' ACT2FN), written in torch: their keyword parameters
# stand in for an nn class's signature (tests/test_from_scratch_models.py checks them against transformers).
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
    return torch.nn.functional.softplus(x).sqrt()


# One row per activation, in the site's nav order. slug: its page docs/activations/<slug>.md.
# ranges: each parameter's slider (min, max, step), or its choices. start: where a parameter with no
# default in torch starts. module / functional: the lines the reader copies; {name} is the value.
ELEMENTWISE = [
    dict(
        slug="binary-step",
        label="Binary Step",
        cls=None,
        functional="torch.heaviside(x, torch.tensor({values}))",
        ranges={"values": (0.0, 1.0, 0.05)},
        start={"values": 1.0},
        note="torch.heaviside(x, values): 1 for x > 0, 0 for x < 0, values at x = 0 (no default; this site "
        "uses 1). No f′: autograd raises for torch.heaviside (its slope is 0 away from 0, undefined at 0).",
    ),
    dict(slug="sigmoid", label="Sigmoid", cls="Sigmoid", functional="torch.sigmoid(x)"),
    dict(slug="tanh", label="Tanh", cls="Tanh", functional="torch.tanh(x)"),
    dict(slug="relu", label="ReLU", cls="ReLU", functional="F.relu(x)"),
    dict(slug="leaky-relu", label="Leaky ReLU", cls="LeakyReLU", ranges={"negative_slope": (0.0, 1.0, 0.01)}),
    dict(
        slug="prelu",
        label="PReLU",
        cls="PReLU",
        module="nn.PReLU(init={init})",
        functional="F.prelu(x, torch.tensor([{init}]))",
        ranges={"init": (-1.0, 1.0, 0.05)},
        note="init is the starting value of the learned slope a (PReLU's weight); training moves it.",
    ),
    dict(
        slug="rrelu",
        label="RReLU",
        cls="RReLU",
        functional="F.rrelu(x, lower={lower}, upper={upper}, training=False)",
        ranges={"lower": (0.0, 0.3, 0.005), "upper": (0.3, 1.0, 0.01)},
        note="Drawn in evaluation mode: the slope for x < 0 is (lower + upper) / 2. In training mode "
        "each element draws its own slope from U(lower, upper).",
    ),
    dict(slug="relu6", label="ReLU6", cls="ReLU6", functional="F.relu6(x)"),
    dict(
        slug="threshold",
        label="Threshold",
        cls="Threshold",
        ranges={"threshold": (-4.0, 4.0, 0.1), "value": (-4.0, 4.0, 0.1)},
        start={"threshold": 0.5, "value": -1.0},
        note="nn.Threshold has no defaults: the explorer starts at threshold 0.5, value -1, as on its page.",
    ),
    dict(
        slug="hardtanh",
        label="Hardtanh",
        cls="Hardtanh",
        ranges={"min_val": (-4.0, 0.0, 0.1), "max_val": (0.5, 8.0, 0.1)},
    ),
    dict(slug="elu", label="ELU", cls="ELU", ranges={"alpha": (0.0, 3.0, 0.05)}),
    dict(slug="celu", label="CELU", cls="CELU", ranges={"alpha": (0.1, 3.0, 0.05)}),
    dict(slug="selu", label="SELU", cls="SELU", functional="F.selu(x)"),
    dict(slug="gelu", label="GELU", cls="GELU", ranges={"approximate": ("none", "tanh")}),
    dict(slug="silu", label="SiLU (Swish)", cls="SiLU", functional="F.silu(x)"),
    dict(slug="mish", label="Mish", cls="Mish", functional="F.mish(x)"),
    dict(
        slug="softplus",
        label="Softplus",
        cls="Softplus",
        ranges={"beta": (0.1, 10.0, 0.1), "threshold": (0.5, 30.0, 0.5)},
        note="For beta·x > threshold Softplus returns x itself, so a small threshold shows a step.",
    ),
    dict(slug="hardsigmoid", label="Hardsigmoid", cls="Hardsigmoid", functional="F.hardsigmoid(x)"),
    dict(slug="hardswish", label="Hardswish", cls="Hardswish", functional="F.hardswish(x)"),
    dict(slug="softsign", label="Softsign", cls="Softsign", functional="F.softsign(x)"),
    dict(slug="log-sigmoid", label="LogSigmoid", cls="LogSigmoid", functional="F.logsigmoid(x)"),
    dict(slug="hardshrink", label="Hardshrink", cls="Hardshrink", ranges={"lambd": (0.0, 3.0, 0.05)}),
    dict(slug="softshrink", label="Softshrink", cls="Softshrink", ranges={"lambd": (0.0, 3.0, 0.05)}),
    dict(slug="tanhshrink", label="Tanhshrink", cls="Tanhshrink", functional="F.tanhshrink(x)"),
    dict(
        slug="quick-gelu",
        label="QuickGELU",
        cls=None,
        fn=quick_gelu,
        functional="x * torch.sigmoid(1.702 * x)",
        note="transformers' quick_gelu (CLIP): no torch.nn class, so the line is plain torch.",
    ),
    dict(slug="squared-relu", label="Squared ReLU", cls=None, fn=relu_squared, functional="torch.relu(x).square()"),
    dict(
        slug="xielu",
        label="xIELU",
        cls=None,
        fn=xielu,
        functional="torch.where(x > 0, {alpha_p} * x * x + {beta} * x, "
        "(torch.expm1(x.clamp(max=-1e-6)) - x) * {alpha_n} + {beta} * x)",
        ranges={"alpha_p": (0.0, 3.0, 0.05), "alpha_n": (0.0, 3.0, 0.05), "beta": (0.0, 2.0, 0.05)},
        note="transformers trains alpha_p and alpha_n (kept above 0 and above beta by a softplus); here they "
        "are plain numbers.",
    ),
    dict(
        slug="laplace",
        label="Laplace",
        cls=None,
        fn=laplace,
        functional="0.5 * (1 + torch.erf((x - {mu}) / ({sigma} * 2 ** 0.5)))",
        ranges={"mu": (-2.0, 2.0, 0.01), "sigma": (0.05, 2.0, 0.01)},
    ),
    dict(slug="sqrt-softplus", label="Sqrt-softplus", cls=None, fn=sqrt_softplus, functional="F.softplus(x).sqrt()"),
]
FUNCTIONAL_NAMES = {
    "LeakyReLU": "leaky_relu",
    "Hardtanh": "hardtanh",
    "Threshold": "threshold",
    "ELU": "elu",
    "CELU": "celu",
    "GELU": "gelu",
    "Softplus": "softplus",
    "Hardshrink": "hardshrink",
    "Softshrink": "softshrink",
}

TEMPERATURE = {"name": "T", "min": 0.1, "max": 5.0, "step": 0.1, "default": 1.0}
LOGITS = [2.0, 1.0, 0.1, -1.0]  # the site's example logits (the Softmax page, the cheat sheet)
# {x}: the reader's logits as torch.tensor([...]); {T}: the temperature. dim=-1 is written out: nn.Softmax's
# default dim=None picks a dim implicitly, with a warning.
VECTOR = [
    dict(
        slug="softmax",
        label="Softmax",
        cls="Softmax",
        module="nn.Softmax(dim=-1)({x} / {T})",
        functional="F.softmax({x} / {T}, dim=-1)",
        temperature=True,
    ),
    dict(
        slug="softmin",
        label="Softmin",
        cls="Softmin",
        module="nn.Softmin(dim=-1)({x} / {T})",
        functional="F.softmin({x} / {T}, dim=-1)",
        temperature=True,
    ),
    dict(
        slug="log-softmax",
        label="LogSoftmax",
        cls="LogSoftmax",
        module="nn.LogSoftmax(dim=-1)({x} / {T})",
        functional="F.log_softmax({x} / {T}, dim=-1)",
        temperature=True,
        note="Log-probabilities: every bar is at most 0; exp of them is Softmax.",
    ),
    dict(
        slug="softmax2d",
        label="Softmax2d",
        cls="Softmax2d",
        module="nn.Softmax2d()({x}.view(1, 4, 1, 1) / {T})",
        functional="F.softmax({x}.view(1, 4, 1, 1) / {T}, dim=-3)",
        temperature=True,
        note="Softmax2d normalises over the channels of each pixel: here the four logits are the four "
        "channels of a 1 × 1 image. It has no functional form; F.softmax over dim=-3 is the same.",
    ),
    dict(
        slug="glu",
        label="GLU",
        cls="GLU",
        module="nn.GLU(dim=-1)({x})",
        functional="F.glu({x}, dim=-1)",
        temperature=False,
        note="GLU halves the vector, a = (x₀, x₁) and b = (x₂, x₃), and returns a ⊙ σ(b): two outputs, not "
        "probabilities, and no temperature.",
    ),
]
VECTOR_CASES = [
    LOGITS,
    [0.0, 0.0, 0.0, 0.0],
    [3.0, -2.0, 0.5, 1.0],
    [20.0, -20.0, 5.0, -5.0],
    [-3.0, -3.0, -2.9, -50.0],
]
VECTOR_TEMPERATURES = [TEMPERATURE["min"], 0.5, TEMPERATURE["default"], TEMPERATURE["max"]]

X_GRID = [i / 4 for i in range(-32, 33)] + [-20.0, -12.0, 12.0, 20.0, -1e4, 1e4, -0.0]
SPECIAL_X = [0.0, -3.0, 3.0, -6.0, 6.0]  # kinks of ReLU, Hardsigmoid, Hardswish, ReLU6 ...


def parameters(row: dict) -> list[dict]:
    """torch's parameters of the row's nn module (names and defaults from inspect.signature), with
    their slider ranges."""
    ranges, start = row.get("ranges", {}), row.get("start", {})
    if "fn" in row:  # no nn module: the torch function's keyword parameters, after x
        signature = inspect.signature(row["fn"])
        names = {p.name: p.default for p in list(signature.parameters.values())[1:] if p.name not in NOT_OFFERED}
    elif row["cls"] is None:  # torch.heaviside: no module, so nothing to read a signature from
        names = {name: inspect.Parameter.empty for name in ranges}
    else:
        signature = inspect.signature(getattr(nn, row["cls"]))
        names = {p.name: p.default for p in signature.parameters.values() if p.name not in NOT_OFFERED}
    if set(names) != set(ranges):
        raise SystemExit(
            f"{row['cls'] or row['slug']}: torch's parameters {sorted(names)}, explorer ranges {sorted(ranges)}: "
            "give each of torch's parameters a range in ELEMENTWISE (or a reason in NOT_OFFERED)"
        )
    params = []
    for name, default in names.items():
        default = start[name] if default is inspect.Parameter.empty else default
        if isinstance(ranges[name][0], str):
            params.append({"name": name, "default": default, "choices": list(ranges[name])})
        else:
            low, high, step = ranges[name]
            params.append({"name": name, "default": float(default), "min": low, "max": high, "step": step})
    return params


def lines(row: dict, params: list[dict]) -> dict:
    names = [p["name"] for p in params]
    keywords = ", ".join(f"{name}={{{name}}}" for name in names)
    module = row.get("module") or (f"nn.{row['cls']}({keywords})" if row["cls"] else None)
    functional = row.get("functional") or f"F.{FUNCTIONAL_NAMES[row['cls']]}(x, {keywords})"
    return {"module": module, "functional": functional}


def slider_values(p: dict) -> list[float]:
    """A slider's two ends, its default and a stop about a third of the way along (as a browser gives it)."""
    stops = round((p["max"] - p["min"]) / p["step"])
    inner = round(p["min"] + (stops // 3) * p["step"], 10)
    return sorted({p["min"], inner, p["default"], p["max"]})


def settings(params: list[dict]) -> list[dict]:
    """Every combination of each parameter's slider values (or each choice)."""
    values = [p["choices"] if "choices" in p else slider_values(p) for p in params]
    return [dict(zip([p["name"] for p in params], combo)) for combo in itertools.product(*values)]


def torch_function(row: dict, setting: dict):
    """The activation at this setting as torch computes it in float64."""
    if "fn" in row:
        return lambda x: row["fn"](x, **setting)
    if row["cls"] is None:
        values = torch.tensor(setting["values"], dtype=torch.float64)
        return lambda x: torch.heaviside(x, values)
    if row["cls"] == "PReLU":  # float64 weight: nn.PReLU(init=0.3) would round it to float32
        return nn.PReLU(init=setting["init"], dtype=torch.float64)
    return getattr(nn, row["cls"])(**setting).eval()  # eval: RReLU's fixed slope (lower + upper) / 2


def x_points(setting: dict) -> list[float]:
    kinks = [v for value in setting.values() if isinstance(value, float) for v in (value, -value)]
    if "alpha_n" in setting:  # xIELU's negative piece caps x at -1e-6 inside expm1
        kinks += [-1e-6, -5e-7]
    if "threshold" in setting and "beta" in setting:
        kinks.append(setting["threshold"] / setting["beta"])  # Softplus switches to x at beta·x > threshold
    points = {(math.copysign(1, v), abs(v)): v for v in X_GRID + SPECIAL_X + kinks}  # keeps 0.0 and -0.0 apart
    return sorted(points.values())


def number(v: float):
    """JSON has no inf or nan: those become strings."""
    return v if math.isfinite(v) else ("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf"))


def has_derivative(row: dict) -> bool:
    return row["cls"] is not None or "fn" in row


def values_and_slopes(row: dict, setting: dict) -> dict:
    xs = x_points(setting)
    x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    y = torch_function(row, setting)(x)
    if not has_derivative(row):
        slope = None  # autograd: "derivative for aten::heaviside is not implemented"
    else:
        (grad,) = torch.autograd.grad(y.sum(), x)  # elementwise, so d(sum y)/dx_i = f'(x_i)
        slope = [number(v) for v in grad.tolist()]
    return {"params": setting, "x": xs, "f": [number(v) for v in y.detach().tolist()], "df": slope}


def vector_outputs(row: dict) -> list[dict]:
    cases = []
    for logits in VECTOR_CASES:
        for t in VECTOR_TEMPERATURES if row["temperature"] else [1.0]:
            x = torch.tensor(logits, dtype=torch.float64)
            if row["cls"] == "Softmax2d":
                out = nn.Softmax2d()(x.view(1, 4, 1, 1) / t).flatten()
            elif row["cls"] == "GLU":
                out = nn.GLU(dim=-1)(x)
            else:
                out = getattr(nn, row["cls"])(dim=-1)(x / t)
            cases.append({"logits": logits, "T": t, "out": [number(v) for v in out.tolist()]})
    return cases


def explorer_data() -> dict:
    elementwise = []
    for row in ELEMENTWISE:
        params = parameters(row)
        elementwise.append(
            {
                "slug": row["slug"],
                "label": row["label"],
                "module": row["cls"],
                "params": params,
                "lines": lines(row, params),
                "note": row.get("note", ""),
                "derivative": has_derivative(row),
                "values": [values_and_slopes(row, s) for s in settings(params)],
            }
        )
    vector = [
        {
            "slug": row["slug"],
            "label": row["label"],
            "module": row["cls"],
            "temperature": row["temperature"],
            "lines": {"module": row["module"], "functional": row["functional"]},
            "note": row.get("note", ""),
            "values": vector_outputs(row),
        }
        for row in VECTOR
    ]
    return {
        "torch": torch.__version__,
        "dtype": "float64",
        "elementwise": elementwise,
        "vector": {"logits": LOGITS, "temperature": TEMPERATURE, "activations": vector},
    }


print(json.dumps(explorer_data(), separators=(",", ":"), allow_nan=False))
