"""What a page states about an activation is what torch computes.

For each page: its formula and derivative (as LaTeX, which must appear on the page verbatim, and
as a torch transcription of that LaTeX) are compared with the PyTorch function and with autograd on
a grid that includes the extremes; the value and slope at 0, the range and the parameter defaults
the page states are compared with torch and `inspect.signature`.
"""

import inspect
import math
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import torch
from torch import nn

from tests.shared import DOCS, EXTREMES, SNIPPETS
from tests.snippet_defs import definitions

INF, NAN = math.inf, math.nan
SELU_ALPHA = 1.6732632423543772848170429916717  # aten's SELU_ALPHA, the paper's value
SELU_LAMBDA = 1.0507009873554804934193349852946  # aten's SELU_SCALE

GRID = torch.cat([torch.tensor(EXTREMES, dtype=torch.float64), torch.linspace(-20, 20, 4001, dtype=torch.float64)])
WIDE = torch.linspace(-1e4, 1e4, 200_001, dtype=torch.float64)
FAR = torch.tensor([-1e8, 1e8], dtype=torch.float64)  # so a slowly growing end (0.01 x) still passes ±1e3
NEAR = torch.linspace(-3, 0, 300_001, dtype=torch.float64)  # finds the minimum of SiLU, Mish, GELU ... to 1e-6


@dataclass
class Claims:
    page: str
    torch_fn: Callable[[torch.Tensor], torch.Tensor]
    formula: str  # LaTeX, as on the page
    f: Callable[[torch.Tensor], torch.Tensor]  # that formula, transcribed into torch
    derivative: str
    df: Callable[[torch.Tensor], torch.Tensor]
    value_at_0: float
    slope_at_0: float
    range_: tuple[float, float]  # the bounds of the range; ±inf for an unbounded end
    defaults: dict[tuple[Callable, str], object] = field(default_factory=dict)  # shown as `name=value`
    atol: float = 0.0  # absolute tolerance of the formula and derivative checks; 0 unless the entry says why


