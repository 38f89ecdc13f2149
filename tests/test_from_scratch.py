"""Every hand-written implementation on the site matches torch in values and gradients, everywhere.

Each `snippets/*/from_scratch.py` and `snippets/*/autograd_function.py` (listed in IMPLS, or by its entry's
[from_scratch] table in activations.toml) is loaded with
`tests.snippet_defs.definitions` (its functions, classes and constants, not its demo) and its own
function, module or `torch.autograd.Function` is called next to the torch function it reimplements,
on the same input tensor, in float16, bfloat16, float32 and float64. The inputs reach the whole float
range: ±0, ±inf, ±max, ±tiny, the neighbours of every overflow threshold of `exp` (and of half and
twice it, where a parameter scales the exponent), the kinks, and a grid over [-20, 20]; functions of
a row (softmax, GLU, ...) get a random batch and every pair of those extremes as a row. Values and
gradients are compared with `torch.testing.assert_close` at the dtype's default tolerances (in half
precision widened by HALF_ULPS, see there), NaN and inf exactly; a failure lists the inputs where
they differ.

At a kink the gradient is a choice, and the site's implementations make PyTorch's choice: it must
match exactly, unless DELIBERATE lists the implementation with the reason and the phrase by which
the page says so right next to the code. ARTEFACTS lists the few inputs where torch's own result is
an accident of its kernel (inf * 0 and the like), which a snippet need not copy.

NaN stays out of the main grid: torch's own gradient at NaN depends on which CPU kernel runs. A
separate test checks that a NaN input gives what torch gives (NaN, except for the binary step).

Run it also under `ATEN_CPU_CAPABILITY=default OMP_NUM_THREADS=1` and `ATEN_CPU_CAPABILITY=avx2`,
the other kernels a CPU may pick; it passes on all of them.
"""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from site_tools import registry
from tests.shared import DOCS, SNIPPETS
from tests.snippet_defs import definitions

ACTIVATION_PAGES = DOCS / "activations"
DTYPES = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
INF = math.inf


@dataclass(frozen=True)
class Impl:
    file: str  # under snippets/
    name: str  # the function, module or autograd.Function the snippet defines
    call: Callable  # (snippet namespace, x, **params) -> output
    torch: Callable  # (x, **params) -> torch's output
    params: tuple[dict, ...] = ({},)
    kinks: Callable[..., tuple[float, ...]] = lambda **p: ()  # inputs where the slope jumps
    vector: bool = False  # maps a row along `dim` to a row: called with dim=0 and dim=1
    no_grad: str = ""  # why gradients are not compared
    artefacts: str = ""  # a key of ARTEFACTS: inputs where torch's own result is an accident
    leave_out: Callable | None = None  # (x, dtype) -> which rows of x the comparison skips, and why

    @property
    def id(self) -> str:
        return f"{self.file}:{self.name}"


def at(*points):
    return lambda **p: points


def infinite_times_underflow(rows: torch.Tensor, dtype) -> torch.Tensor:
    """GLU rows (a, b) with a = ±inf where float16's sigmoid(b) underflows to 0 (b < -17.3): a snippet
    that computes in float16 gets inf * 0 = NaN, torch computes in float32 and gets ±inf. Only an
    upcast would avoid it, which the snippet does not teach."""
    return (dtype == torch.float16) & rows[:, 0].isinf() & (torch.sigmoid(rows[:, 1]) == 0)


ALPHAS = tuple({"alpha": a} for a in (0.5, 1.0, 2.0))
LAMBDS = tuple({"lambd": lam} for lam in (0.25, 0.5, 1.0))
DIMS = ({"dim": 0}, {"dim": 1})

