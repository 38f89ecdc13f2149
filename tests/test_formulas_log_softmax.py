"""What docs/activations/log-softmax.md states about LogSoftmax is what torch computes.

LogSoftmax maps a vector to a vector, so it does not fit the element-wise `Claims` shape of
test_formulas.py: here the page's formula is checked against torch along every `dim` of batches
that hold extremes, its Jacobian against `torch.autograd.functional.jacobian`, and its value and
Jacobian at 0, range, defaults, implicit-dim warning and the CrossEntropyLoss identity one by one.
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

PAGE = DOCS / "activations" / "log-softmax.md"
INF, NAN = math.inf, math.nan

# As on the page, verbatim.
FORMULA = r"\operatorname{LogSoftmax}(x)_i = x_i - \log \sum_j e^{x_j}"
DERIVATIVE = r"\frac{\partial \operatorname{LogSoftmax}(x)_i}{\partial x_j} = \delta_{ij} - \operatorname{softmax}(x)_j"

# Rows of logits with extremes: huge and tiny gaps, ±0, ±inf, nan, a fully masked row.
ROWS = torch.tensor(
    [
        [0.0, -0.0, 0.0, 0.0],
        [2.0, 1.0, 0.1, -1.0],
        [0.0, -200.0, 1e-3, -1e-3],
        [1e4, -1e4, 0.0, 1.0],
        [-1e4, -1e4, -1e4, -1e4],
        [1000.0, 1001.0, 1002.0, 1003.0],
        [-INF, 0.0, 1.0, 2.0],
        [-INF, -INF, -INF, -INF],
        [INF, 0.0, 1.0, 2.0],
        [NAN, 0.0, 1.0, 2.0],
        [20.0, -20.0, 1e-8, 5.0],
    ],
    dtype=torch.float64,
)
torch.manual_seed(0)
BATCH = torch.cat([ROWS, 30 * torch.randn(64, 4, dtype=torch.float64)])
FINITE = BATCH[torch.isfinite(BATCH).all(dim=1)]


def f(x: torch.Tensor, dim: int) -> torch.Tensor:
    """The page's formula, x_i - log sum_j e^{x_j}, with the log-sum-exp trick the page describes
    (m + log sum_j e^{x_j - m}): without it e^{1e4} overflows and rows like [1e4, ...] become nan."""
    m = x.amax(dim=dim, keepdim=True)
    return (x - m) - torch.log(torch.exp(x - m).sum(dim=dim, keepdim=True))


def jacobian_formula(x: torch.Tensor) -> torch.Tensor:
    """delta_ij - softmax(x)_j for one vector x."""
    n = x.numel()
    return torch.eye(n, dtype=x.dtype) - torch.softmax(x, dim=0).expand(n, n)


def test_page_states_the_formulas_checked_here():
    text = PAGE.read_text(encoding="utf-8")
    for latex in (FORMULA, DERIVATIVE):
        assert latex in text, f"docs/activations/log-softmax.md no longer states {latex!r}: update it here too"
    assert "\\delta_{ij} =\n\\begin{cases}\n1 & i = j \\\\\n0 & i \\ne j\n\\end{cases}" in text
    assert r"\log \sum_j e^{x_j} = m + \log \sum_j e^{x_j - m}, \qquad m = \max_j x_j" in text


@pytest.mark.parametrize("dim", [0, 1, -1])
@pytest.mark.parametrize(
    "torch_form",
    [
        lambda x, dim: F.log_softmax(x, dim=dim),
        lambda x, dim: torch.log_softmax(x, dim=dim),
        lambda x, dim: nn.LogSoftmax(dim=dim)(x),
        lambda x, dim: x.log_softmax(dim=dim),
        lambda x, dim: torch.special.log_softmax(x, dim=dim),
    ],
    ids=["F.log_softmax", "torch.log_softmax", "nn.LogSoftmax", "Tensor.log_softmax", "torch.special.log_softmax"],
)
def test_formula_matches_torch_along_every_dim(torch_form, dim):
    torch.testing.assert_close(f(BATCH, dim), torch_form(BATCH, dim), equal_nan=True, rtol=1e-12, atol=0)


def test_formula_matches_torch_on_3d_input():
    x = 10 * torch.randn(3, 5, 7, dtype=torch.float64)
    for dim in range(-3, 3):
        # atol: torch may sum e^{x_j - m} in another order along a non-last dim; an output near 0 then
        # differs by one rounding of the log-sum-exp (2.2e-16), which no rtol can absorb
        torch.testing.assert_close(f(x, dim), F.log_softmax(x, dim=dim), rtol=1e-12, atol=1e-15)


def test_jacobian_matches_autograd():
    assert_jacobian_matches_autograd(lambda t: F.log_softmax(t, dim=0), jacobian_formula, FINITE)


def test_batched_gradient_matches_the_jacobian():
    assert_batched_gradient_matches_jacobian(lambda t: F.log_softmax(t, dim=1), jacobian_formula, FINITE, atol=1e-12)


@pytest.mark.parametrize("n", [1, 2, 3, 10])
def test_value_and_jacobian_at_zero(n):
    # page: at x = 0 every output is -log n, and the Jacobian is delta_ij - 1/n
    zero = torch.zeros(n, dtype=torch.float64)
    torch.testing.assert_close(F.log_softmax(zero, dim=0), torch.full((n,), -math.log(n), dtype=torch.float64))
    J = jacobian(lambda t: F.log_softmax(t, dim=0), zero)
    torch.testing.assert_close(J, torch.eye(n, dtype=torch.float64) - 1 / n)


def test_range_and_normalisation():
    # page: each output in (-inf, 0], and the exponentials sum to 1
    y = F.log_softmax(FINITE, dim=1)
    assert (y <= 0).all()
    torch.testing.assert_close(y.exp().sum(dim=1), torch.ones(len(FINITE), dtype=torch.float64))
    assert y.min().item() < -1e3  # unbounded below: the [1e4, -1e4, ...] row
    assert y.max().item() == 0.0  # 0 is reached in floating point by a dominant logit


def test_naive_log_of_softmax_is_minus_inf_in_float32():
    x = torch.tensor([0.0, -200.0], requires_grad=True)
    naive = torch.log(torch.softmax(x, dim=0))
    assert naive[1].item() == -INF
    (grad,) = torch.autograd.grad(naive[1], x)
    assert grad.isnan().all()
    stable = F.log_softmax(x, dim=0)
    assert stable.tolist() == [0.0, -200.0]


def test_log_softmax_nll_is_cross_entropy():
    logits = torch.randn(16, 5, dtype=torch.float64)
    target = torch.randint(0, 5, (16,))
    nll = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)
    torch.testing.assert_close(nll, nn.CrossEntropyLoss()(logits, target))
    # and log_softmax is idempotent, so CrossEntropyLoss on log-probabilities gives the same loss
    torch.testing.assert_close(nn.CrossEntropyLoss()(F.log_softmax(logits, dim=1), target), nll)
    # the gradient of -log p_y with respect to the logits is softmax(x) - onehot(y)
    x = logits.clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(nn.NLLLoss(reduction="sum")(F.log_softmax(x, dim=1), target), x)
    torch.testing.assert_close(grad, torch.softmax(logits, dim=1) - F.one_hot(target, 5).to(logits.dtype))


def test_defaults_match_torch_and_the_page():
    text = PAGE.read_text(encoding="utf-8")
    assert inspect.signature(nn.LogSoftmax).parameters["dim"].default is None
    assert inspect.signature(F.log_softmax).parameters["dim"].default is None
    assert inspect.signature(F.log_softmax).parameters["dtype"].default is None
    for shown in ("`dim=None`", "`dtype=None`"):
        assert shown in text


@pytest.mark.parametrize("ndim, guessed", [(1, 0), (2, 1), (3, 0), (4, 1)])
def test_implicit_dim_warns_and_guesses_as_the_page_says(ndim, guessed):
    calls = [lambda t: F.log_softmax(t), lambda t: nn.LogSoftmax()(t)]
    assert_implicit_dim_warns_and_guesses(
        PAGE.read_text(encoding="utf-8"), "log_softmax", calls, F.log_softmax, ndim, guessed
    )