CLAIMS = [
    Claims(
        page="activations/relu.md",
        torch_fn=torch.relu,
        formula=r"\operatorname{ReLU}(x) = \max(0, x)",
        f=lambda x: torch.maximum(torch.zeros_like(x), x),
        derivative="\\begin{cases}\n0 & x \\le 0 \\\\\n1 & \\text{otherwise}\n\\end{cases}",
        df=lambda x: torch.where(x <= 0, 0.0, 1.0).to(x.dtype),
        value_at_0=0.0,
        slope_at_0=0.0,
        range_=(0.0, INF),
        defaults={(nn.ReLU, "inplace"): False, (torch.nn.functional.relu, "inplace"): False},
    ),
    Claims(
        page="activations/leaky-relu.md",
        torch_fn=torch.nn.functional.leaky_relu,
        formula=r"\operatorname{LeakyReLU}(x) = \max(0, x) + \alpha \min(0, x)",
        # 0.01 as a float64 tensor: a Python float pair would make a float32 0.009999999776
        f=lambda x: torch.maximum(torch.zeros_like(x), x) + 0.01 * torch.minimum(torch.zeros_like(x), x),
        derivative="\\begin{cases}\n1 & x > 0 \\\\\n\\alpha & \\text{otherwise}\n\\end{cases}",
        df=lambda x: torch.where(x > 0, 1.0, torch.full_like(x, 0.01)),
        value_at_0=0.0,
        slope_at_0=0.01,
        range_=(-INF, INF),
        defaults={
            (nn.LeakyReLU, "negative_slope"): 0.01,
            (nn.LeakyReLU, "inplace"): False,
            (torch.nn.functional.leaky_relu, "negative_slope"): 0.01,
            (torch.nn.functional.leaky_relu, "inplace"): False,
        },
    ),
    Claims(
        page="activations/tanh.md",
        torch_fn=torch.tanh,
        formula=r"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
        # the same formula divided through by e^{|x|}, so that ±1e4 and ±inf do not become inf / inf = nan
        f=lambda x: torch.sign(x) * -torch.expm1(-2 * x.abs()) / (2 + torch.expm1(-2 * x.abs())),
        derivative=r"\tanh'(x) = 1 - \tanh^2(x)",
        # 1 - tanh^2 factored as (1 - tanh)(1 + tanh): what autograd's vectorised kernel computes
        df=lambda x: (1 - torch.tanh(x)) * (1 + torch.tanh(x)),
        value_at_0=0.0,
        slope_at_0=1.0,
        range_=(-1.0, 1.0),
        # torch's scalar kernels (ATEN_CPU_CAPABILITY=default, or a tensor's tail) round tanh and its
        # backward differently in the last bit; where tanh is near ±1, 1 - tanh^2 cancels, and that bit
        # becomes up to 5.5e-17 absolute (3.7e-9 relative)
        atol=1e-15,
        # nn.RNN's signature is (*args, **kwargs); the default sits on its typed overload
        defaults={(typing.get_overloads(nn.RNN.__init__)[0], "nonlinearity"): "tanh"},
    ),
    Claims(
        page="activations/sigmoid.md",
        torch_fn=torch.sigmoid,
        formula=r"\sigma(x) = \frac{1}{1 + e^{-x}}",
        f=lambda x: 1 / (1 + torch.exp(-x)),
        derivative=r"\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)",
        df=lambda x: (1 / (1 + torch.exp(-x))) * (1 - 1 / (1 + torch.exp(-x))),
        value_at_0=0.5,
        slope_at_0=0.25,
        range_=(0.0, 1.0),
        defaults={},  # nn.Sigmoid() and F.sigmoid(input) take no options
    ),
    Claims(
        page="activations/rrelu.md",
        # evaluation mode: the deterministic function (training=False is also F.rrelu's default)
        torch_fn=lambda x: torch.nn.functional.rrelu(x, training=False),
        formula=r"\operatorname{RReLU}_{\text{eval}}(x) = \max(0, x) + \frac{l + u}{2} \min(0, x)",
        f=lambda x: torch.maximum(torch.zeros_like(x), x) + (1 / 8 + 1 / 3) / 2 * torch.minimum(torch.zeros_like(x), x),
        derivative="\\begin{cases}\n1 & x > 0 \\\\\n\\frac{l + u}{2} & \\text{otherwise}\n\\end{cases}",
        df=lambda x: torch.where(x > 0, 1.0, torch.full_like(x, (1 / 8 + 1 / 3) / 2)),
        value_at_0=0.0,
        slope_at_0=(1 / 8 + 1 / 3) / 2,
        range_=(-INF, INF),
        defaults={
            (nn.RReLU, "lower"): 0.125,
            (nn.RReLU, "upper"): 0.3333333333333333,
            (nn.RReLU, "inplace"): False,
            (torch.nn.functional.rrelu, "lower"): 0.125,
            (torch.nn.functional.rrelu, "upper"): 0.3333333333333333,
            (torch.nn.functional.rrelu, "training"): False,
            (torch.nn.functional.rrelu, "inplace"): False,
        },
    ),
    Claims(
        page="activations/prelu.md",
        # the function at its initial slope init=0.25; F.prelu takes the slope as a tensor
        torch_fn=lambda x: torch.nn.functional.prelu(x, torch.tensor([0.25], dtype=x.dtype)),
        formula=r"\operatorname{PReLU}(x) = \max(0, x) + a \min(0, x)",
        f=lambda x: torch.maximum(torch.zeros_like(x), x) + 0.25 * torch.minimum(torch.zeros_like(x), x),
        derivative="\\begin{cases}\n1 & x > 0 \\\\\na & \\text{otherwise}\n\\end{cases}",
        df=lambda x: torch.where(x > 0, 1.0, torch.full_like(x, 0.25)),
        value_at_0=0.0,
        slope_at_0=0.25,
        range_=(-INF, INF),
        defaults={(nn.PReLU, "num_parameters"): 1, (nn.PReLU, "init"): 0.25},
    ),
    Claims(
        page="activations/relu6.md",
        torch_fn=torch.nn.functional.relu6,
        formula=r"\operatorname{ReLU6}(x) = \min(\max(0, x), 6)",
        f=lambda x: torch.minimum(torch.maximum(torch.zeros_like(x), x), torch.full_like(x, 6.0)),
        derivative="\\begin{cases}\n1 & 0 < x < 6 \\\\\n0 & \\text{otherwise}\n\\end{cases}",
        # NaN fails both comparisons, so it gets 0: what autograd returns for the grid's NaN, which the
        # vectorised CPU loop handles (a lone NaN, in the scalar loop, gets 1; see the Hardtanh page)
        df=lambda x: torch.where((x > 0) & (x < 6), 1.0, 0.0).to(x.dtype),
        value_at_0=0.0,
        slope_at_0=0.0,
        range_=(0.0, 6.0),
        defaults={(nn.ReLU6, "inplace"): False, (torch.nn.functional.relu6, "inplace"): False},
    ),
    Claims(
        page="activations/threshold.md",
        # threshold and value have no defaults: checked with theta = 0.5, v = -1.0, as the page states
        torch_fn=lambda x: torch.nn.functional.threshold(x, 0.5, -1.0),
        formula="\\operatorname{Threshold}(x) =\n\\begin{cases}\nv & x \\le \\theta \\\\\nx & \\text{otherwise}\n\\end{cases}",
        # "v where x <= theta, else x": NaN fails the comparison and stays NaN, as in torch
        f=lambda x: torch.where(x <= 0.5, torch.full_like(x, -1.0), x),
        derivative="\\begin{cases}\n0 & x \\le \\theta \\\\\n1 & \\text{otherwise}\n\\end{cases}",
        df=lambda x: torch.where(x <= 0.5, 0.0, 1.0).to(x.dtype),
        value_at_0=-1.0,
        slope_at_0=0.0,
        range_=(-1.0, INF),
        defaults={(nn.Threshold, "inplace"): False, (torch.nn.functional.threshold, "inplace"): False},
    ),
    Claims(
        page="activations/hardtanh.md",
        torch_fn=torch.nn.functional.hardtanh,
        formula=r"\operatorname{Hardtanh}(x) = \min(\max(x, a), b)",
        f=lambda x: torch.minimum(torch.maximum(x, torch.full_like(x, -1.0)), torch.full_like(x, 1.0)),
        derivative="\\begin{cases}\n1 & a < x < b \\\\\n0 & \\text{otherwise}\n\\end{cases}",
        # as for ReLU6 (the same kernel): NaN gets 0, as in the vectorised loop that handles the grid's NaN
        df=lambda x: torch.where((x > -1) & (x < 1), 1.0, 0.0).to(x.dtype),
        value_at_0=0.0,
        slope_at_0=1.0,
        range_=(-1.0, 1.0),
        defaults={
            (nn.Hardtanh, "min_val"): -1.0,
            (nn.Hardtanh, "max_val"): 1.0,
            (nn.Hardtanh, "inplace"): False,
            (torch.nn.functional.hardtanh, "min_val"): -1.0,
            (torch.nn.functional.hardtanh, "max_val"): 1.0,
            (torch.nn.functional.hardtanh, "inplace"): False,
        },
    ),
    Claims(
        page="activations/silu.md",
        torch_fn=torch.nn.functional.silu,
        formula=r"\operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}",
        # the right-hand form, as PyTorch's kernel computes it; at -inf it is -inf / inf = nan, like torch
        f=lambda x: x / (1 + torch.exp(-x)),
        derivative=r"\operatorname{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)",
        # at ±inf this is nan (0 * -inf and inf * 0), as autograd returns
        df=lambda x: torch.sigmoid(x) * (1 + x * (1 - torch.sigmoid(x))),
        value_at_0=0.0,
        slope_at_0=0.5,
        # the minimum -W(1/e) = -0.27846454276107379..., at x = -1 - W(1/e) (snippets/silu/minimum.py)
        range_=(-0.2784645427610738, INF),
        defaults={(nn.SiLU, "inplace"): False, (torch.nn.functional.silu, "inplace"): False},
    ),
    Claims(
        page="activations/mish.md",
        torch_fn=torch.nn.functional.mish,
        formula=r"\operatorname{Mish}(x) = x \tanh\bigl(\operatorname{softplus}(x)\bigr) = x \tanh\bigl(\ln(1 + e^{x})\bigr)",
        # ln(1 + e^x) as log1p(exp(x)), as PyTorch's kernel computes it (no softplus threshold); nan at -inf like torch
        f=lambda x: x * torch.tanh(torch.log1p(torch.exp(x))),
        derivative=r"\operatorname{Mish}'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr) + x\,\sigma(x)\,\bigl(1 - \tanh^2(\operatorname{softplus}(x))\bigr)",
        df=lambda x: (
            torch.tanh(torch.log1p(torch.exp(x)))
            + x * torch.sigmoid(x) * (1 - torch.tanh(torch.log1p(torch.exp(x))) ** 2)
        ),
        value_at_0=0.0,
        slope_at_0=0.6,  # tanh(ln 2) = 0.6; autograd returns exactly the double 0.6
        # the minimum -0.30884341301725040663..., at x = -1.19243121451549521 (snippets/mish/minimum.py)
        range_=(-0.30884341301725043, INF),
        defaults={(nn.Mish, "inplace"): False, (torch.nn.functional.mish, "inplace"): False},
    ),
    Claims(
        page="activations/hardswish.md",
        torch_fn=torch.nn.functional.hardswish,
        formula=r"\operatorname{Hardswish}(x) = x \cdot \frac{\operatorname{ReLU6}(x + 3)}{6}",
        # x * ReLU6(x + 3) / 6 in PyTorch's order; at -inf it is -inf * 0 = nan, like torch (not the 0 of the cases)
        f=lambda x: x * torch.clamp(x + 3, 0, 6) / 6,
        derivative="\\begin{cases}\n0 & x \\le -3 \\\\\n\\frac{x}{3} + \\frac{1}{2} & -3 < x < 3 \\\\\n1 & x \\ge 3\n\\end{cases}",
        # x / 3 + 1 / 2, not (2x + 3) / 6: the same rounding as PyTorch's kernel, which matters near the
        # zero of the slope at x = -1.5. A nan input: PyTorch's vectorised CPU kernel returns a nan
        # gradient (its scalar path, used for short tensors, returns 1); GRID goes the vectorised way.
        df=lambda x: torch.where(torch.isnan(x), x, torch.where(x <= -3, 0.0, torch.where(x < 3, x / 3 + 0.5, 1.0))),
        value_at_0=0.0,
        slope_at_0=0.5,
        range_=(-0.375, INF),  # the minimum -0.375 = -1.5 * 1.5 / 6, at x = -1.5
        defaults={(nn.Hardswish, "inplace"): False, (torch.nn.functional.hardswish, "inplace"): False},
    ),
    Claims(
        page="activations/hardsigmoid.md",
        torch_fn=torch.nn.functional.hardsigmoid,
        formula=r"\operatorname{Hardsigmoid}(x) = \frac{\operatorname{ReLU6}(x + 3)}{6}",
        f=lambda x: torch.clamp(x + 3, 0, 6) / 6,
        derivative="\\begin{cases}\n\\frac{1}{6} & -3 < x < 3 \\\\\n0 & \\text{otherwise}\n\\end{cases}",
        # PyTorch's kernel holds 1/6 as a float32 constant (1.0f / 6.0f), so even in float64 the slope
        # is 0.1666666716337204, not 0.16666666666666666; the page says so. A nan input gets 0.
        df=lambda x: torch.where(
            (x > -3) & (x < 3), torch.tensor(1 / 6, dtype=torch.float32).to(x.dtype), torch.zeros((), dtype=x.dtype)
        ),
        value_at_0=0.5,
        slope_at_0=0.1666666716337204,  # float32's 1/6, as autograd returns it in float64
        range_=(0.0, 1.0),
        defaults={(nn.Hardsigmoid, "inplace"): False, (torch.nn.functional.hardsigmoid, "inplace"): False},
    ),
    Claims(
        page="activations/elu.md",
        torch_fn=torch.nn.functional.elu,
        formula="\\operatorname{ELU}(x) =\n\\begin{cases}\nx & x > 0 \\\\\n\\alpha (e^{x} - 1) & x \\le 0\n\\end{cases}",
        # alpha = 1.0 (the default); e^x - 1 as expm1, which keeps it exact next to 0 as torch does
        f=lambda x: torch.where(x > 0, x, 1.0 * torch.expm1(x)),
        derivative="\\operatorname{ELU}'(x) =\n\\begin{cases}\n1 & x > 0 \\\\\n\\alpha e^{x} & x \\le 0\n\\end{cases}",
        # NaN gets alpha * e^NaN = NaN, as torch's vectorised backward gives (its scalar loop, used for
        # short tensors and the last few elements, gives 1; the GRID's NaN sits in the vectorised part)
        df=lambda x: torch.where(x > 0, torch.ones_like(x), 1.0 * torch.exp(x)),
        value_at_0=0.0,
        slope_at_0=1.0,
        range_=(-1.0, INF),  # (-alpha, inf); float64 reaches -1 from x < -37 or so
        defaults={
            (nn.ELU, "alpha"): 1.0,
            (nn.ELU, "inplace"): False,
            (torch.nn.functional.elu, "alpha"): 1.0,
            (torch.nn.functional.elu, "inplace"): False,
        },
    ),
    Claims(
        page="activations/celu.md",
        torch_fn=torch.nn.functional.celu,
        formula=r"\operatorname{CELU}(x) = \max(0, x) + \min(0, \alpha (e^{x/\alpha} - 1))",
        # alpha = 1.0 (the default)
        f=lambda x: (
            torch.maximum(torch.zeros_like(x), x) + torch.minimum(torch.zeros_like(x), 1.0 * torch.expm1(x / 1.0))
        ),
        derivative="\\operatorname{CELU}'(x) =\n\\begin{cases}\n1 & x > 0 \\\\\ne^{x/\\alpha} & x \\le 0\n\\end{cases}",
        df=lambda x: torch.where(x > 0, torch.ones_like(x), torch.exp(x / 1.0)),  # NaN: as for ELU
        value_at_0=0.0,
        slope_at_0=1.0,
        range_=(-1.0, INF),
        defaults={
            (nn.CELU, "alpha"): 1.0,
            (nn.CELU, "inplace"): False,
            (torch.nn.functional.celu, "alpha"): 1.0,
            (torch.nn.functional.celu, "inplace"): False,
        },
    ),
    Claims(
        page="activations/selu.md",
        torch_fn=torch.selu,
        formula="\\operatorname{SELU}(x) = \\lambda\n\\begin{cases}\nx & x > 0 \\\\\n\\alpha (e^{x} - 1) & x \\le 0\n\\end{cases}",
        # torch's constants (aten's SELU_ALPHA, SELU_SCALE): the paper's values rounded to float64
        f=lambda x: SELU_LAMBDA * torch.where(x > 0, x, SELU_ALPHA * torch.expm1(x)),
        derivative="\\operatorname{SELU}'(x) = \\lambda\n\\begin{cases}\n1 & x > 0 \\\\\n\\alpha e^{x} & x \\le 0\n\\end{cases}",
        # NaN: as for ELU
        df=lambda x: torch.where(x > 0, torch.full_like(x, SELU_LAMBDA), SELU_LAMBDA * SELU_ALPHA * torch.exp(x)),
        value_at_0=0.0,
        slope_at_0=SELU_LAMBDA * SELU_ALPHA,  # 1.7580993408473766
        range_=(-SELU_LAMBDA * SELU_ALPHA, INF),
        defaults={(nn.SELU, "inplace"): False, (torch.nn.functional.selu, "inplace"): False},
    ),
    Claims(
        page="activations/gelu.md",
        torch_fn=torch.nn.functional.gelu,
        formula=r"\operatorname{GELU}(x) = x \, \Phi(x) = \frac{x}{2} \left(1 + \operatorname{erf}\left(\frac{x}{\sqrt{2}}\right)\right)",
        f=lambda x: x / 2 * (1 + torch.erf(x / math.sqrt(2))),
        derivative=r"\operatorname{GELU}'(x) = \Phi(x) + x \, \varphi(x)",
        df=lambda x: torch.special.ndtr(x) + x * torch.exp(-x * x / 2) / math.sqrt(2 * math.pi),
        value_at_0=0.0,
        slope_at_0=0.5,
        range_=(-0.16997120748, INF),  # min at x = -0.7517915...: -0.16997120747990366, rounded down
        # torch.erf and GELU's own erf differ by 1 ulp near x = -7, where 1 + erf(x/√2) has lost almost
        # all its digits: 4e-16 absolute in the value, 6e-17 in the slope
        atol=1e-15,
        defaults={(nn.GELU, "approximate"): "none"},
    ),
    Claims(
        page="activations/hardshrink.md",
        torch_fn=torch.nn.functional.hardshrink,
        formula="\\operatorname{Hardshrink}(x) =\n\\begin{cases}\nx & \\lvert x \\rvert > \\lambda \\\\\n0 & -\\lambda \\le x \\le \\lambda\n\\end{cases}",
        # the second case decides, as in PyTorch's kernel: NaN is in neither case and passes through
        f=lambda x: torch.where((x >= -0.5) & (x <= 0.5), torch.zeros_like(x), x),
        derivative="\\operatorname{Hardshrink}'(x) =\n\\begin{cases}\n1 & \\lvert x \\rvert > \\lambda \\\\\n0 & -\\lambda \\le x \\le \\lambda\n\\end{cases}",
        # the first case decides: NaN gets 0, as in the vectorised CPU backward, where GRID's NaN lands
        df=lambda x: torch.where(x.abs() > 0.5, 1.0, 0.0).to(x.dtype),
        value_at_0=0.0,
        slope_at_0=0.0,
        range_=(-INF, INF),
        defaults={(nn.Hardshrink, "lambd"): 0.5},  # F.hardshrink / torch.hardshrink are builtins without a signature
    ),
    Claims(
        page="activations/softshrink.md",
        torch_fn=torch.nn.functional.softshrink,
        formula="\\operatorname{Softshrink}(x) =\n\\begin{cases}\nx - \\lambda & x > \\lambda \\\\\nx + \\lambda & x < -\\lambda \\\\\n0 & -\\lambda \\le x \\le \\lambda\n\\end{cases}",
        # dead zone first, as in PyTorch: NaN is not in it and comes out of x + lambda as NaN
        f=lambda x: torch.where((x >= -0.5) & (x <= 0.5), torch.zeros_like(x), torch.where(x > 0.5, x - 0.5, x + 0.5)),
        derivative="\\operatorname{Softshrink}'(x) =\n\\begin{cases}\n1 & \\lvert x \\rvert > \\lambda \\\\\n0 & -\\lambda \\le x \\le \\lambda\n\\end{cases}",
        df=lambda x: torch.where(x.abs() > 0.5, 1.0, 0.0).to(x.dtype),  # NaN: 0, as for Hardshrink (same kernel)
        value_at_0=0.0,
        slope_at_0=0.0,
        range_=(-INF, INF),
        defaults={(nn.Softshrink, "lambd"): 0.5},  # F.softshrink is a builtin without a signature
    ),
    Claims(
        page="activations/tanhshrink.md",
        torch_fn=torch.nn.functional.tanhshrink,
        formula=r"\operatorname{Tanhshrink}(x) = x - \tanh(x)",
        f=lambda x: x - torch.tanh(x),
        derivative=r"\operatorname{Tanhshrink}'(x) = 1 - \bigl(1 - \tanh^2(x)\bigr) = \tanh^2(x)",
        # the middle form, as autograd computes it: near 0 it rounds to 0 where tanh(x)**2 does not
        df=lambda x: 1 - (1 - torch.tanh(x) ** 2),
        value_at_0=0.0,
        slope_at_0=0.0,
        range_=(-INF, INF),
        defaults={},  # nn.Tanhshrink() and F.tanhshrink(input) take no options
    ),
    Claims(
        page="activations/softsign.md",
        torch_fn=torch.nn.functional.softsign,
        formula=r"\operatorname{Softsign}(x) = \frac{x}{1 + \lvert x \rvert}",
        f=lambda x: x / (1 + x.abs()),  # inf / inf = NaN at ±inf, as in PyTorch (the page says so)
        derivative=r"\operatorname{Softsign}'(x) = \frac{1}{(1 + \lvert x \rvert)^2}",
        # the formula's limit at ±inf is 0, but autograd differentiates PyTorch's inf / inf and returns NaN
        df=lambda x: torch.where(x.isinf(), NAN, 1 / (1 + x.abs()) ** 2),
        value_at_0=0.0,
        slope_at_0=1.0,
        range_=(-1.0, 1.0),  # reached within 1e-6 only thanks to FAR: Softsign(1e4) = 0.9999000099990001
        defaults={},  # nn.Softsign() and F.softsign(input) take no options
    ),
    Claims(
        page="activations/softplus.md",
        torch_fn=torch.nn.functional.softplus,
        formula="\\operatorname{Softplus}(x) =\n\\begin{cases}\n\\frac{1}{\\beta} \\log\\bigl(1 + e^{\\beta x}\\bigr) & \\beta x \\le \\text{threshold} \\\\\nx & \\beta x > \\text{threshold}\n\\end{cases}",
        # beta=1, threshold=20; log(1 + .) evaluated as log1p, which PyTorch uses (log(1 + exp(x)) is 5e-8 off, relative, near x = -20)
        f=lambda x: torch.where(x > 20, x, torch.log1p(torch.exp(x))),
        derivative="\\operatorname{Softplus}'(x) =\n\\begin{cases}\n\\sigma(\\beta x) = \\frac{1}{1 + e^{-\\beta x}} & \\beta x \\le \\text{threshold} \\\\\n1 & \\beta x > \\text{threshold}\n\\end{cases}",
        df=lambda x: torch.where(x > 20, 1.0, 1 / (1 + torch.exp(-x))).to(x.dtype),
        value_at_0=math.log(2),
        slope_at_0=0.5,
        range_=(0.0, INF),  # mathematically open at 0; Softplus(-1e4) underflows to exactly 0.0
        defaults={
            (nn.Softplus, "beta"): 1.0,
            (nn.Softplus, "threshold"): 20.0,
        },  # F.softplus is a builtin without a signature
    ),
    Claims(
        page="activations/log-sigmoid.md",
        torch_fn=torch.nn.functional.logsigmoid,
        formula=r"\operatorname{LogSigmoid}(x) = \log \frac{1}{1 + e^{-x}}",
        # the page's stable form of the same formula, min(0, x) - log(1 + e^{-|x|}); typed as is,
        # log(1 / (1 + e^{-x})) gives -inf at x = -1e4 (e^{1e4} = inf) and misses rtol 1e-12 on ~25% of the grid
        f=lambda x: torch.clamp(x, max=0) - torch.log1p(torch.exp(-x.abs())),
        derivative=r"\operatorname{LogSigmoid}'(x) = 1 - \sigma(x) = \sigma(-x)",
        # the sigma(-x) form, 1 / (1 + e^{x}); 1 - sigma(x) cancels for large x (relative error 4.9e-8 at x = 20)
        df=lambda x: 1 / (1 + torch.exp(x)),
        value_at_0=-math.log(2),  # == F.logsigmoid(0.) exactly in float64
        slope_at_0=0.5,
        range_=(-INF, 0.0),  # open at 0 mathematically, but float64 reaches exactly 0 (x = 1e4)
        defaults={},  # nn.LogSigmoid() and F.logsigmoid(input) take no options
    ),
]


