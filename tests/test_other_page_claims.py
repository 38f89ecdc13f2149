"""Numbers and API facts the GELU, PReLU, ELU, ReLU6, CELU, GLU, Softshrink, SiLU, Mish, Softmax2d,
Softmin, LogSoftmax and Softplus pages state in prose, computed from the installed torch. Each test
also checks that the page's sentence states what torch gives, on the English page and, for the
numbers, on its Vietnamese twin."""

import inspect
import math
import re
import runpy

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS, NOTEBOOKS, SNIPPETS, TRANSLATION
from tests.snippet_defs import definitions
from tests.test_api_claims import float32_slope_zero_from

PAGES = DOCS / "activations"
# torch's vectorised loops (AVX2, AVX-512) round some float32 results differently from its scalar code
VECTORISED = torch.backends.cpu.get_cpu_capability() in ("AVX2", "AVX512")


def page(slug: str, lang: str = "") -> str:
    """The page's text with every run of white space made one space (sentences wrap anywhere)."""
    name = f"{slug}.{lang}.md" if lang else f"{slug}.md"
    return " ".join((PAGES / name).read_text(encoding="utf-8").split())


def says(slug: str, *phrases: str, numbers: tuple[str, ...] = ()) -> None:
    """The English page says every phrase; both editions state every number (inline math, as written)."""
    text = page(slug)
    for phrase in phrases:
        assert phrase in text, f"docs/activations/{slug}.md no longer says: {phrase}"
    for number in numbers:
        for lang in ("", TRANSLATION):
            assert number in page(slug, lang), f"{slug}{'.' + lang if lang else ''}.md does not state {number}"


def slope(f, x: float) -> float:
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    return torch.autograd.grad(f(t), t)[0].item()


def minimum(f) -> float:
    """Where autograd's float64 slope of f changes sign from negative to positive on [-3, 0]."""
    lo, hi = -3.0, 0.0
    assert slope(f, lo) < 0 < slope(f, hi)
    for _ in range(100):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if slope(f, mid) < 0 else (lo, mid)
    return (lo + hi) / 2


@pytest.mark.parametrize(
    "slug, f, digits, phrase",
    [
        ("gelu", F.gelu, 4, "GELU's slope is 0 only at the single point of the minimum, $x \\approx {}$"),
        ("silu", F.silu, 5, "non-zero except at the single point of its minimum, $x \\approx {}$"),
        ("mish", F.mish, 5, "non-zero except at the single point of its minimum, $x \\approx {}$"),
    ],
)
def test_slope_is_zero_only_at_the_minimum(slug, f, digits, phrase):
    # gelu.md, silu.md, mish.md: the slope is 0 at one point of the negative half-line, the minimum
    x_min = minimum(f)
    x = torch.linspace(-20, 0, 200_001, dtype=torch.float64, requires_grad=True)
    (slopes,) = torch.autograd.grad(f(x).sum(), x)
    left, right = x.detach() < x_min - 1e-4, x.detach() > x_min + 1e-4
    assert (slopes[left] < 0).all() and (slopes[right] > 0).all()
    quoted = f"{x_min:.{digits}f}"
    says(slug, phrase.format(quoted), numbers=(f"$x \\approx {quoted}$",))


def test_elu_slope_from_the_output_is_zero_from_about_minus_17():
    # elu.md: y + alpha cancels in float32; PyTorch's backward works from the output with inplace=True
    # and so does the page's autograd.Function; F.elu (inplace=False) keeps a slope down to -103.97
    grid = torch.linspace(-30.0, -1.0, 29_001)  # float32, steps of 0.001
    vectorised, scalar = -16.64, -17.33  # e^x below 2^-24 and below 2^-25 (half a float32 step at 1)
    assert round(-24 * math.log(2), 2) == vectorised and round(-25 * math.log(2), 2) == scalar

    def elu_inplace(t):
        return F.elu(t.clone(), inplace=True)

    batch = float32_slope_zero_from(elu_inplace, grid)
    assert batch == (vectorised if VECTORISED else scalar)
    assert float32_slope_zero_from(elu_inplace, torch.linspace(-18.0, -16.0, 2_001), one_at_a_time=True) == scalar
    elu_function = definitions(SNIPPETS / "elu" / "autograd_function.py")["ELU"]
    for alpha in (1.0, 2.0):
        assert float32_slope_zero_from(lambda t, alpha=alpha: elu_function.apply(t, alpha), grid) == batch
    assert float32_slope_zero_from(F.elu, torch.linspace(-120.0, -1.0, 119_001)) == -103.97
    says(
        "elu",
        "below about $x = -104$, and from about $x = -17$ with `inplace=True`",
        "In float32 that sum cancels to exactly 0 once $e^{x}$ is too small to change $-\\alpha$, from about $x = -17$",
        "from $x \\approx -16.64$ in torch's vectorised code (a batch on AVX2 and AVX-512 CPUs) and from "
        "$x \\approx -17.33$ in its scalar code",
        numbers=("$x \\approx -16.64$", "$x \\approx -17.33$", "$x \\approx -103.97$", "$x = -17$"),
    )


