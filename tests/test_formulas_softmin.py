"""What docs/activations/softmin.md states about Softmin is what torch computes.

Softmin maps a vector to a vector, so it does not fit the element-wise `Claims` shape of
test_formulas.py: here the page's formula is checked against torch along every `dim` of batches
that hold extremes, its Jacobian against `torch.autograd.functional.jacobian`, and its value and
Jacobian at 0, range, defaults, implicit-dim warning and the identity softmin(x) = softmax(-x).
"""

import inspect
import math

import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.functional import jacobian

from tests.shared import DOCS
from tests.vector_checks import (
    assert_batched_gradient_matches_jacobian,
    assert_implicit_dim_warns_and_guesses,
    assert_jacobian_matches_autograd,
)

PAGE = DOCS / "activations" / "softmin.md"
INF, NAN = math.inf, math.nan

# As on the page, verbatim.
FORMULA = r"\operatorname{Softmin}(x)_i = \frac{e^{-x_i}}{\sum_j e^{-x_j}}"
DERIVATIVE = (
    r"\frac{\partial \operatorname{Softmin}(x)_i}{\partial x_j} = "
    r"-\operatorname{Softmin}(x)_i \bigl(\delta_{ij} - \operatorname{Softmin}(x)_j\bigr)"
)

# Rows with extremes: huge and tiny gaps, ±0, ±inf, nan, a row of +inf (every entry "masked").
ROWS = torch.tensor(
    [
        [0.0, -0.0, 0.0, 0.0],
        [1.0, 2.0, 0.5, 3.0],
        [0.0, 200.0, 1e-3, -1e-3],
        [1e4, -1e4, 0.0, 1.0],
        [1e4, 1e4, 1e4, 1e4],
        [-1000.0, -1001.0, -1002.0, -1003.0],
        [INF, 0.0, 1.0, 2.0],
        [INF, INF, INF, INF],
        [-INF, 0.0, 1.0, 2.0],
        [NAN, 0.0, 1.0, 2.0],
        [20.0, -20.0, 1e-8, 5.0],
    ],
    dtype=torch.float64,
)
torch.manual_seed(0)
BATCH = torch.cat([ROWS, 30 * torch.randn(64, 4, dtype=torch.float64)])
FINITE = BATCH[torch.isfinite(BATCH).all(dim=1)]


def f(x: torch.Tensor, dim: int) -> torch.Tensor:
    """The page's formula e^{-x_i} / sum_j e^{-x_j}, with numerator and denominator both divided by
    e^{-min x} (the stable form on the page): typed as is, e^{1000} overflows and rows become nan."""
    z = -x - (-x).amax(dim=dim, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=dim, keepdim=True)


def jacobian_formula(x: torch.Tensor) -> torch.Tensor:
    """-s_i (delta_ij - s_j) for one vector x, s = softmin(x)."""
    s = F.softmin(x, dim=0)
    return -(torch.diag(s) - torch.outer(s, s))


def test_page_states_the_formulas_checked_here():
    text = PAGE.read_text(encoding="utf-8")
    for latex in (FORMULA, DERIVATIVE):
        assert latex in text, f"docs/activations/softmin.md no longer states {latex!r}: update it here too"
    assert FORMULA + r" = \operatorname{softmax}(-x)_i" in text


@pytest.mark.parametrize("dim", [0, 1, -1])
@pytest.mark.parametrize(
    "torch_form",
    [lambda x, dim: F.softmin(x, dim=dim), lambda x, dim: nn.Softmin(dim=dim)(x)],
    ids=["F.softmin", "nn.Softmin"],
)
def test_formula_matches_torch_along_every_dim(torch_form, dim):
    torch.testing.assert_close(f(BATCH, dim), torch_form(BATCH, dim), equal_nan=True, rtol=1e-12, atol=0)