IMPLS = [
    Impl(
        "binary-step/from_scratch.py",
        "binary_step",
        lambda m, x: m["binary_step"](x),
        lambda x: torch.heaviside(x, torch.tensor(1.0, dtype=x.dtype)),
        kinks=at(0.0),
        no_grad="a step has no useful derivative: ours is not differentiable and torch.heaviside's backward is not implemented",
    ),
    Impl(
        "celu/from_scratch.py",
        "celu",
        lambda m, x, alpha: m["celu"](x, alpha),
        lambda x, alpha: F.celu(x, alpha),
        ALPHAS,
        at(0.0),
    ),
    Impl(
        "celu/autograd_function.py",
        "CELU",
        lambda m, x, alpha: m["CELU"].apply(x, alpha),
        lambda x, alpha: F.celu(x, alpha),
        ALPHAS,
        at(0.0),
    ),
    Impl(
        "elu/from_scratch.py",
        "elu",
        lambda m, x, alpha: m["elu"](x, alpha),
        lambda x, alpha: F.elu(x, alpha),
        ALPHAS,
        at(0.0),
    ),
    Impl(
        "elu/autograd_function.py",
        "ELU",
        lambda m, x, alpha: m["ELU"].apply(x, alpha),
        lambda x, alpha: F.elu(x, alpha),
        ALPHAS,
        at(0.0),
    ),
    Impl("gelu/from_scratch.py", "gelu", lambda m, x: m["gelu"](x), F.gelu, artefacts="gelu"),
    Impl(
        "gelu/from_scratch.py",
        "gelu_tanh",
        lambda m, x: m["gelu_tanh"](x),
        lambda x: F.gelu(x, approximate="tanh"),
        artefacts="gelu_tanh",
    ),
    Impl("gelu/autograd_function.py", "GELU", lambda m, x: m["GELU"].apply(x), F.gelu, artefacts="gelu"),
    Impl(
        "glu/from_scratch.py",
        "glu",
        lambda m, x, dim: m["glu"](x, dim),
        lambda x, dim: F.glu(x, dim),
        DIMS,
        vector=True,
        leave_out=infinite_times_underflow,
    ),
    Impl(
        "glu/autograd_function.py",
        "GLU",
        lambda m, x, dim: m["GLU"].apply(x, dim),
        lambda x, dim: F.glu(x, dim),
        DIMS,
        vector=True,
        leave_out=infinite_times_underflow,
    ),
    Impl(
        "hardshrink/from_scratch.py",
        "hardshrink",
        lambda m, x, lambd: m["hardshrink"](x, lambd),
        lambda x, lambd: F.hardshrink(x, lambd),
        LAMBDS,
        lambda lambd: (-lambd, lambd),
    ),
    Impl(
        "hardshrink/autograd_function.py",
        "Hardshrink",
        lambda m, x, lambd: m["Hardshrink"].apply(x, lambd),
        lambda x, lambd: F.hardshrink(x, lambd),
        LAMBDS,
        lambda lambd: (-lambd, lambd),
    ),
    Impl(
        "hardsigmoid/from_scratch.py",
        "hardsigmoid",
        lambda m, x: m["hardsigmoid"](x),
        F.hardsigmoid,
        kinks=at(-3.0, 3.0),
    ),
    Impl(
        "hardsigmoid/from_scratch.py",
        "hardsigmoid_linear",
        lambda m, x: m["hardsigmoid_linear"](x),
        F.hardsigmoid,
        kinks=at(-3.0, 3.0),
    ),
    Impl(
        "hardsigmoid/autograd_function.py",
        "Hardsigmoid",
        lambda m, x: m["Hardsigmoid"].apply(x),
        F.hardsigmoid,
        kinks=at(-3.0, 3.0),
    ),
    Impl(
        "hardswish/from_scratch.py",
        "hardswish",
        lambda m, x: m["hardswish"](x),
        F.hardswish,
        kinks=at(-3.0, 3.0),
        artefacts="hardswish",
    ),
    Impl(
        "hardswish/from_scratch.py",
        "hardswish_cases",
        lambda m, x: m["hardswish_cases"](x),
        F.hardswish,
        kinks=at(-3.0, 3.0),
        artefacts="hardswish",
    ),
    Impl(
        "hardswish/autograd_function.py",
        "Hardswish",
        lambda m, x: m["Hardswish"].apply(x),
        F.hardswish,
        kinks=at(-3.0, 3.0),
        artefacts="hardswish",
    ),
    Impl(
        "hardtanh/from_scratch.py",
        "hardtanh",
        lambda m, x, lo, hi: m["hardtanh"](x, lo, hi),
        lambda x, lo, hi: F.hardtanh(x, lo, hi),
        ({"lo": -1.0, "hi": 1.0}, {"lo": 0.0, "hi": 6.0}),
        lambda lo, hi: (lo, hi),
    ),
    Impl(
        "hardtanh/autograd_function.py",
        "Hardtanh",
        lambda m, x, lo, hi: m["Hardtanh"].apply(x, lo, hi),
        lambda x, lo, hi: F.hardtanh(x, lo, hi),
        ({"lo": -1.0, "hi": 1.0}, {"lo": 0.0, "hi": 6.0}),
        lambda lo, hi: (lo, hi),
    ),
    Impl(
        "leaky-relu/from_scratch.py",
        "leaky_relu",
        lambda m, x, slope: m["leaky_relu"](x, slope),
        lambda x, slope: F.leaky_relu(x, slope),
        ({"slope": 0.01}, {"slope": 0.2}),
        at(0.0),
    ),
    Impl(
        "leaky-relu/autograd_function.py",
        "LeakyReLU",
        lambda m, x, slope: m["LeakyReLU"].apply(x, slope),
        lambda x, slope: F.leaky_relu(x, slope),
        ({"slope": 0.01}, {"slope": 0.2}),
        at(0.0),
    ),
    Impl("log-sigmoid/from_scratch.py", "log_sigmoid", lambda m, x: m["log_sigmoid"](x), F.logsigmoid, kinks=at(0.0)),
    Impl(
        "log-sigmoid/autograd_function.py",
        "LogSigmoid",
        lambda m, x: m["LogSigmoid"].apply(x),
        F.logsigmoid,
        kinks=at(0.0),
    ),
    Impl(
        "log-softmax/from_scratch.py",
        "log_softmax",
        lambda m, x, dim: m["log_softmax"](x, dim),
        lambda x, dim: F.log_softmax(x, dim),
        DIMS,
        vector=True,
    ),
    Impl(
        "log-softmax/autograd_function.py",
        "LogSoftmax",
        lambda m, x, dim: m["LogSoftmax"].apply(x, dim),
        lambda x, dim: F.log_softmax(x, dim),
        DIMS,
        vector=True,
    ),
    Impl("mish/from_scratch.py", "mish", lambda m, x: m["mish"](x), F.mish),
    Impl("mish/autograd_function.py", "Mish", lambda m, x: m["Mish"].apply(x), F.mish),
    Impl(
        "prelu/from_scratch.py",
        "MyPReLU",
        lambda m, x, a: m["MyPReLU"](1, a).to(x.dtype)(x),
        lambda x, a: F.prelu(x, torch.tensor([a], dtype=x.dtype)),
        ({"a": 0.25}, {"a": -0.5}),
        at(0.0),
    ),
    Impl(
        "prelu/autograd_function.py",
        "PReLU",
        lambda m, x, a: m["PReLU"].apply(x, torch.tensor([a], dtype=x.dtype, requires_grad=True)),
        lambda x, a: F.prelu(x, torch.tensor([a], dtype=x.dtype)),
        ({"a": 0.25}, {"a": -0.5}),
        at(0.0),
    ),
    Impl("relu/from_scratch.py", "relu", lambda m, x: m["relu"](x), torch.relu, kinks=at(0.0)),
    Impl("relu/autograd_function.py", "ReLU", lambda m, x: m["ReLU"].apply(x), torch.relu, kinks=at(0.0)),
    Impl("relu6/from_scratch.py", "relu6", lambda m, x: m["relu6"](x), F.relu6, kinks=at(0.0, 6.0)),
    Impl(
        "rrelu/from_scratch.py",
        "rrelu",
        lambda m, x, lo, hi: m["rrelu"](x, lo, hi, training=False),
        lambda x, lo, hi: F.rrelu(x, lo, hi, training=False),
        ({"lo": 1 / 8, "hi": 1 / 3}, {"lo": 0.1, "hi": 0.5}),
        at(0.0),
    ),
    Impl("selu/from_scratch.py", "selu", lambda m, x: m["selu"](x), torch.selu, kinks=at(0.0)),
    Impl("sigmoid/from_scratch.py", "sigmoid", lambda m, x: m["sigmoid"](x), torch.sigmoid, kinks=at(0.0)),
    Impl("sigmoid/autograd_function.py", "Sigmoid", lambda m, x: m["Sigmoid"].apply(x), torch.sigmoid),
    Impl("silu/from_scratch.py", "silu", lambda m, x: m["silu"](x), F.silu),
    Impl("silu/from_scratch.py", "Swish", lambda m, x: m["Swish"]().to(x.dtype)(x), F.silu),
    Impl("silu/autograd_function.py", "SiLU", lambda m, x: m["SiLU"].apply(x), F.silu),
    Impl(
        "softmax/from_scratch.py",
        "softmax",
        lambda m, x, dim: m["softmax"](x, dim),
        lambda x, dim: torch.softmax(x, dim),
        DIMS,
        vector=True,
    ),
    Impl(
        "softmax/autograd_function.py",
        "Softmax",
        lambda m, x, dim: m["Softmax"].apply(x, dim),
        lambda x, dim: torch.softmax(x, dim),
        DIMS,
        vector=True,
    ),
    # Softmax2d works on the channel axis (-3): the row along `dim` becomes the channels of 1 x 1 pixels
    Impl(
        "softmax2d/from_scratch.py",
        "softmax2d",
        lambda m, x, dim: m["softmax2d"](x.movedim(dim, -1)[..., None, None]),
        lambda x, dim: nn.Softmax2d()(x.movedim(dim, -1)[..., None, None]),
        DIMS,
        vector=True,
    ),
    Impl(
        "softmin/from_scratch.py",
        "softmin",
        lambda m, x, dim: m["softmin"](x, dim),
        lambda x, dim: F.softmin(x, dim),
        DIMS,
        vector=True,
    ),
    Impl(
        "softplus/from_scratch.py",
        "softplus",
        lambda m, x, beta, th: m["softplus"](x, beta, th),
        lambda x, beta, th: F.softplus(x, beta, th),
        tuple({"beta": b, "th": 20.0} for b in (0.5, 1.0, 2.0, 5.0)) + ({"beta": 1.0, "th": 5.0},),
        lambda beta, th: (th / beta,),
    ),
    Impl(
        "softshrink/from_scratch.py",
        "softshrink",
        lambda m, x, lambd: m["softshrink"](x, lambd),
        lambda x, lambd: F.softshrink(x, lambd),
        LAMBDS,
        lambda lambd: (-lambd, 0.0, lambd),
    ),
    Impl(
        "softsign/from_scratch.py",
        "softsign",
        lambda m, x: m["softsign"](x),
        F.softsign,
        kinks=at(0.0),
        artefacts="softsign",
    ),
    Impl(
        "softsign/autograd_function.py",
        "Softsign",
        lambda m, x: m["Softsign"].apply(x),
        F.softsign,
        kinks=at(0.0),
        artefacts="softsign",
    ),
    Impl("tanh/from_scratch.py", "tanh_safe", lambda m, x: m["tanh_safe"](x), torch.tanh, kinks=at(0.0)),
    Impl("tanh/autograd_function.py", "Tanh", lambda m, x: m["Tanh"].apply(x), torch.tanh, kinks=at(0.0)),
    Impl("tanhshrink/from_scratch.py", "tanhshrink", lambda m, x: m["tanhshrink"](x), F.tanhshrink),
    Impl("tanhshrink/autograd_function.py", "Tanhshrink", lambda m, x: m["Tanhshrink"].apply(x), F.tanhshrink),
    Impl(
        "threshold/from_scratch.py",
        "threshold",
        lambda m, x, th, v: m["threshold"](x, th, v),
        lambda x, th, v: F.threshold(x, th, v),
        ({"th": 0.5, "v": -1.0}, {"th": 0.0, "v": 0.0}, {"th": -2.0, "v": 3.0}),
        lambda th, v: (th,),
    ),
]


