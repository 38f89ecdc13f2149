"""What the pages of the activations that map a vector to a vector state is what torch computes.

Each such activation's claims are one `VectorClaims` in its own file (tests/test_formulas_log_softmax.py,
tests/test_formulas_softmin.py, with the tests particular to its page); here every one gets the same checks
(tests/vector_checks.py): the formulas on its page, its formula against every way torch spells it along
every dim of batches that hold extremes and on a 3-D input, its Jacobian against autograd, value and
Jacobian at 0, range and normalisation, defaults, and the implicit-dim warning.
"""

import dataclasses
import inspect
import math

import pytest
import torch

from tests.shared import DOCS
from tests.test_formulas_log_softmax import CLAIMS as LOG_SOFTMAX
from tests.test_formulas_softmin import CLAIMS as SOFTMIN
from tests.vector_checks import (
    VectorClaims,
    assert_batched_gradient_matches_jacobian,
    assert_implicit_dim_warns_and_guesses,
    assert_jacobian_matches_autograd,
)

CLAIMS = [LOG_SOFTMAX, SOFTMIN]
each = pytest.mark.parametrize("claims", CLAIMS, ids=lambda c: c.slug)


def page_text(claims: VectorClaims) -> str:
    return (DOCS / "activations" / f"{claims.slug}.md").read_text(encoding="utf-8")


@each
def test_page_states_the_formulas_checked_here(claims):
    text = page_text(claims)
    for latex in (claims.formula, claims.derivative, *claims.also_stated):
        assert latex in text, f"docs/activations/{claims.slug}.md no longer states {latex!r}: update its claims too"


@pytest.mark.parametrize("dim", [0, 1, -1])
@pytest.mark.parametrize(
    "claims, form", [(c, form) for c in CLAIMS for form in c.torch_forms], ids=lambda v: getattr(v, "slug", v)
)
def test_formula_matches_torch_along_every_dim(claims, form, dim):
    batch = claims.batch
    torch.testing.assert_close(
        claims.f(batch, dim), claims.torch_forms[form](batch, dim), equal_nan=True, rtol=1e-12, atol=0
    )


@each
def test_formula_matches_torch_on_3d_input(claims):
    x = 10 * torch.randn(3, 5, 7, dtype=torch.float64)
    for dim in range(-3, 3):
        torch.testing.assert_close(claims.f(x, dim), claims.functional(x, dim=dim), rtol=1e-12, atol=claims.atol_3d)


@each
def test_jacobian_matches_autograd(claims):
    assert_jacobian_matches_autograd(lambda t: claims.functional(t, dim=0), claims.jacobian_formula, claims.finite)


@each
def test_batched_gradient_matches_the_jacobian(claims):
    assert_batched_gradient_matches_jacobian(
        lambda t: claims.functional(t, dim=1), claims.jacobian_formula, claims.finite, atol=claims.atol_batched
    )


@pytest.mark.parametrize("n", [1, 2, 3, 10])
@each
def test_value_and_jacobian_at_zero(claims, n):
    zero = torch.zeros(n, dtype=torch.float64)
    expected = torch.full((n,), claims.value_at_zero(n), dtype=torch.float64)
    torch.testing.assert_close(claims.functional(zero, dim=0), expected)
    jacobian = torch.autograd.functional.jacobian(lambda t: claims.functional(t, dim=0), zero)
    torch.testing.assert_close(jacobian, claims.jacobian_at_zero(n))


@each
def test_range_and_normalisation(claims):
    # each output within the page's range, a finite bound reached in floating point (an infinite one
    # passed by 1e3), and the outputs as probabilities sum to 1 along dim
    y = claims.functional(claims.finite, dim=1)
    low, high = claims.range_
    assert (y >= low).all() and (y <= high).all()
    total = claims.probabilities(y).sum(dim=1)
    torch.testing.assert_close(total, torch.ones(len(y), dtype=torch.float64))
    assert y.min().item() == low if math.isfinite(low) else y.min().item() < -1e3
    assert y.max().item() == high if math.isfinite(high) else y.max().item() > 1e3


@each
def test_defaults_match_torch_and_the_page(claims):
    assert inspect.signature(claims.module).parameters["dim"].default is None
    assert inspect.signature(claims.functional).parameters["dim"].default is None
    assert inspect.signature(claims.functional).parameters["dtype"].default is None
    text = page_text(claims)
    for shown in claims.defaults_shown:
        assert shown in text


@pytest.mark.parametrize("ndim, guessed", [(1, 0), (2, 1), (3, 0), (4, 1)])
@each
def test_implicit_dim_warns_and_guesses_as_the_page_says(claims, ndim, guessed):
    calls = [lambda t: claims.functional(t), lambda t: claims.module()(t)]
    assert_implicit_dim_warns_and_guesses(page_text(claims), claims.name, calls, claims.functional, ndim, guessed)


def test_the_checks_fail_on_a_wrong_claim():
    """Seeded: LogSoftmax's claims with Softmin's value at 0, range and formula each fail their check."""
    wrong = [
        (test_value_and_jacobian_at_zero, {"value_at_zero": SOFTMIN.value_at_zero}, {"n": 2}),
        (test_range_and_normalisation, {"range_": SOFTMIN.range_}, {}),
        (test_formula_matches_torch_on_3d_input, {"f": SOFTMIN.f}, {}),
        (test_page_states_the_formulas_checked_here, {"formula": SOFTMIN.formula}, {}),
    ]
    for check, change, arguments in wrong:
        with pytest.raises(AssertionError):
            check(dataclasses.replace(LOG_SOFTMAX, **change), **arguments)
