"""Claims the pages make about PyTorch's API surface, checked against the installed torch."""

import inspect
import math
import warnings

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS, SNIPPETS


@pytest.mark.parametrize("name", ["leaky_relu", "gelu"])
def test_no_top_level_function(name):
    # docs/how-to-apply.md and the activation pages: "there is no torch.leaky_relu / torch.gelu"
    assert not hasattr(torch, name)


def test_torch_softmax_requires_dim():
    # docs/how-to-apply.md: torch.softmax without dim is a TypeError ...
    with pytest.raises(TypeError):
        torch.softmax(torch.zeros(3))


@pytest.mark.parametrize("call", [lambda x: F.softmax(x), lambda x: nn.Softmax()(x)], ids=["F.softmax", "nn.Softmax"])
def test_implicit_softmax_dim_only_warns(call):
    # ... while F.softmax(x) and nn.Softmax()(x) pick a dim and warn
    with pytest.warns(UserWarning, match="Implicit dimension choice"):
        call(torch.zeros(3))


@pytest.mark.parametrize("fn", [F.sigmoid, F.tanh], ids=["F.sigmoid", "F.tanh"])
def test_functional_sigmoid_and_tanh_do_not_warn(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fn(torch.zeros(3))


def test_softmax2d_is_the_only_module_without_a_functional_form():
    # how-to-apply.md: torch.nn.functional has every activation "but nn.Softmax2d, which is a module only"
    from torch.nn.modules.activation import __all__ as modules

    missing = [
        name
        for name in modules
        if name != "MultiheadAttention" and not any(f.replace("_", "") == name.lower() for f in dir(F))
    ]
    assert missing == ["Softmax2d"]
    assert "(all but `nn.Softmax2d`, which is a module only)" in (DOCS / "how-to-apply.md").read_text(encoding="utf-8")


def test_float32_underflow_points_quoted_on_the_log_pages():
    # log-sigmoid.md: sigmoid(x) is exactly 0 in float32 "from about x = -89";
    # log-softmax.md: a probability underflows to 0 once a logit is "about 104" below another
    assert "from about\n    $x = -89$" in (DOCS / "activations" / "log-sigmoid.md").read_text(encoding="utf-8")
    assert "a gap of about $104$ is enough" in (DOCS / "activations" / "log-softmax.md").read_text(encoding="utf-8")
    assert torch.sigmoid(torch.tensor(-88.0)).item() > 0 and torch.sigmoid(torch.tensor(-89.0)).item() == 0
    assert torch.softmax(torch.tensor([0.0, -103.0]), dim=0)[1].item() > 0
    assert torch.softmax(torch.tensor([0.0, -104.0]), dim=0)[1].item() == 0


def test_functional_rrelu_defaults_to_evaluation_and_prelu_needs_a_weight():
    # how-to-apply.md, "Functions that need state": F.rrelu(x) uses the evaluation slope unless told
    # training=self.training; F.prelu takes the slope as a tensor, which nn.PReLU registers as `weight`
    text = (DOCS / "how-to-apply.md").read_text(encoding="utf-8")
    assert inspect.signature(F.rrelu).parameters["training"].default is False
    assert "`training=False`" in text and "`training=self.training`" in text
    x = -torch.ones(100)
    assert torch.equal(F.rrelu(x), torch.full((100,), -(1 / 8 + 1 / 3) / 2))
    with pytest.raises(TypeError):
        F.prelu(x)  # no default weight
    assert [name for name, _ in nn.PReLU().named_parameters()] == ["weight"]


def float32_slope_zero_from(f, x: torch.Tensor, one_at_a_time: bool = False) -> float:
    """The largest x of an increasing float32 grid where autograd's slope is exactly 0, checking that
    it is 0 at every x to its left and at none to its right. one_at_a_time: a call per element, which
    goes through torch's scalar code; otherwise one batch, through its vectorised code."""
    x = x.clone().requires_grad_(True)
    if one_at_a_time:
        slope = torch.cat([torch.autograd.grad(f(xi), xi)[0] for xi in x.split(1)])
    else:
        (slope,) = torch.autograd.grad(f(x).sum(), x)
    k = int((slope == 0).sum())
    assert (slope[:k] == 0).all() and (slope[k:] != 0).all()
    return round(x[k - 1].item(), 2)


def test_float32_points_where_the_slope_becomes_zero():
    # gelu.md, silu.md, mish.md, elu.md and the Dead zone rows of their At a glance tables; the snippets
    # snippets/<slug>/float32_zero_slope.py print the GELU, SiLU and ELU values on every CPU path
    F = torch.nn.functional
    grid = torch.linspace(-120.0, -1.0, 119_001)  # float32, steps of 0.001
    assert float32_slope_zero_from(F.gelu, grid) == -6.15
    assert float32_slope_zero_from(F.gelu, torch.linspace(-16.0, -12.0, 4_001), one_at_a_time=True) == -14.34
    assert float32_slope_zero_from(F.silu, grid) == -88.72
    assert float32_slope_zero_from(F.elu, grid) == -103.97
    # Mish: the vectorised loops of AVX2 and AVX-512 give up earlier than the scalar code
    vectorised = torch.backends.cpu.get_cpu_capability() in ("AVX2", "AVX512")
    assert float32_slope_zero_from(F.mish, grid) == (-102.87 if vectorised else -103.97)
    assert float32_slope_zero_from(F.mish, torch.linspace(-105.0, -102.0, 3_001), one_at_a_time=True) == -103.97
    pages = {
        slug: (DOCS / "activations" / f"{slug}.md").read_text(encoding="utf-8")
        for slug in ("gelu", "silu", "mish", "elu")
    }
    assert "for every $x \\le -6.15$" in pages["gelu"] and "$x \\approx -14.34$" in pages["gelu"]
    assert "$x \\approx -88.72$" in pages["silu"]
    assert "$x \\approx -102.87$" in pages["mish"] and "$x \\approx -103.97$" in pages["mish"]
    assert "$x \\approx -103.97$" in pages["elu"]


def test_prelu_autograd_function_supports_one_shared_slope_only():
    # prelu.md: the hand-written Function "supports one shared slope only" and raises per channel
    from tests.snippet_defs import definitions

    prelu = definitions(SNIPPETS / "prelu" / "autograd_function.py")["PReLU"]
    assert "supports **one shared slope** only" in (DOCS / "activations" / "prelu.md").read_text(encoding="utf-8")
    x = torch.randn(2, 3, 4, generator=torch.Generator().manual_seed(0), requires_grad=True)
    prelu.apply(x, torch.tensor([0.25], requires_grad=True)).sum().backward()  # one shared slope: fine
    for shape in [(2, 3, 4), (2, 3)]:
        x = torch.randn(shape, generator=torch.Generator().manual_seed(0), requires_grad=True)
        with pytest.raises(RuntimeError):
            prelu.apply(x, torch.full((3,), 0.25, requires_grad=True)).sum().backward()


def test_hardswish_gradient_at_nan_depends_on_the_loop():
    # hardswish.md: NaN in the vectorised loop, 1 in the scalar loop; a one-element tensor gets 1, a
    # 64-element one NaN (on AVX-512, AVX2 and the scalar "default" path alike)
    def grad_at_nan(n):
        x = torch.full((n,), math.nan, requires_grad=True)
        return torch.autograd.grad(F.hardswish(x).sum(), x)[0]

    assert grad_at_nan(1).item() == 1.0 and grad_at_nan(64).isnan().all()
    assert "(a one-element tensor gets 1, a 64-element\none NaN)" in (DOCS / "activations" / "hardswish.md").read_text(
        encoding="utf-8"
    )


def test_exp_overflow_points_and_the_naive_softmax():
    # softmax.md: e^x is inf in float32 above about 88.72 (709.78 in float64); snippets/softmax/naive_failures.py
    assert torch.exp(torch.tensor(88.72)).isfinite() and torch.exp(torch.tensor(88.73)).isinf()
    f64 = torch.float64
    assert torch.exp(torch.tensor(709.78, dtype=f64)).isfinite() and torch.exp(torch.tensor(709.79, dtype=f64)).isinf()
    assert "about $88.72$ ($709.78$ in float64)" in (DOCS / "activations" / "softmax.md").read_text(encoding="utf-8")


def test_largest_slopes_of_sigmoid_and_tanh_as_relu_page_says():
    # relu.md: only the logistic sigmoid's slope stops at 0.25; tanh's reaches 1 (at 0); the page links
    # the site's sigmoid page (snippets/intro/max_slope.py prints both maxima)
    x = torch.linspace(-6, 6, 1201, dtype=torch.float64, requires_grad=True)
    for f, peak in [(torch.sigmoid, 0.25), (torch.tanh, 1.0)]:
        (slope,) = torch.autograd.grad(f(x).sum(), x)
        assert slope.max().item() == pytest.approx(peak, abs=1e-12) and abs(x[slope.argmax()].item()) < 1e-12
    text = (DOCS / "activations" / "relu.md").read_text(encoding="utf-8")
    assert "[sigmoid](sigmoid.md)'s slope is at most 0.25" in text and "[tanh](tanh.md)'s slope reaches 1" in text
    assert "wikipedia.org/wiki/Sigmoid" not in text


def test_choosing_page_on_elu_and_relu6():
    # choosing.md: ELU's slope is exactly 0 in float32 below about -103.97 (not "a gradient to every unit");
    # ReLU6 is ReLU capped at 6, not a clipped stand-in for SiLU or sigmoid
    text = (DOCS / "choosing.md").read_text(encoding="utf-8")
    assert "exactly 0 in float32 below $x \\approx -103.97$" in text and "ReLU6 is ReLU capped at 6" in text
    x = torch.linspace(-10, 10, 2001)
    assert torch.equal(F.relu6(x), torch.relu(x).clamp(max=6))


def test_relu_and_leaky_relu_cost_as_the_introduction_says():
    # index.md: ReLU needs one comparison, Leaky ReLU a comparison and a multiplication (snippets/intro/cost.py)
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    assert (
        "needs one comparison per element,\n[Leaky ReLU](activations/leaky-relu.md) a comparison and a multiplication"
        in text
    )
    x = torch.linspace(-3, 3, 601)
    assert torch.equal(torch.where(x > 0, x, 0.01 * x), F.leaky_relu(x))