def registry_impls() -> list[Impl]:
    """The hand-written functions the registry lists (activations.toml, an entry's [from_scratch] `name`: what
    make new-activation writes), each compared with its entry's torch code at its defaults, kinks included."""
    impls, names = [], {"torch": torch, "nn": nn, "F": F, "math": math}
    for entry in registry.entries(registry.load()):
        if "from_scratch" in entry:
            name, kinks = entry["from_scratch"]["name"], entry.get("kinks", {}).get("points", [])
            call = registry.function(entry, names)
            impls.append(
                Impl(f"{entry['slug']}/from_scratch.py", name, lambda m, x, n=name: m[n](x), call, kinks=at(*kinks))
            )
    return impls


IMPLS += registry_impls()

# What a listed file defines that is not compared with torch, and why.
NOT_COMPARED = {
    "rrelu/from_scratch.py:rrelu(training=True)": "draws its own random slopes, not those of torch's kernel; "
    "the snippet compares their distribution",
    "tanh/from_scratch.py:tanh_naive": "the naive formula, there to show that it overflows to NaN",
}

# What torch does not ship (transformers' ACT2FN, gated feed-forward blocks): file -> the test file that
# compares it with transformers (test_from_scratch_models.py on this file's inputs and comparison).
COMPARED_WITH_TRANSFORMERS = {
    "laplace/from_scratch.py": "test_from_scratch_models.py",
    "quick-gelu/from_scratch.py": "test_from_scratch_models.py",
    "sqrt-softplus/from_scratch.py": "test_from_scratch_models.py",
    "squared-relu/from_scratch.py": "test_from_scratch_models.py",
    "xielu/from_scratch.py": "test_from_scratch_models.py",
    "gated-ffn/from_scratch.py": "test_models.py",
}

