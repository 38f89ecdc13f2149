"""What docs/activations/glu.md states about GLU is what torch computes.

GLU halves a dimension, output element i depending on a_i (first half) and b_i (second half), so it
does not fit the element-wise `Claims` shape of test_formulas.py: here the page's formula and its
two partial derivatives are checked against torch and autograd on every pair (a, b) drawn from a
grid with extremes (±inf, nan, ±0, ±1e4), along both dims of a 2-D input, and the shapes, the
odd-size error, the value and slopes at 0, the range and the default `dim` one by one.
"""

import inspect

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS, EXTREMES

PAGE = DOCS / "activations" / "glu.md"

# As on the page, verbatim.
FORMULA = r"\operatorname{GLU}(x) = a \otimes \sigma(b)"
DERIVATIVE_A = r"\frac{\partial \operatorname{GLU}}{\partial a} = \sigma(b)"
DERIVATIVE_B = r"\frac{\partial \operatorname{GLU}}{\partial b} = a\,\sigma(b)\bigl(1 - \sigma(b)\bigr)"

VALUES = torch.cat([torch.tensor(EXTREMES, dtype=torch.float64), torch.linspace(-20, 20, 161, dtype=torch.float64)])
# every pair (a, b): a and b as the two halves of the last dim of a (1, 2 * P) tensor
A, B = (t.flatten() for t in torch.meshgrid(VALUES, VALUES, indexing="ij"))


def sigma(b: torch.Tensor) -> torch.Tensor:
    return 1 / (1 + torch.exp(-b))


def f(x: torch.Tensor, dim: int) -> torch.Tensor:
    """The page's a ⊗ σ(b), with a and b the first and second halves of x along dim."""
    a, b = x.chunk(2, dim=dim)
    return a * sigma(b)


def test_page_states_the_formulas_checked_here():
    text = PAGE.read_text(encoding="utf-8")
    for latex in (FORMULA, DERIVATIVE_A, DERIVATIVE_B):
        assert latex in text, f"docs/activations/glu.md no longer states {latex!r}: update it here too"


@pytest.mark.parametrize(
    "torch_form",
    [lambda x, dim: F.glu(x, dim=dim), lambda x, dim: nn.GLU(dim=dim)(x)],
    ids=["F.glu", "nn.GLU"],
)
def test_formula_matches_torch_on_every_pair_along_both_dims(torch_form):
    x = torch.cat([A, B])[None, :]  # (1, 2P): halves of the last dim
    torch.testing.assert_close(f(x, -1), torch_form(x, -1), equal_nan=True, rtol=1e-12, atol=0)
    xt = x.T.contiguous()  # (2P, 1): halves of dim 0
    torch.testing.assert_close(f(xt, 0), torch_form(xt, 0), equal_nan=True, rtol=1e-12, atol=0)
    torch.testing.assert_close(torch_form(xt, 0).flatten(), (A * sigma(B)), equal_nan=True, rtol=1e-12, atol=0)


@pytest.mark.parametrize("dim", [-1, 0])
def test_partial_derivatives_match_autograd(dim):
    a, b = A.clone().requires_grad_(True), B.clone().requires_grad_(True)
    x = torch.cat([a, b])[None, :] if dim == -1 else torch.cat([a, b])[:, None]
    grad_a, grad_b = torch.autograd.grad(F.glu(x, dim=dim).sum(), (a, b))
    s = sigma(B)
    torch.testing.assert_close(grad_a, s, equal_nan=True, rtol=1e-12, atol=0)
    torch.testing.assert_close(grad_b, A * s * (1 - s), equal_nan=True, rtol=1e-12, atol=0)


def test_value_and_slopes_at_zero():
    a = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    y = F.glu(torch.cat([a, b]), dim=0)
    assert y.item() == 0.0
    grad_a, grad_b = torch.autograd.grad(y.sum(), (a, b))
    assert grad_a.item() == 0.5 and grad_b.item() == 0.0


def test_range_magnitude_at_most_a():
    finite = torch.isfinite(A) & torch.isfinite(B)
    y = F.glu(torch.cat([A[finite], B[finite]]), dim=0)
    assert (y.abs() <= A[finite].abs()).all()
    assert y.min().item() <= -1e3 and y.max().item() >= 1e3  # unbounded both ways (a = ±1e4, gate open)


def test_shapes_as_the_page_states():
    x = torch.arange(24.0).reshape(4, 6)
    assert F.glu(x).shape == (4, 3) and nn.GLU()(x).shape == (4, 3)
    assert F.glu(x, dim=0).shape == (2, 6) and nn.GLU(dim=0)(x).shape == (2, 6)
    # first half gated by the second: swapping the halves is a different function
    assert not torch.allclose(F.glu(x), x[:, 3:] * torch.sigmoid(x[:, :3]))


@pytest.mark.parametrize("shape, dim", [((4, 5), -1), ((3, 6), 0), ((2, 7, 4), 1)])
def test_odd_size_raises(shape, dim):
    for call in (lambda t: F.glu(t, dim=dim), lambda t: nn.GLU(dim=dim)(t)):
        with pytest.raises(RuntimeError, match="^Halving dimension must be even, but dimension"):
            call(torch.zeros(shape))


def test_default_dim_matches_torch_and_the_page():
    text = PAGE.read_text(encoding="utf-8")
    assert inspect.signature(nn.GLU).parameters["dim"].default == -1
    assert inspect.signature(F.glu).parameters["dim"].default == -1
    assert "`dim=-1`" in text
    assert not hasattr(torch, "glu")


def test_silu_is_glu_of_two_equal_halves():
    # page: SiLU is "a GLU whose two halves are the same number"
    x = VALUES[torch.isfinite(VALUES)]
    torch.testing.assert_close(F.glu(torch.cat([x, x]), dim=0), F.silu(x), rtol=1e-12, atol=0)