# Activations torch.nn does not name (transformers' ACT2FN): torch_fn is the torch function the cheat sheet
# computes its columns with, which tests/test_from_scratch_models.py proves equal to transformers' own.
ACT2FN_TORCH = definitions(SNIPPETS / "cheat-sheet" / "table.py")
XIELU_EPS = -1e-6
CLAIMS += [
    Claims(
        page="activations/quick-gelu.md",
        torch_fn=ACT2FN_TORCH["quick_gelu"],
        formula=r"\operatorname{QuickGELU}(x) = x \, \sigma(1.702 \, x) = \frac{x}{1 + e^{-1.702 \, x}}",
        f=lambda x: x / (1 + torch.exp(-1.702 * x)),
        derivative=r"\operatorname{QuickGELU}'(x) = \sigma(1.702 \, x) \bigl(1 + 1.702 \, x \, (1 - \sigma(1.702 \, x))\bigr)",
        df=lambda x: torch.sigmoid(1.702 * x) * (1 + 1.702 * x * (1 - torch.sigmoid(1.702 * x))),
        value_at_0=0.0,
        slope_at_0=0.5,
        range_=(-0.16361018963636, INF),  # SiLU's minimum / 1.702 = -0.16361018963635..., rounded down
    ),
    Claims(
        page="activations/squared-relu.md",
        torch_fn=ACT2FN_TORCH["relu_squared"],
        formula=r"\operatorname{ReLU}^2(x) = \max(0, x)^2",
        f=lambda x: torch.clamp(x, min=0) ** 2,
        derivative=r"(\operatorname{ReLU}^2)'(x) = 2 \max(0, x)",
        df=lambda x: 2 * torch.clamp(x, min=0),
        value_at_0=0.0,
        slope_at_0=0.0,
        range_=(0.0, INF),
    ),
    Claims(
        page="activations/xielu.md",
        torch_fn=ACT2FN_TORCH["xielu"],
        formula="\\operatorname{xIELU}(x) =\n\\begin{cases}\n\\alpha_p x^2 + \\beta x & x > 0 \\\\\n"
        "\\alpha_n \\bigl(e^{\\min(x, \\epsilon)} - 1 - x\\bigr) + \\beta x & x \\le 0\n\\end{cases}",
        # alpha_p = alpha_n = 0.8, beta = 0.5, eps = -1e-6; e^u - 1 as expm1, as transformers computes it
        f=lambda x: torch.where(
            x > 0, 0.8 * x * x + 0.5 * x, 0.8 * (torch.expm1(torch.clamp(x, max=XIELU_EPS)) - x) + 0.5 * x
        ),
        derivative="\\operatorname{xIELU}'(x) =\n\\begin{cases}\n2 \\alpha_p x + \\beta & x > 0 \\\\\n"
        "\\alpha_n \\bigl(e^{x} - 1\\bigr) + \\beta & x < \\epsilon \\\\\n\\beta - \\alpha_n & \\epsilon < x \\le 0\n\\end{cases}",
        # NaN is in no case: NaN; at -inf the value is inf - inf = NaN, and autograd's slope is NaN too
        df=lambda x: torch.where(
            x > 0,
            1.6 * x + 0.5,
            torch.where(
                (x < XIELU_EPS) & (x > -INF),
                0.8 * torch.expm1(x) + 0.5,
                torch.where((x <= 0) & (x > -INF), torch.full_like(x, 0.5 - 0.8), torch.full_like(x, NAN)),
            ),
        ),
        value_at_0=0.8 * math.expm1(XIELU_EPS),  # not 0: the negative piece at 0 is alpha_n (e^eps - 1)
        slope_at_0=0.5 - 0.8,  # beta - alpha_n, not beta: at 0, min(x, eps) = eps does not move with x
        range_=(-0.20575122409649, INF),  # minimum at x = log(1 - beta / alpha_n): -0.205751224096482..., rounded down
        defaults={
            (ACT2FN_TORCH["xielu"], "alpha_p"): 0.8,
            (ACT2FN_TORCH["xielu"], "alpha_n"): 0.8,
            (ACT2FN_TORCH["xielu"], "beta"): 0.5,
            (ACT2FN_TORCH["xielu"], "eps"): -1e-6,
        },
    ),
    Claims(
        page="activations/laplace.md",
        torch_fn=ACT2FN_TORCH["laplace"],
        formula=r"\operatorname{Laplace}(x) = \frac{1}{2} \left(1 + \operatorname{erf}\left(\frac{x - \mu}{\sigma \sqrt{2}}\right)\right)",
        f=lambda x: 0.5 * (1 + torch.erf((x - 0.707107) / (0.282095 * math.sqrt(2)))),
        derivative=r"\operatorname{Laplace}'(x) = \frac{1}{\sigma \sqrt{2 \pi}} \, e^{-(x - \mu)^2 / (2 \sigma^2)}",
        df=lambda x: torch.exp(-((x - 0.707107) ** 2) / (2 * 0.282095**2)) / (0.282095 * math.sqrt(2 * math.pi)),
        value_at_0=0.006094459617935588,  # Phi(-0.707107 / 0.282095) = Phi(-2.5066)
        slope_at_0=0.06111382879472588,
        range_=(0.0, 1.0),  # open at both ends mathematically; float64 reaches 0 and 1 on the wide grid
        # far in the left tail both slopes are subnormal (below 1e-308) and the two exponents round differently
        atol=1e-300,
        defaults={(ACT2FN_TORCH["laplace"], "mu"): 0.707107, (ACT2FN_TORCH["laplace"], "sigma"): 0.282095},
    ),
    Claims(
        page="activations/sqrt-softplus.md",
        torch_fn=ACT2FN_TORCH["sqrt_softplus"],
        formula=r"\operatorname{SqrtSoftplus}(x) = \sqrt{\operatorname{softplus}(x)} = \sqrt{\log\bigl(1 + e^{x}\bigr)}",
        # F.softplus: log1p(exp(x)), and x itself for x > 20
        f=lambda x: torch.sqrt(torch.where(x > 20, x, torch.log1p(torch.exp(x)))),
        derivative=r"\operatorname{SqrtSoftplus}'(x) = \frac{\sigma(x)}{2 \sqrt{\operatorname{softplus}(x)}}",
        df=lambda x: (
            torch.where(x > 20, 1.0, torch.sigmoid(x)).to(x.dtype)
            / (2 * torch.sqrt(torch.where(x > 20, x, torch.log1p(torch.exp(x)))))
        ),
        value_at_0=0.8325546111576978,  # sqrt(log 2) = 0.83255461115769775...: torch rounds up, math.sqrt down
        slope_at_0=0.30028060219661246,  # 1 / (4 sqrt(log 2))
        range_=(0.0, INF),  # open at 0 mathematically; softplus(-1e4) underflows to exactly 0.0
    ),
]