# Implementations whose gradient at a kink deliberately differs from torch's: id -> (reason, the phrase
# the page puts within a few lines after the snippet's include).
CLAMP = "autograd's gradient of clamp is 1 at the bounds (the bound counts as inside), torch's is 0"
DELIBERATE = {
    "relu/from_scratch.py:relu": (CLAMP, "`clamp_min` has slope 1 at exactly 0"),
    "relu6/from_scratch.py:relu6": (
        CLAMP,
        "the gradient of `clamp` at the kinks does not (1 there, where ReLU6 has 0)",
    ),
    "hardtanh/from_scratch.py:hardtanh": (
        CLAMP,
        "autograd's gradient of `clamp` is 1 *at* the bounds, Hardtanh's is 0",
    ),
    "hardsigmoid/from_scratch.py:hardsigmoid": (
        CLAMP,
        "at the breakpoints $\\pm 3$ autograd gives both a slope of $\\frac{1}{6}$",
    ),
    "hardsigmoid/from_scratch.py:hardsigmoid_linear": (
        CLAMP,
        "at the breakpoints $\\pm 3$ autograd gives both a slope of $\\frac{1}{6}$",
    ),
    "hardswish/from_scratch.py:hardswish": (
        CLAMP,
        "the clamped product has slopes $-\\frac{1}{2}$ and $\\frac{3}{2}$ there",
    ),
    "tanh/from_scratch.py:tanh_safe": (
        "sign and abs have slope 0 at 0, so autograd through the safe form does too; "
        "the page's autograd.Function exists to fix that",
        "letting autograd differentiate the safe form instead gives slope 0 at $x = 0$",
    ),
}

