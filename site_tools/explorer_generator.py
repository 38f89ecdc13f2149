"""What the explorer page (docs/explorer.md) draws, computed by torch: run by hooks/explorer_data.py.

The activations it offers, their slider ranges and lines to copy are the `[explorer]` tables of the
registry (activations.toml), in its order.

Prints one JSON document with, for every activation the explorer offers,

- its parameters: torch's names and defaults, read from inspect.signature of the nn module, and the
  slider range of each (`ranges` in the registry; a torch upgrade that adds a parameter stops the
  build here, naming it);
- the PyTorch lines the reader can copy, as templates ("nn.ELU(alpha={alpha})");
- torch's value and autograd derivative, in float64, on a grid of x and of parameter settings: every
  combination of each slider's two ends, its default and a stop in between, with the kinks of each
  setting (0, ±3, ±6, each parameter value and its negative) among the x.

The softmax family and GLU (vector-valued) get torch's outputs for a few logit vectors and
temperatures. Standalone: `python site_tools/explorer_generator.py > torch_values.json`.
"""

import inspect
import itertools
import json
import math
import sys
from pathlib import Path

import torch
import torch.nn.functional as F  # noqa: F401 (the registry's torch code may use F)
from torch import nn

ROOT = str(Path(__file__).resolve().parents[1])
if ROOT not in sys.path:  # run as a script (alone, or by hooks/explorer_data.py): site_tools/ is a package of the root
    sys.path.insert(0, ROOT)
from site_tools import registry  # noqa: E402

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


def explorer_row(entry: dict) -> dict:
    """An entry's [explorer] table as a row: its slug, label (the nav title), nn class, slider ranges (as
    tuples), and, for an activation torch.nn does not name, its torch function `fn`, whose keyword
    parameters stand in for an nn class's signature."""
    row = {"slug": entry["slug"], "label": entry["name"], "cls": None, **entry["explorer"]}
    row["functional_name"] = entry.get("functional") or (row["cls"] or "").lower()  # F.<name>
    row["ranges"] = {name: tuple(spec) for name, spec in row.get("ranges", {}).items()}
    if "act2fn" in entry:
        row["fn"] = registry.function(entry, globals())
    return row


# One row per activation, in the site's nav order. slug: its page docs/activations/<slug>.md.
# ranges: each parameter's slider (min, max, step), or its choices. start: where a parameter with no
# default in torch starts. module / functional: the lines the reader copies; {name} is the value.
REGISTRY = registry.load()
ELEMENTWISE = [explorer_row(e) for e in registry.entries(REGISTRY, "elementwise") if "explorer" in e]

TEMPERATURE = {"name": "T", "min": 0.1, "max": 5.0, "step": 0.1, "default": 1.0}
LOGITS = [2.0, 1.0, 0.1, -1.0]  # the site's example logits (the Softmax page, the cheat sheet)
# {x}: the reader's logits as torch.tensor([...]); {T}: the temperature. dim=-1 is written out: nn.Softmax's
# default dim=None picks a dim implicitly, with a warning.
VECTOR = [explorer_row(e) for e in registry.entries(REGISTRY, "vector") if "explorer" in e]
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
    functional = row.get("functional") or f"F.{row['functional_name']}(x, {keywords})"
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