def ids(claims: Claims) -> str:
    return claims.page


def page_text(claims: Claims) -> str:
    return (DOCS / claims.page).read_text(encoding="utf-8")


def autograd_slope(fn, x: torch.Tensor) -> torch.Tensor:
    x = x.clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(fn(x).sum(), x)
    return grad


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_page_states_the_formulas_checked_here(claims):
    text = page_text(claims)
    for latex in (claims.formula, claims.derivative):
        assert latex in text, f"docs/{claims.page} no longer states {latex!r}: update it here too"


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_formula_matches_torch(claims):
    torch.testing.assert_close(claims.f(GRID), claims.torch_fn(GRID), equal_nan=True, rtol=1e-12, atol=claims.atol)


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_derivative_matches_autograd(claims):
    torch.testing.assert_close(
        claims.df(GRID), autograd_slope(claims.torch_fn, GRID), equal_nan=True, rtol=1e-12, atol=claims.atol
    )


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_value_and_slope_at_zero(claims):
    zero = torch.zeros(1, dtype=torch.float64)
    assert claims.torch_fn(zero).item() == claims.value_at_0
    assert autograd_slope(claims.torch_fn, zero).item() == claims.slope_at_0


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_range(claims):
    # Every output lies within the stated bounds, and the outputs on a wide grid reach (or, for an
    # open or infinite end, come within 1e-6 of, or beyond ±1e3 towards) each bound.
    y = claims.torch_fn(torch.cat([WIDE, FAR, NEAR]))
    low, high = claims.range_
    assert y.min().item() >= low and y.max().item() <= high, f"outputs leave {claims.range_}"
    assert y.min().item() <= (low + 1e-6 if math.isfinite(low) else -1e3), f"outputs never approach {low}"
    assert y.max().item() >= (high - 1e-6 if math.isfinite(high) else 1e3), f"outputs never approach {high}"


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_defaults_match_torch_and_the_page(claims):
    text = page_text(claims)
    for (api, name), value in claims.defaults.items():
        assert inspect.signature(api).parameters[name].default == value, f"{api.__name__}({name}=...)"
        assert f"`{name}={value!r}`" in text, f"docs/{claims.page} does not state `{name}={value!r}`"