# Inputs where torch's own result is an accident of how its kernel computes the function (inf / inf,
# inf * 0, an intermediate that overflows), not the function's value or its limit there. A snippet
# need not copy the accident; test_torch_artefacts_are_still_there checks that torch still makes it.
ARTEFACTS = {
    "hardswish": (
        ("-inf", "max"),
        "F.hardswish computes x * relu6(x + 3) / 6: -inf * 0 = NaN, and x * 6 overflows "
        "at the largest float to inf (float16 excepted: torch computes it in float32)",
    ),
    # not even torch agrees with itself here: its scalar path (the tail of a short tensor) gives inf and
    # the largest float, its vectorised loop NaN and inf
    "gelu": (
        ("inf", "max"),
        "F.gelu's vectorised kernel gives NaN at +inf (inf in float64) and, on AVX-512 CPUs, overflows to "
        "inf at the largest float32 and bfloat16",
    ),
    "gelu_tanh": (
        ("inf", "-inf", "max", "-max"),
        "F.gelu(approximate='tanh')'s backward cubes x: its gradient is "
        "NaN at ±inf and at ±max (float16 excepted, computed in float32); the slopes there are 1 and 0",
    ),
    "softsign": (
        ("inf", "-inf"),
        "F.softsign is x / (1 + |x|) differentiated by autograd: inf / inf = NaN at ±inf, "
        "value and gradient; the limits are ±1 with slope 0",
    ),
}


@cache
def namespace(file: str) -> dict:
    return definitions(SNIPPETS / file)


def cases(impls=IMPLS):
    return [
        pytest.param(
            impl, params, dtype, id=f"{impl.id}[{','.join(f'{k}={v:g}' for k, v in params.items())}]-{str(dtype)[6:]}"
        )
        for impl in impls
        for params in impl.params
        for dtype in DTYPES
    ]


# ---- the inputs ---------------------------------------------------------------------------------


def exp_thresholds(dtype) -> list[float]:
    """Where exp overflows, for every float dtype whose threshold this dtype can hold: log(max)."""
    limits = {math.log(torch.finfo(d).max) for d in DTYPES}
    return sorted(t for t in limits if t < torch.finfo(dtype).max)