def test_celu_backward_takes_the_slope_from_the_input():
    # celu.md and snippets/celu/autograd_function.py: the slope e^(x / alpha) from the input matches
    # F.celu's in float32; CELU(x) / alpha + 1, from the output, cancels to 0 once x / alpha < about -17
    celu_function = definitions(SNIPPETS / "celu" / "autograd_function.py")["CELU"]
    for alpha in (0.5, 1.0, 2.0):
        x = torch.linspace(-80.0 * alpha, 5.0, 10_001, requires_grad=True)
        (ours,) = torch.autograd.grad(celu_function.apply(x, alpha).sum(), x)
        (torchs,) = torch.autograd.grad(F.celu(x, alpha=alpha).sum(), x)
        torch.testing.assert_close(ours, torchs)
        assert (ours > 0).all()
        grid = torch.linspace(-30.0 * alpha, -alpha, 29_001)
        from_output = float32_slope_zero_from(lambda t, alpha=alpha: F.celu(t.clone(), alpha=alpha, inplace=True), grid)
        assert -17.4 < from_output / alpha < -16.6
        far = torch.tensor(-20.0 * alpha)
        assert F.celu(far, alpha=alpha) / alpha + 1 == 0 and torch.exp(far / alpha) > 0
    says(
        "celu",
        "using the slope $e^{x/\\alpha}$ for $x \\le 0$, computed from the saved input",
        "in float32 that sum cancels to exactly 0 once $x/\\alpha \\lesssim -17$",
        numbers=("$x/\\alpha \\lesssim -17$",),
    )
    assert "y / alpha + 1" not in re.sub(r"#.*", "", (SNIPPETS / "celu" / "autograd_function.py").read_text())


def test_relu6_after_batch_norm_half_the_outputs_are_zero():
    # relu6.md: batch norm keeps pre-activations far below 6 but about half at or below 0; the page quotes
    # the shares of the first ReLU6 of snippets/relu6/in_model.py
    hidden = runpy.run_path(str(SNIPPETS / "relu6" / "in_model.py"))["hidden"]
    at_zero, at_six = (hidden == 0).float().mean().item(), (hidden == 6).float().mean().item()
    assert round(100 * at_zero) == 50 and at_six == 0
    says(
        "relu6",
        "keep pre-activations far below the cap at 6, so almost none reach it; but they centre them at 0, "
        "so about half still fall at or below 0",
        numbers=(f"{round(100 * at_zero)}%", f"{round(100 * at_six)}%"),
    )
    assert "keep most pre-activations in the linear part" not in page("relu6")


def test_prelu_init_factor_is_relative_to_the_correctly_initialised_stack():
    # prelu.md: ReLU's gain gives 1.0625^25 ~ 4.6 times the std of the stack initialised with a=0.25;
    # the page quotes snippets/prelu/init.py's two results. PReLU is positively homogeneous, so the
    # same random weights, only scaled, give exactly that ratio
    stds = {}
    for a in (0.25, 0.0):
        torch.manual_seed(0)
        h = torch.randn(1024, 256)
        with torch.no_grad():
            for _ in range(50):
                layer, prelu = nn.Linear(256, 256, bias=False), nn.PReLU()
                nn.init.kaiming_normal_(layer.weight, a=a, nonlinearity="leaky_relu")
                h = prelu(layer(h))
        stds[a] = h.std().item()
    assert stds[0.0] / stds[0.25] == pytest.approx(1.0625**25, rel=1e-3)
    assert round(1.0625**25, 1) == 4.6
    printed = re.findall(r"#> .*std after 50 layers (\S+)", (SNIPPETS / "prelu" / "init.py").read_text())
    correct, relu_gain = printed[0], printed[1]
    assert f"{stds[0.25]:#.2g}" == correct and f"{stds[0.0]:#.2g}" == relu_gain
    says(
        "prelu",
        "$1.0625^{25} \\approx 4.6$ times that of the correctly initialised stack "
        f"({relu_gain} against {correct} below;",
        numbers=(f"{relu_gain} ", f"{correct} "),
    )


