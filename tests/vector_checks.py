"""What every activation that maps a vector to a vector (LogSoftmax, Softmin) is checked for, and how.

Each output depends on a whole row along `dim`, so the derivative a page states is a Jacobian, and
called without `dim` torch guesses one from the input's rank (with a deprecation warning). Each such
activation states its claims once, as a `VectorClaims` in its own test file (tests/test_formulas_<slug>.py,
with the tests particular to its page); tests/test_vector_formulas.py runs the checks below on every one.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
import torch
from torch.autograd.functional import jacobian

Fn = Callable[[torch.Tensor], torch.Tensor]


@dataclass
class VectorClaims:
    slug: str  # docs/activations/<slug>.md
    name: str  # torch's name in the implicit-dim warning: "log_softmax"
    formula: str  # LaTeX, as on the page
    derivative: str  # the Jacobian, LaTeX as on the page
    f: Callable[[torch.Tensor, int], torch.Tensor]  # the page's formula along dim, in torch
    jacobian_formula: Fn  # the page's Jacobian for one vector
    functional: Callable  # F.<name>, which takes dim
    module: type  # nn.<Class>
    torch_forms: dict[str, Callable[[torch.Tensor, int], torch.Tensor]]  # every way torch spells it
    batch: torch.Tensor  # rows with extremes, then random rows
    value_at_zero: Callable[[int], float]  # each output at x = zeros(n)
    jacobian_at_zero: Callable[[int], torch.Tensor]
    range_: tuple[float, float]  # each output's bounds: a finite one is reached, an infinite one passed ±1e3
    probabilities: Fn  # the outputs as probabilities (exp for log-probabilities), which sum to 1
    also_stated: tuple[str, ...] = ()  # other LaTeX the page must state verbatim
    atol_3d: float = 0.0  # along a non-last dim torch may sum in another order; 0 unless the claims say why
    atol_batched: float = 1e-15
    defaults_shown: tuple[str, ...] = ("`dim=None`", "`dtype=None`")

    @property
    def finite(self) -> torch.Tensor:
        return self.batch[torch.isfinite(self.batch).all(dim=1)]


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