# --- The cheat sheet and every page's At a glance table ----------------------------------------------
# snippets/cheat-sheet/table.py computes, from torch, whether each activation is zero-centred, saturates
# and has a dead zone (its intro defines the three terms); each page's At a glance rows must give the
# same answers. Its range column is written by hand: its bounds must be the ones checked above against
# torch, and its open and closed ends the ones the page states.

TABLE = definitions(SNIPPETS / "cheat-sheet" / "table.py")
CLAIMS_BY_PAGE = {c.page: c for c in CLAIMS}
# How a page's Saturates row begins -> the cheat sheet's answer
SATURATES = {
    r"yes, as $x \to -\infty$": "as x → −∞",
    r"yes, as $x \to \infty$": "as x → +∞",
    "yes, at both ends": "both ends",
    "no": "no",
}


def glance(page: str, row: str) -> str:
    """The text of a row of the page's At a glance table."""
    text = (DOCS / "activations" / f"{page}.md").read_text(encoding="utf-8")
    found = re.findall(rf"^\| {re.escape(row)} \| (.*) \|$", text, re.MULTILINE)
    assert len(found) == 1, f"docs/activations/{page}.md has {len(found)} '{row}' rows in its At a glance table"
    return found[0]


def yes_or_no(answer: str) -> str:
    word = re.match(r"(yes|no)\b", answer)
    assert word, f"an At a glance answer must begin with 'yes' or 'no': {answer!r}"
    return word[1]


