"""Checks shared by the activations that map a vector to a vector (LogSoftmax, Softmin).

Each output depends on a whole row along `dim`, so the derivative a page states is a Jacobian, and
called without `dim` torch guesses one from the input's rank (with a deprecation warning). The
per-page test files keep what is particular to each page: the formula, the rows with extremes, the
Jacobian formula and the identities the page claims.
"""

from collections.abc import Callable

import pytest
import torch
from torch.autograd.functional import jacobian

Fn = Callable[[torch.Tensor], torch.Tensor]


def assert_jacobian_matches_autograd(along_dim0: Fn, jacobian_formula: Fn, rows: torch.Tensor) -> None:
    """The page's Jacobian equals autograd's for every row (each a vector, the function on dim 0)."""
    for x in rows:
        torch.testing.assert_close(jacobian(along_dim0, x), jacobian_formula(x), rtol=1e-12, atol=1e-15)


def assert_batched_gradient_matches_jacobian(
    along_dim1: Fn, jacobian_formula: Fn, rows: torch.Tensor, atol: float
) -> None:
    """autograd's vector-Jacobian product on a batch equals g @ J, row by row."""
    x = rows.clone().requires_grad_(True)
    g = torch.randn_like(rows)
    (vjp,) = torch.autograd.grad(along_dim1(x), x, g)
    expected = torch.stack([gi @ jacobian_formula(xi) for gi, xi in zip(g, rows)])
    torch.testing.assert_close(vjp, expected, rtol=1e-12, atol=atol)


def assert_implicit_dim_warns_and_guesses(
    page_text: str, name: str, calls: list[Fn], explicit: Callable, ndim: int, guessed: int
) -> None:
    """Without `dim`, every call warns with the message the page quotes and uses the dim it names."""
    message = f"Implicit dimension choice for {name} has been deprecated"
    assert message in page_text
    assert "dim 0 for 0-, 1- and 3-D inputs, dim 1 otherwise" in page_text
    x = torch.randn(*([3] * ndim), dtype=torch.float64)
    for call in calls:
        with pytest.warns(UserWarning, match=message):
            y = call(x)
        torch.testing.assert_close(y, explicit(x, dim=guessed))
