"""What docs/activations/softmax.md states about softmax is what torch computes.

Softmax does not fit the element-wise `Claims` shape of test_formulas.py: each output depends on a
whole vector, and the derivative is a Jacobian. So the page's formula is checked on vectors and
batches (with ±inf, nan, ±0 and ±1e4 entries) against torch.softmax, its Jacobian against
torch.autograd.functional.jacobian, and its other claims (defaults, implicit dim, related modules,
numbers quoted in the prose) one by one.

How torch.softmax treats non-finite entries (checked in test_torch_behaviour_on_inf_and_nan): it
computes exp(x - max) / sum(exp(x - max)) along `dim`. So a -inf entry gets exactly 0; a row that is
-inf everywhere gives nan (-inf - -inf = nan); a row with a +inf gives nan everywhere
(inf - inf); a row with a nan gives nan everywhere. The page's max-subtraction form, transcribed
below, does exactly the same, so it is compared with equal_nan=True at rtol=1e-12.
"""

import inspect
import math
import warnings
from types import SimpleNamespace

import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.functional import jacobian

from tests.shared import DOCS, EXTREMES, SNIPPETS
from tests.snippet_defs import definitions

PAGE = DOCS / "activations" / "softmax.md"
INF, NAN = math.inf, math.nan
F64 = torch.float64
# The page's torch.autograd.Function (snippets/softmax/autograd_function.py), loaded from the snippet.
Softmax = definitions(SNIPPETS / "softmax" / "autograd_function.py")["Softmax"]

# As on the page, verbatim.
FORMULA = r"\operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_{j=1}^{n} e^{x_j}}"
MAX_SHIFTED = r"\operatorname{softmax}(x)_i = \frac{e^{x_i - m}}{\sum_{j=1}^{n} e^{x_j - m}}, \qquad m = \max_k x_k"
JACOBIAN = r"\frac{\partial s_i}{\partial x_j} = s_i (\delta_{ij} - s_j)"
JACOBIAN_CASES = "\\begin{cases}\ns_i (1 - s_i) & i = j \\\\\n-s_i s_j & i \\ne j\n\\end{cases}"
JACOBIAN_MATRIX = r"J = \operatorname{diag}(s) - s s^\top"
VJP = r"J^\top g = s \odot \bigl(g - (g \cdot s)\bigr)"
TEMPERATURE = r"\operatorname{softmax}(x / T)_i = \frac{e^{x_i / T}}{\sum_j e^{x_j / T}}"


def naive(x: torch.Tensor, dim: int) -> torch.Tensor:
    """FORMULA typed as is."""
    return torch.exp(x) / torch.exp(x).sum(dim=dim, keepdim=True)


def f(x: torch.Tensor, dim: int) -> torch.Tensor:
    """MAX_SHIFTED: the same formula with m = max_k x_k subtracted from every logit."""
    m = x.amax(dim=dim, keepdim=True)
    return torch.exp(x - m) / torch.exp(x - m).sum(dim=dim, keepdim=True)


def jac(s: torch.Tensor) -> torch.Tensor:
    """JACOBIAN for one vector s = softmax(x): J[i, j] = s_i (delta_ij - s_j)."""
    delta = torch.eye(len(s), dtype=s.dtype)
    return s[:, None] * (delta - s[None, :])


def vjp(s: torch.Tensor, g: torch.Tensor, dim: int) -> torch.Tensor:
    """VJP, as the page's Softmax.backward computes it from the saved output s."""
    grad_x, grad_dim = Softmax.backward(SimpleNamespace(saved_tensors=(s,), dim=dim), g)
    assert grad_dim is None  # dim is not differentiable
    return grad_x


def rows_with_extremes() -> torch.Tensor:
    """One row per extreme and per pair of extremes, padded with ordinary logits."""
    rows = [[a, 0.5, -2.0, 3.0] for a in EXTREMES]
    rows += [[a, b, 0.5, -2.0] for a in EXTREMES for b in EXTREMES]
    rows += [[a, a, a, a] for a in EXTREMES]  # all equal, incl. all -inf / all +inf / all nan
    rows += [[-0.0, 0.0, -0.0, 0.0], [1e4, -1e4, 0.0, 0.0], [1e4, 1e4, 0.0, -1e4], [-1e4, -1e4, -1e4 + 1, -1e4]]
    return torch.tensor(rows, dtype=F64)