def around(values, dtype, steps=2) -> torch.Tensor:
    """Each value and its `steps` nearest representable neighbours on either side, in dtype."""
    out = [torch.tensor(values, dtype=torch.float64).to(dtype)]
    for direction in (INF, -INF):
        v = out[0]
        for _ in range(steps):
            v = torch.nextafter(v, torch.full_like(v, direction))
            out.append(v)
    return torch.cat(out)


def extremes(dtype) -> torch.Tensor:
    """±0, ±inf, ±max, ±tiny and the neighbours of ±(half, once and twice) every exp threshold."""
    fi = torch.finfo(dtype)
    special = torch.tensor([0.0, -0.0, INF, -INF, fi.max, -fi.max, fi.tiny, -fi.tiny], dtype=dtype)
    near = [s * m * t for t in exp_thresholds(dtype) for m in (0.5, 1.0, 2.0) for s in (1, -1)]
    return torch.cat([special, around(near, dtype)])


def grid(dtype, kinks=()) -> torch.Tensor:
    """The extremes, the kinks and [-20, 20] in steps of 1/16 (exact in every dtype but bfloat16)."""
    line = torch.arange(-320, 321, dtype=torch.float64) / 16
    return torch.cat([extremes(dtype), torch.tensor(kinks, dtype=dtype), line.to(dtype)])


def named(names, dtype) -> torch.Tensor:
    """ "inf", "-inf", "max", "-max" as numbers of dtype."""
    fi = torch.finfo(dtype)
    values = {"inf": INF, "-inf": -INF, "max": fi.max, "-max": -fi.max}
    return torch.tensor([values[n] for n in names], dtype=dtype)


def vector_inputs(dtype, dim, leave_out=None) -> list[torch.Tensor]:
    """For a function of a row along dim: a random batch, and every pair of extremes as a row."""
    g = torch.Generator().manual_seed(0)
    small = (3 * torch.randn(4, 6, generator=g, dtype=torch.float64)).to(dtype)
    e = extremes(dtype)
    pairs = torch.stack(torch.meshgrid(e, e, indexing="ij"), dim=-1).reshape(-1, 2)
    if leave_out is not None:
        pairs = pairs[~leave_out(pairs, dtype)]
    return [small, pairs] if dim == 1 else [small, pairs.T.contiguous()]


# ---- comparing ----------------------------------------------------------------------------------

# torch.testing.assert_close's default tolerances (rtol, atol)
TOLERANCES = {
    torch.float16: (1e-3, 1e-5),
    torch.bfloat16: (1.6e-2, 1e-5),
    torch.float32: (1.3e-6, 1e-5),
    torch.float64: (1e-7, 1e-7),
}

# float16 and bfloat16 keep 11 and 8 significant bits, and torch's own kernels differ in where they
# round: a fused kernel (F.silu's backward) computes in float32 and rounds once, a composite one
# rounds every step (torch.sigmoid's backward uses its rounded output, so its float16 slope is exactly
# 0 from x = 7.6 on, and F.tanhshrink subtracts a rounded tanh). Two sound implementations then differ
# by a few units in the last place of the O(1) terms they combine, which near a zero of the result is
# far beyond the default tolerances, which are about one unit. So in half precision, outside the
# kinks, the test allows HALF_ULPS units of the dtype's epsilon at scale 1 + |torch's value| (rtol =
# atol = 2 eps: 0.002 in float16, 0.016 in bfloat16). NaN and inf are still compared exactly, so an
# overflow or a NaN gradient still fails. With 1 unit, Tanh, LogSoftmax and gelu_tanh fail by that.
HALF_ULPS = 2


def tolerances(dtype) -> tuple[float, float]:
    rtol, atol = TOLERANCES[dtype]
    if dtype in (torch.float16, torch.bfloat16):
        half = HALF_ULPS * torch.finfo(dtype).eps
        return max(rtol, half), max(atol, half)
    return rtol, atol