def test_prelu_function_with_a_slope_per_channel_fails_in_backward():
    # prelu.md: the hand-written Function raises in the backward pass, if not before; a forward alone may run
    prelu = definitions(SNIPPETS / "prelu" / "autograd_function.py")["PReLU"]
    slopes = torch.full((3,), 0.25, requires_grad=True)
    for shape in [(2, 3), (2, 3, 3)]:  # (N, C) and (N, C, L = C): the forward runs
        x = torch.randn(shape, generator=torch.Generator().manual_seed(0), requires_grad=True)
        y = prelu.apply(x, slopes)
        with pytest.raises(RuntimeError):
            y.sum().backward()
    says(
        "prelu",
        "raises a `RuntimeError` in the backward pass, if not before (a forward pass alone may run, and "
        "may even broadcast the slopes over the wrong dimension)",
    )


def test_prelu_page_links_no_notebook_that_does_not_use_prelu():
    # a notebook the page links to must be about PReLU (the Dying ReLU notebook trains ReLU, Leaky ReLU and ELU only)
    for name in re.findall(r"\.\./notebooks/(\w+)\.ipynb", page("prelu") + page("prelu", TRANSLATION)):
        assert "PReLU" in (NOTEBOOKS / f"{name}.py").read_text(encoding="utf-8"), name


def test_softshrink_lambd_is_a_number():
    # softshrink.md: a 0-dim tensor without grad is converted to a number; one that requires grad is refused
    x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
    assert torch.equal(F.softshrink(x, torch.tensor(0.5)), F.softshrink(x, 0.5))
    with pytest.raises(TypeError, match="must be Number, not Tensor"):
        F.softshrink(x, torch.tensor(0.5, requires_grad=True))
    says(
        "softshrink",
        "a 0-dim tensor that does not require grad is converted to one, but one that requires grad is "
        "refused with a `TypeError`",
    )


@pytest.mark.parametrize("name", ["elu", "celu"])
def test_alpha_by_keyword_or_by_position(name):
    # elu.md, celu.md: alpha is not keyword-only
    x = torch.linspace(-3, 3, 61)
    functions = [getattr(F, name)] + ([torch.celu] if name == "celu" else [])
    for f in functions:
        assert torch.equal(f(x, 2.0), f(x, alpha=2.0))
    kind = inspect.signature(getattr(F, name)).parameters["alpha"].kind
    assert kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    says(name, "`alpha` by keyword or by position")


def test_expm1_avoids_cancellation_but_still_rounds():
    # elu.md, celu.md, snippets/elu/from_scratch.py: "without the cancellation error" of exp(x) - 1
    x = torch.tensor([1e-3, 1e-5])
    exact = torch.expm1(x.double())
    naive = ((torch.exp(x) - 1).double() - exact).abs() / exact
    expm1 = (torch.expm1(x).double() - exact).abs() / exact
    assert (naive > 1e-5).all() and (expm1 < 1e-7).all()  # still a float32 rounding, not 0
    assert "cancellation error" in page("elu") and "cancellation error" in page("celu")
    assert "rounding error" not in page("elu") + page("celu")
    assert "without the cancellation error" in (SNIPPETS / "elu" / "from_scratch.py").read_text()


def test_silu_sigmoid_is_zero_because_exp_overflows():
    # silu.md: torch's sigmoid returns 0 below about -88.72 since e^-x overflows; sigmoid(-89) itself is a
    # float32 subnormal
    assert torch.sigmoid(torch.tensor(-88.72)).item() > 0 and torch.exp(torch.tensor(88.72)).isfinite()
    assert torch.sigmoid(torch.tensor(-88.73)).item() == 0 and torch.exp(torch.tensor(88.73)).isinf()
    true = torch.sigmoid(torch.tensor(-89.0, dtype=torch.float64)).float()
    assert 0 < true.item() < torch.finfo(torch.float32).tiny  # subnormal, not 0
    says(
        "silu",
        "but that $e^{-x}$ overflows to `inf` there",
        numbers=(f"$\\sigma(-89) \\approx {true.item() * 1e39:.1f} \\cdot 10^{{-39}}$", "$x \\approx -88.72$"),
    )
    assert "underflows" not in (SNIPPETS / "silu" / "float32_zero_slope.py").read_text()