def ordinary_batches() -> list[torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    return [
        torch.randn(64, 10, generator=g, dtype=F64),
        30 * torch.randn(64, 10, generator=g, dtype=F64),
        torch.linspace(-20, 20, 4001, dtype=F64)[None, :],
        torch.tensor([[2.0, 1.0, 0.1, -1.0]], dtype=F64),
    ]


def close(actual, expected):
    torch.testing.assert_close(actual, expected, equal_nan=True, rtol=1e-12, atol=0)


# --- the page states what is checked here ---------------------------------------------------------


def test_page_states_the_formulas_checked_here():
    text = PAGE.read_text(encoding="utf-8")
    for latex in (FORMULA, MAX_SHIFTED, JACOBIAN, JACOBIAN_CASES, JACOBIAN_MATRIX, VJP, TEMPERATURE):
        assert latex in text, f"docs/activations/softmax.md no longer states {latex!r}: update it here too"


# --- formula against torch.softmax ----------------------------------------------------------------


def test_formula_matches_torch_on_rows_with_extremes():
    x = rows_with_extremes()
    close(f(x, dim=1), torch.softmax(x, dim=1))
    close(f(x.T, dim=0), torch.softmax(x.T, dim=0))
    close(f(x, dim=-1), F.softmax(x, dim=-1))


@pytest.mark.parametrize("batch", ordinary_batches(), ids=["randn", "30*randn", "linspace", "page-logits"])
def test_formula_matches_torch_on_batches(batch):
    close(f(batch, dim=1), torch.softmax(batch, dim=1))
    close(f(batch, dim=0), torch.softmax(batch, dim=0))
    x3 = batch.reshape(1, *batch.shape).expand(3, -1, -1) * torch.tensor([1.0, -1.0, 0.5], dtype=F64)[:, None, None]
    for dim in (0, 1, 2, -1):
        close(f(x3, dim=dim), torch.softmax(x3, dim=dim))


def test_naive_formula_matches_where_it_does_not_overflow_and_gives_nan_where_it_does():
    for batch in ordinary_batches()[:1] + ordinary_batches()[2:]:  # |x| <= 20: exp is finite
        close(naive(batch, dim=1), torch.softmax(batch, dim=1))
    # the page: e^1000 is inf in float32 and in float64; naive gives nan, torch.softmax does not
    for dtype in (torch.float32, F64):
        x = torch.tensor([1000.0, 1001.0, 1002.0], dtype=dtype)
        assert torch.exp(x).isinf().all()
        assert naive(x, dim=0).isnan().all()
        close(torch.softmax(x, dim=0), torch.softmax(x - 1000, dim=0))
    # "as soon as a logit exceeds about 88 in float32 (709 in float64)"
    for dtype, ok, bad in ((torch.float32, 88.0, 89.0), (F64, 709.0, 710.0)):
        assert naive(torch.tensor([ok, 0.0], dtype=dtype), dim=0).isfinite().all()
        assert naive(torch.tensor([bad, 0.0], dtype=dtype), dim=0).isnan().any()


def test_torch_behaviour_on_inf_and_nan():
    # as the page's masking.py shows and the module docstring explains
    x = torch.tensor(
        [
            [1.0, 2.0, -INF],  # -inf: probability exactly 0
            [-INF, -INF, -INF],  # fully masked: nan
            [1.0, 2.0, INF],  # +inf: nan everywhere
            [1.0, 2.0, NAN],  # nan: nan everywhere
            [INF, INF, INF],
            [-0.0, 0.0, -0.0],  # signed zeros: uniform
        ],
        dtype=F64,
    )
    s = torch.softmax(x, dim=1)
    assert s[0, 2].item() == 0.0 and s[0, :2].isfinite().all() and s[0].sum().item() == pytest.approx(1, abs=1e-15)
    assert s[1:5].isnan().all()
    assert s[5].tolist() == [1 / 3] * 3
    # a one-hot output from finite extremes: entries round to exactly 0 and 1
    assert torch.softmax(torch.tensor([1e4, -1e4, 0.0], dtype=F64), dim=0).tolist() == [1.0, 0.0, 0.0]


# --- Jacobian against autograd --------------------------------------------------------------------

VECTORS = [
    [2.0, 1.0, 0.1, -1.0],
    [0.0, 0.0, 0.0, 0.0, 0.0],
    [-0.0, 0.0, 1e-3, -1e-3],
    [1e4, -1e4, 0.0],
    [5.0, -3.0, 0.25, 7.5, -12.0, 1.0],
    [-1e4, -1e4 + 1, -1e4 + 2],
    [3.0, -INF, 1.0],
]


@pytest.mark.parametrize("values", VECTORS, ids=lambda v: str(v))
def test_jacobian_matches_autograd(values):
    x = torch.tensor(values, dtype=F64)
    s = torch.softmax(x, dim=0)
    expected = jacobian(lambda t: torch.softmax(t, dim=0), x)
    close(jac(s), expected)
    # the cases form, entry by entry
    n = len(values)
    cases = torch.tensor(
        [[s[i] * (1 - s[i]) if i == j else -s[i] * s[j] for j in range(n)] for i in range(n)], dtype=F64
    )
    close(cases, expected)
    close(torch.diag(s) - torch.outer(s, s), expected)  # JACOBIAN_MATRIX
    torch.testing.assert_close(expected.sum(dim=0), torch.zeros(n, dtype=F64), rtol=0, atol=1e-15)  # columns sum to 0


def test_vector_jacobian_product_matches_autograd():
    gen = torch.Generator().manual_seed(1)
    for x in [torch.randn(8, 6, generator=gen, dtype=F64), rows_with_extremes()[:11]]:
        g = torch.randn(x.shape, generator=gen, dtype=F64)
        xr = x.clone().requires_grad_(True)
        s = torch.softmax(xr, dim=1)
        (grad,) = torch.autograd.grad(s, xr, g)
        close(vjp(s.detach(), g, dim=1), grad)


def test_autograd_function_on_the_page_passes_gradcheck():
    x = torch.randn(3, 4, 5, generator=torch.Generator().manual_seed(2), dtype=F64, requires_grad=True)
    for dim in (0, 1, 2):
        close(Softmax.apply(x, dim).detach(), torch.softmax(x, dim=dim).detach())
        assert torch.autograd.gradcheck(lambda t, dim=dim: Softmax.apply(t, dim), (x,))


# --- At a glance: value at 0, range, saturation, monotonicity ---------------------------------------


@pytest.mark.parametrize("n", [1, 2, 3, 4, 10])
def test_value_and_diagonal_slope_at_zero(n):
    x = torch.zeros(n, dtype=F64)
    close(torch.softmax(x, dim=0), torch.full((n,), 1 / n, dtype=F64))
    J = jacobian(lambda t: torch.softmax(t, dim=0), x)
    close(torch.diagonal(J), torch.full((n,), (1 / n) * (1 - 1 / n), dtype=F64))


def test_range_entries_in_0_1_and_sum_to_1():
    x = 50 * torch.randn(1000, 7, generator=torch.Generator().manual_seed(3), dtype=F64)
    s = torch.softmax(x, dim=1)
    assert (s >= 0).all() and (s <= 1).all()
    torch.testing.assert_close(s.sum(dim=1), torch.ones(1000, dtype=F64), rtol=0, atol=1e-14)
    moderate = torch.softmax(x / 50, dim=1)  # |x| of a few units: strictly inside (0, 1)
    assert (moderate > 0).all() and (moderate < 1).all()


def test_order_is_kept_and_diagonal_positive_off_diagonal_negative():
    x = torch.randn(200, 6, generator=torch.Generator().manual_seed(4), dtype=F64)
    s = torch.softmax(x, dim=1)
    assert torch.equal(s.argsort(dim=1), x.argsort(dim=1))
    J = jacobian(lambda t: torch.softmax(t, dim=0), x[0])
    off = ~torch.eye(6, dtype=torch.bool)
    assert (torch.diagonal(J) > 0).all() and (J[off] < 0).all()


def test_diagonal_slope_at_most_a_quarter_and_saturation():
    # the one_logit figure: the peak of d p0 / d x0 is 0.25 (where p0 = 0.5)
    x0 = torch.linspace(-8, 8, 401, requires_grad=True)
    others = torch.tensor([1.0, 0.1, -1.0]).expand(len(x0), 3)
    p0 = torch.softmax(torch.cat([x0[:, None], others], dim=1), dim=1)[:, 0]
    (dp0,) = torch.autograd.grad(p0.sum(), x0)
    assert dp0.max().item() <= 0.25 + 1e-7 and dp0.max().item() == pytest.approx(0.25, abs=1e-3)
    assert dp0[0].item() < 1e-3 and dp0[-1].item() < 1e-2
    # saturation.py: in float32 at scale 20, p0 rounds to exactly 1 and its own slope is exactly 0
    x = (20 * torch.tensor([1.0, 0.0, -1.0])).requires_grad_()
    p = torch.softmax(x, dim=0)
    (grad,) = torch.autograd.grad(p[0], x)
    assert p[0].item() == 1.0 and grad[0].item() == 0.0


def test_shift_invariance_and_temperature():
    x = torch.tensor([2.0, 1.0, 0.1, -1.0], dtype=F64)
    for c in (-5.0, 100.0, 1e3):
        torch.testing.assert_close(torch.softmax(x + c, dim=0), torch.softmax(x, dim=0), rtol=1e-12, atol=1e-15)
    # TEMPERATURE transcribed; T < 1 sharpens, T > 1 flattens, order kept
    for T in (0.5, 1.0, 2.0, 5.0):
        close(torch.exp(x / T) / torch.exp(x / T).sum(), torch.softmax(x / T, dim=0))
    peaks = [torch.softmax(x / T, dim=0).max().item() for T in (0.5, 1.0, 2.0, 5.0)]
    assert peaks == sorted(peaks, reverse=True)
    assert torch.softmax(x / 1e-3, dim=0).tolist() == [1.0, 0.0, 0.0, 0.0]
    torch.testing.assert_close(torch.softmax(x / 1e6, dim=0), torch.full((4,), 0.25, dtype=F64), rtol=0, atol=1e-6)


def test_two_classes_is_sigmoid_of_the_difference():
    a = torch.linspace(-30, 30, 601, dtype=F64)
    b = torch.linspace(5, -5, 601, dtype=F64)
    torch.testing.assert_close(
        torch.softmax(torch.stack([a, b], dim=1), dim=1)[:, 0], torch.sigmoid(a - b), rtol=1e-12, atol=1e-15
    )


# --- PyTorch API: defaults, implicit dim, related modules, losses ---------------------------------


@pytest.mark.parametrize(
    ("api", "name", "value"),
    [
        (nn.Softmax, "dim", None),
        (F.softmax, "dim", None),
        (F.softmax, "dtype", None),
        (nn.LogSoftmax, "dim", None),
        (F.log_softmax, "dim", None),
        (nn.Softmin, "dim", None),
    ],
)
def test_defaults_match_torch_and_the_page(api, name, value):
    assert inspect.signature(api).parameters[name].default == value
    assert f"`{name}={value!r}`" in PAGE.read_text(encoding="utf-8")


def test_torch_softmax_has_no_default_dim():
    with pytest.raises(TypeError):
        torch.softmax(torch.zeros(3))


@pytest.mark.parametrize("call", [lambda x: F.softmax(x), lambda x: nn.Softmax()(x)], ids=["F.softmax", "nn.Softmax"])
@pytest.mark.parametrize(("ndim", "chosen"), [(0, 0), (1, 0), (2, 1), (3, 0), (4, 1)])
def test_implicit_dim_warns_and_picks_by_ndim(call, ndim, chosen):
    x = torch.randn(tuple([2, 3, 4, 5][:ndim]), generator=torch.Generator().manual_seed(5), dtype=F64)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y = call(x)
    assert [w.category for w in caught] == [UserWarning]
    assert "Implicit dimension choice for softmax has been deprecated" in str(caught[0].message)
    torch.testing.assert_close(y, torch.softmax(x, dim=chosen), rtol=0, atol=0)


def test_softmax2d_softmin_and_log_softmax():
    x = torch.randn(2, 3, 4, 5, generator=torch.Generator().manual_seed(6), dtype=F64)
    close(nn.Softmax2d()(x), torch.softmax(x, dim=-3))  # over the channels of (N, C, H, W)
    close(nn.Softmax2d()(x[0]), torch.softmax(x[0], dim=-3))  # and of (C, H, W)
    close(nn.Softmin(dim=1)(x), torch.softmax(-x, dim=1))
    torch.testing.assert_close(
        nn.LogSoftmax(dim=1)(x), x - torch.logsumexp(x, dim=1, keepdim=True), rtol=1e-12, atol=1e-15
    )
    # log_softmax.py: log(softmax) underflows to -inf in float32, log_softmax stays finite
    x = torch.tensor([0.0, -200.0])
    assert torch.log(torch.softmax(x, dim=0))[1].item() == -INF
    assert F.log_softmax(x, dim=0).tolist() == [0.0, -200.0]


def test_cross_entropy_claims():
    logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0], [1.0, 2.0, 0.5]], dtype=F64)
    target = torch.tensor([0, 2, 0])
    ce = nn.CrossEntropyLoss()(logits, target)
    torch.testing.assert_close(ce, nn.NLLLoss()(F.log_softmax(logits, dim=1), target), rtol=1e-12, atol=0)
    # softmax before CrossEntropyLoss: a different loss, bounded below by log(1 + 2/e) for 3 classes
    wrong = nn.CrossEntropyLoss()(torch.softmax(logits, dim=1), target)
    assert round(ce.item(), 4) == 0.6588 and round(wrong.item(), 4) == 0.8791
    floor = nn.CrossEntropyLoss()(torch.softmax(torch.tensor([[100.0, 0.0, 0.0]], dtype=F64), dim=1), torch.tensor([0]))
    assert floor.item() == pytest.approx(math.log(1 + 2 / math.e), rel=1e-12)
    assert round(math.log(1 + 2 / math.e), 4) == 0.5514
    # the gradient of cross-entropy with respect to the logits is s - y
    x = logits.clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(nn.CrossEntropyLoss(reduction="sum")(x, target), x)
    close(grad, torch.softmax(logits, dim=1) - F.one_hot(target, 3).to(F64))