def as_float64(f):
    return f.double() if isinstance(f, nn.Module) else f  # PReLU's weight must match float64 inputs


@pytest.mark.parametrize("row", TABLE["ELEMENTWISE"], ids=lambda row: row[1])
def test_at_a_glance_answers_are_the_ones_the_cheat_sheet_computes(row):
    _, page, f, *_ = row
    f = as_float64(f)
    with torch.no_grad():
        zero_centred = TABLE["zero_centred"](f(TABLE["NORMAL"])).split()[0]
    assert yes_or_no(glance(page, "Zero-centred")) == zero_centred, "Zero-centred"
    saturates = glance(page, "Saturates")
    stated = [answer for start, answer in SATURATES.items() if saturates.startswith(start)]
    assert stated, f"the Saturates row must begin with one of {list(SATURATES)}: {saturates!r}"
    assert stated[0] == TABLE["saturates"](f), "Saturates"
    assert yes_or_no(glance(page, "Dead zone")) == TABLE["dead_zone"](f), "Dead zone"


@pytest.mark.parametrize("row", TABLE["VECTOR"], ids=lambda row: row[1])
def test_zero_centred_answers_of_the_vector_pages_are_the_cheat_sheets(row):
    name, page, module, _ = row
    normal = TABLE["NORMAL"].reshape(-1, 4, 1, 1) if name == "Softmax2d" else TABLE["NORMAL"].reshape(-1, 4)
    with torch.no_grad():
        assert yes_or_no(glance(page, "Zero-centred")) == TABLE["zero_centred"](module(normal)).split()[0]