def assert_matches(what: str, x: torch.Tensor, ours: torch.Tensor, torchs: torch.Tensor, tol=None, dim=None):
    rtol, atol = tol or tolerances(torchs.dtype)
    try:
        torch.testing.assert_close(ours, torchs, equal_nan=True, rtol=rtol, atol=atol)
    except AssertionError as error:
        if ours.shape != torchs.shape or ours.dtype != torchs.dtype:
            raise AssertionError(f"{what}: {error}") from None
        a, b = ours.detach().double(), torchs.detach().double()
        close = torch.isclose(a, b, rtol=rtol, atol=atol, equal_nan=True)
        if dim is None:  # element-wise: one line per input
            rows = [
                f"  x = {xi:.7g}: ours {ai:.7g}, torch {bi:.7g}"
                for xi, ai, bi in zip(x.detach().double()[~close].tolist(), a[~close].tolist(), b[~close].tolist())
            ]
        else:  # a function of rows: one line per row that differs anywhere
            xs, a, b, close = (t.movedim(dim, -1).reshape(-1, t.shape[dim]) for t in (x.detach().double(), a, b, close))
            bad = ~close.all(dim=-1)
            rows = [
                f"  row {xi}: ours {ai}, torch {bi}"
                for xi, ai, bi in zip(xs[bad].tolist(), a[bad].tolist(), b[bad].tolist())
            ]
        listed = "\n".join(rows[:20]) + (f"\n  ... and {len(rows) - 20} more" if len(rows) > 20 else "")
        raise AssertionError(f"{what} differs from torch at {len(rows)} inputs:\n{listed}\n\n{error}") from None


def compare(impl: Impl, params: dict, x: torch.Tensor, grad_tol=None, check_grad=True):
    """Values and gradients of the snippet and of torch, both computed on the same tensor x; grad_tol
    is (rtol, atol) for the gradients if not the usual."""
    m = namespace(impl.file)
    kw = {k: v for k, v in params.items() if k != "dim"}
    dim = params.get("dim")
    x = x.detach().requires_grad_(check_grad and not impl.no_grad)
    call = (lambda f: f(x, dim=dim, **kw)) if impl.vector else (lambda f: f(x, **kw))
    ours, torchs = call(lambda *a, **k: impl.call(m, *a, **k)), call(impl.torch)
    assert_matches(f"{impl.id} value", x, ours, torchs, dim=dim)
    if not x.requires_grad:
        return
    if impl.vector:  # a softmax sums to the constant 1: weigh the outputs, by at most 1 as y.sum() does
        g = torch.rand(ours.shape, generator=torch.Generator().manual_seed(1), dtype=torch.float64) * 2 - 1
        g = g.to(x.dtype)
        (ours_grad,), (torch_grad,) = torch.autograd.grad(ours, x, g), torch.autograd.grad(torchs, x, g)
    else:
        (ours_grad,), (torch_grad,) = torch.autograd.grad(ours.sum(), x), torch.autograd.grad(torchs.sum(), x)
    assert_matches(f"{impl.id} gradient", x, ours_grad, torch_grad, tol=grad_tol, dim=dim)


# ---- the tests ----------------------------------------------------------------------------------


def test_every_hand_written_snippet_is_listed():
    files = sorted(
        p.relative_to(SNIPPETS).as_posix()
        for pattern in ("*/from_scratch.py", "*/autograd_function.py")
        for p in SNIPPETS.glob(pattern)
    )
    listed = (
        {impl.file for impl in IMPLS} | {key.split(":")[0] for key in NOT_COMPARED} | set(COMPARED_WITH_TRANSFORMERS)
    )
    missing = [f for f in files if f not in listed]
    assert not missing, (
        f"add these to IMPLS (or NOT_COMPARED, with the reason) in {Path(__file__).name}, or a [from_scratch] table "
        f"to their entry in activations.toml: {missing}"
    )
    assert listed <= set(files), f"listed but not found under snippets/: {sorted(listed - set(files))}"
    for impl in IMPLS:
        assert impl.name in namespace(impl.file), f"{impl.file} defines no {impl.name}"
    unknown = set(DELIBERATE) - {impl.id for impl in IMPLS}
    assert not unknown, f"DELIBERATE names implementations that IMPLS does not list: {unknown}"


@pytest.mark.parametrize("impl, params, dtype", cases())
def test_values_and_gradients_match_torch(impl, params, dtype):
    if impl.vector:
        for x in vector_inputs(dtype, params["dim"], impl.leave_out):
            compare(impl, params, x)
    else:
        kinks = impl.kinks(**params)
        x = grid(dtype, () if impl.id in DELIBERATE else kinks)
        if impl.id in DELIBERATE:  # the kinks' own test checks their values
            x = x[~torch.isin(x, torch.tensor(kinks, dtype=dtype))]
        if impl.artefacts:
            x = x[~torch.isin(x, named(ARTEFACTS[impl.artefacts][0], dtype))]
        compare(impl, params, x)