def test_formula_matches_torch_on_3d_input():
    x = 10 * torch.randn(3, 5, 7, dtype=torch.float64)
    for dim in range(-3, 3):
        torch.testing.assert_close(f(x, dim), F.softmin(x, dim=dim), rtol=1e-12, atol=0)


@pytest.mark.parametrize("dim", [0, 1])
def test_softmin_is_softmax_of_minus_x(dim):
    torch.testing.assert_close(F.softmin(BATCH, dim=dim), F.softmax(-BATCH, dim=dim), equal_nan=True, rtol=0, atol=0)


def test_softmin_is_not_one_minus_softmax():
    x = FINITE
    assert not torch.allclose(F.softmin(x, dim=1), 1 - F.softmax(x, dim=1))
    torch.testing.assert_close((1 - F.softmax(x, dim=1)).sum(dim=1), torch.full((len(x),), 3.0, dtype=x.dtype))


def test_jacobian_matches_autograd():
    assert_jacobian_matches_autograd(lambda t: F.softmin(t, dim=0), jacobian_formula, FINITE)


def test_batched_gradient_matches_the_jacobian():
    assert_batched_gradient_matches_jacobian(lambda t: F.softmin(t, dim=1), jacobian_formula, FINITE, atol=1e-15)


@pytest.mark.parametrize("n", [1, 2, 3, 10])
def test_value_and_jacobian_at_zero(n):
    # page: at x = 0 every output is 1/n, and the Jacobian is -(delta_ij / n - 1 / n^2)
    zero = torch.zeros(n, dtype=torch.float64)
    torch.testing.assert_close(F.softmin(zero, dim=0), torch.full((n,), 1 / n, dtype=torch.float64))
    J = jacobian(lambda t: F.softmin(t, dim=0), zero)
    torch.testing.assert_close(J, -(torch.eye(n, dtype=torch.float64) / n - 1 / n**2))


def test_range_and_normalisation():
    # page: each output in (0, 1), summing to 1 along dim; in floating point it can reach 0 or 1
    y = F.softmin(FINITE, dim=1)
    assert (y >= 0).all() and (y <= 1).all()
    torch.testing.assert_close(y.sum(dim=1), torch.ones(len(FINITE), dtype=torch.float64))
    assert y.min().item() == 0.0 and y.max().item() == 1.0  # the [1e4, -1e4, 0, 1] row rounds


def test_largest_weight_on_smallest_entry_and_shift_invariance():
    x = FINITE
    assert torch.equal(F.softmin(x, dim=1).argmax(dim=1), x.argmin(dim=1))
    torch.testing.assert_close(F.softmin(x + 123.0, dim=1), F.softmin(x, dim=1), rtol=1e-9, atol=1e-15)
    assert not torch.allclose(F.softmin(2 * x, dim=1), F.softmin(x, dim=1))


def test_defaults_and_api_match_torch_and_the_page():
    text = PAGE.read_text(encoding="utf-8")
    assert inspect.signature(nn.Softmin).parameters["dim"].default is None
    assert inspect.signature(F.softmin).parameters["dim"].default is None
    assert inspect.signature(F.softmin).parameters["dtype"].default is None
    for shown in ("`dim=None`", "`dtype=None`"):
        assert shown in text
    # page: "there is no `torch.softmin` and no tensor method", "there is no log-softmin in PyTorch"
    assert not hasattr(torch, "softmin") and not hasattr(torch.Tensor, "softmin")
    assert not [name for name in dir(F) + dir(torch) + dir(nn) if "logsoftmin" in name.lower().replace("_", "")]


@pytest.mark.parametrize("ndim, guessed", [(1, 0), (2, 1), (3, 0), (4, 1)])
def test_implicit_dim_warns_and_guesses_as_the_page_says(ndim, guessed):
    calls = [lambda t: F.softmin(t), lambda t: nn.Softmin()(t)]
    assert_implicit_dim_warns_and_guesses(PAGE.read_text(encoding="utf-8"), "softmin", calls, F.softmin, ndim, guessed)