def test_threshold_is_not_zero_centred_at_this_pages_settings_either():
    # threshold.md: negative for theta = 0 (the cheat sheet's) and theta = 0.5 (the page's), v = -1
    for theta in (0.0, 0.5):
        assert torch.nn.functional.threshold(TABLE["NORMAL"], theta, -1.0).mean().item() < -0.01


def brackets(text: str) -> str:
    """'\\{0\\} \\cup (-\\infty, -\\lambda) ...' -> '{}()...': which ends of each piece are open or closed."""
    return "".join(c for c in text.replace(r"\{", "{").replace(r"\}", "}") if c in "[](){}")


@pytest.mark.parametrize("row", TABLE["ELEMENTWISE"], ids=lambda row: row[1])
def test_cheat_sheet_range_has_the_bounds_of_the_claims_and_the_ends_of_the_page(row):
    _, page, f, *_, range_ = row
    numbers = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|inf)", range_)]
    low, high = min(numbers), max(numbers)
    claims = CLAIMS_BY_PAGE.get(f"activations/{page}.md")
    if claims is None:  # Binary Step (tests/test_formulas_binary_step.py): exactly the values 0 and 1
        assert set(as_float64(f)(GRID[~GRID.isnan()]).unique().tolist()) == set(numbers) == {0.0, 1.0}
    else:
        assert low == pytest.approx(claims.range_[0], abs=1e-9) and high == pytest.approx(claims.range_[1], abs=1e-9)
    page_range = re.match(r"\$(.*?)\$", glance(page, "Range"))
    assert page_range, f"docs/activations/{page}.md: the Range row does not begin with the range in $...$"
    assert brackets(range_) == brackets(page_range[1]), f"open and closed ends differ from the page's {page_range[1]}"