def test_vector_pages_have_no_dead_zone_from_two_entries_on():
    # softmax2d.md, softmin.md, log-softmax.md: the Jacobian is 0 for a single entry, not for two or more
    cases = [
        (nn.Softmax2d(), lambda n: (1, n, 2, 2)),
        (lambda t: F.softmin(t, dim=0), lambda n: (n,)),
        (lambda t: F.log_softmax(t, dim=0), lambda n: (n,)),
    ]
    for f, shape in cases:
        for n in (1, 2, 5):
            x = torch.randn(shape(n), dtype=torch.float64, generator=torch.Generator().manual_seed(n))
            jacobian = torch.autograd.functional.jacobian(f, x).reshape(x.numel(), x.numel())
            if n == 1:
                assert (jacobian == 0).all()
            else:
                assert (jacobian.abs().sum(1) > 0).all()  # every output moves with the input
    assert "is not 0 for any finite input (for $C \\ge 2$ channels)" in page("softmax2d")
    assert "is not 0 for any finite input (for $n \\ge 2$ entries along `dim`)" in page("softmin")
    assert "positive for every finite input (for $n \\ge 2$ entries along `dim`)" in page("log-softmax")


def test_elu_and_celu_are_monotonic_and_only_c1():
    # gelu.md and softplus.md: ELU and CELU are monotonic and only C^1 (ELU only for alpha = 1)
    def second_derivative_jump(f):
        x = torch.tensor([-1e-9, 1e-9], dtype=torch.float64, requires_grad=True)
        (d1,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
        (d2,) = torch.autograd.grad(d1.sum(), x)
        return d1, d2

    x = torch.linspace(-10, 10, 2001, dtype=torch.float64, requires_grad=True)
    for f in (F.elu, F.celu, lambda t: F.celu(t, alpha=2.0)):
        (slopes,) = torch.autograd.grad(f(x).sum(), x)
        assert (slopes > 0).all()  # monotonic
        d1, d2 = second_derivative_jump(f)
        assert d1[0].item() == pytest.approx(d1[1].item(), abs=1e-6) and d2[0] > 0.4 and d2[1] == 0  # C^1 only
    d1, _ = second_derivative_jump(lambda t: F.elu(t, alpha=2.0))
    assert d1[0].item() == pytest.approx(2.0) and d1[1].item() == 1.0  # C^0 for alpha != 1
    assert "[ELU](elu.md) and [CELU](celu.md) are monotonic and only $C^1$ (ELU only for $\\alpha = 1$)" in page("gelu")
    assert "[ELU](elu.md) (ReLU-like too, but only $C^1$, and only for $\\alpha = 1$)" in page("softplus")


def test_gated_tanh_unit_scales_the_gradient_down_and_is_van_den_oords():
    # glu.md: the gated tanh unit tanh(a) sigma(b) of van den Oord et al. (2016) scales the gradient to a by
    # tanh'(a); GLU's path a sigma(b) does not
    a = torch.linspace(-3, 3, 61, dtype=torch.float64, requires_grad=True)
    b = torch.full_like(a, 2.0)
    (gtu,) = torch.autograd.grad((torch.tanh(a) * torch.sigmoid(b)).sum(), a)
    (glu,) = torch.autograd.grad(F.glu(torch.stack([a, b]), dim=0).sum(), a)
    torch.testing.assert_close(glu, torch.sigmoid(b))
    torch.testing.assert_close(gtu, (1 - torch.tanh(a) ** 2) * torch.sigmoid(b))
    says(
        "glu",
        "the gated tanh unit $\\tanh(a) \\otimes \\sigma(b)$ of van den Oord et al. (2016), which they compare "
        "GLU against",
        "arXiv:1606.05328",
    )
    assert "their gated tanh unit" not in page("glu")


def test_float32_dead_zones_of_log_softmax_and_celu():
    # log-softmax.md: 1 - p_i rounds to 0 once p_i rounds to 1 (the input (x, 0): from 16.64 on the vectorised
    # path, a little later on the scalar one); celu.md: e^(x/alpha) underflows below about -104
    def diagonal_slope_zero_from(xs):
        for x in xs:
            v = torch.tensor([x, 0.0], requires_grad=True)
            (g,) = torch.autograd.grad(torch.log_softmax(v, 0)[0], v)
            if g[0].item() == 0:
                return x
        return None

    assert 16 < diagonal_slope_zero_from([10 + 0.01 * i for i in range(1000)]) < 18
    says("log-softmax", "for the input $(x, 0)$ from about $x = 17$", numbers=("$x = 17$",))
    for alpha in (1.0, 2.0):
        edge = float32_slope_zero_from(lambda t, alpha=alpha: F.celu(t, alpha), torch.linspace(-240.0, -1.0, 239_001))
        assert round(edge / alpha) == -104, (alpha, edge)
    says("celu", "underflows to exactly 0 below about $x/\\alpha = -104$", numbers=("-104",))