@pytest.mark.parametrize("impl, params, dtype", cases([i for i in IMPLS if i.kinks(**i.params[0])]))
def test_gradient_at_the_kinks_is_torchs_choice(impl, params, dtype):
    """Exact in float32 and float64; in half precision a constant factor such as SELU's lambda * alpha
    is rounded on the way (1.75 for torch's 1.758 in bfloat16), so there within the default tolerance."""
    x = torch.tensor(impl.kinks(**params), dtype=dtype)
    exact = (0.0, 0.0) if dtype in (torch.float32, torch.float64) else TOLERANCES[dtype]
    if impl.id not in DELIBERATE:
        compare(impl, params, x, grad_tol=exact)
        return
    compare(impl, params, x, check_grad=False)
    with pytest.raises(AssertionError):  # a declaration that is no longer true must go
        compare(impl, params, x, grad_tol=exact)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d)[6:])
def test_prelu_slope_gradients_match_torch(dtype):
    """PReLU's slope is learned: its gradient, min(0, x), must match torch's as well, input by input."""
    x = grid(dtype, (0.0,))
    weight = torch.full((len(x),), 0.25, dtype=dtype, requires_grad=True)  # one channel per input
    (torchs,) = torch.autograd.grad(F.prelu(x[None], weight).sum(), weight)
    module = namespace("prelu/from_scratch.py")["MyPReLU"](len(x), 0.25).to(dtype)
    (ours,) = torch.autograd.grad(module(x[None]).sum(), module.weight)
    assert_matches("prelu/from_scratch.py:MyPReLU slope gradient", x, ours, torchs)
    function = namespace("prelu/autograd_function.py")["PReLU"]  # one slope for all: an input at a time
    a = torch.tensor([0.25], dtype=dtype, requires_grad=True)
    ours = torch.cat([torch.autograd.grad(function.apply(xi[None], a).sum(), a)[0] for xi in x])
    assert_matches("prelu/autograd_function.py:PReLU slope gradient", x, ours, torchs)


@pytest.mark.parametrize("impl, params, dtype", cases())
def test_nan_in_gives_what_torch_gives(impl, params, dtype):
    """NaN in, NaN out (torch.heaviside alone maps NaN to 0). Only values: see the module docstring."""
    if impl.vector:
        x = torch.tensor([[math.nan, 1.0], [1.0, math.nan], [0.0, 1.0]], dtype=dtype)
        x = x if params["dim"] == 1 else x.T
    else:
        x = torch.tensor([math.nan, 0.0, 1.0], dtype=dtype)
    compare(impl, params, x, check_grad=False)


@pytest.mark.parametrize("key", sorted(ARTEFACTS))
def test_torch_artefacts_are_still_there(key):
    """Each input ARTEFACTS lists gives torch a non-finite value or gradient in some dtype (in a
    tensor long enough for the vectorised loop)."""
    names, reason = ARTEFACTS[key]
    impl = next(i for i in IMPLS if i.artefacts == key)
    finite = []
    for name in names:
        results = []
        for dtype in DTYPES:
            x = named([name] * 64, dtype).requires_grad_()
            y = impl.torch(x, **impl.params[0])
            results += [y, torch.autograd.grad(y.sum(), x)[0]]
        if all(r.isfinite().all() for r in results):
            finite.append(name)
    # Some of these accidents depend on the CPU's kernel (GELU at the largest float overflows on AVX-512,
    # not on AVX2): an entry is stale only when torch is finite at every input it lists, here.
    assert finite != list(names), f"torch is now finite at {names}: drop ARTEFACTS[{key!r}]"


@pytest.mark.parametrize("impl_id", sorted(DELIBERATE))
def test_deliberate_choices_are_stated_next_to_the_code(impl_id):
    file = impl_id.split(":")[0]
    reason, phrase = DELIBERATE[impl_id]
    lines = (ACTIVATION_PAGES / f"{file.split('/')[0]}.md").read_text(encoding="utf-8").splitlines()
    include = f'--8<-- "snippets/{file}"'
    at_line = next(i for i, line in enumerate(lines) if line.strip() == include)
    after = re.sub(r"\s+", " ", " ".join(lines[at_line + 1 : at_line + 16]))
    assert phrase in after, f"the page should say, right after including {file}: {phrase!r} ({reason})"
