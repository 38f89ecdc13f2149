"""What docs/activations/binary-step.md states about the binary step is what torch computes.

The binary step does not fit the `Claims` shape of test_formulas.py: autograd cannot differentiate
it (torch.heaviside has no backward, a comparison has no gradient path), so its derivative is
checked against finite differences instead, and the page's straight-through estimator (the
`StepSTE` of snippets/binary-step/ste.py, loaded from the snippet) is checked on its own.
"""

import math

import pytest
import torch

from tests.shared import DOCS, EXTREMES, SNIPPETS
from tests.snippet_defs import definitions

PAGE = DOCS / "activations" / "binary-step.md"
INF, NAN = math.inf, math.nan

GRID = torch.cat([torch.tensor(EXTREMES, dtype=torch.float64), torch.linspace(-20, 20, 4001, dtype=torch.float64)])

# As on the page, verbatim.
FORMULA = "H(x) =\n\\begin{cases}\n1 & x \\ge 0 \\\\\n0 & x < 0\n\\end{cases}"
DERIVATIVE = "H'(x) =\n\\begin{cases}\n0 & x \\ne 0 \\\\\n\\text{undefined} & x = 0\n\\end{cases}"


def f(x: torch.Tensor) -> torch.Tensor:
    """The page's formula, transcribed case by case: 1 where x >= 0, else 0."""
    return torch.where(x >= 0, 1.0, 0.0).to(x.dtype)


def df(x: torch.Tensor) -> torch.Tensor:
    """The page's derivative: 0 where x != 0, undefined (NaN here) at x = 0."""
    return torch.where(x != 0, 0.0, NAN).to(x.dtype)


def heaviside(x: torch.Tensor) -> torch.Tensor:
    return torch.heaviside(x, torch.tensor(1.0, dtype=x.dtype))  # values=1.0: H(0) = 1


def comparison(x: torch.Tensor) -> torch.Tensor:
    return (x >= 0).to(x.dtype)


# The page's straight-through estimator, as the reader copies it: step forward, identity backward.
StepSTE = definitions(SNIPPETS / "binary-step" / "ste.py")["StepSTE"]


def test_page_states_the_formulas_checked_here():
    text = PAGE.read_text(encoding="utf-8")
    for latex in (FORMULA, DERIVATIVE):
        assert latex in text, f"docs/activations/binary-step.md no longer states {latex!r}: update it here too"
    # the two PyTorch forms, as the page shows them (comparison.py is included in the page)
    assert '--8<-- "snippets/binary-step/comparison.py"' in text
    shown = (SNIPPETS / "binary-step" / "comparison.py").read_text(encoding="utf-8")
    for form in ("torch.heaviside(special, torch.tensor(1.0))", "(x >= 0).to(x.dtype)"):
        assert form in shown


@pytest.mark.parametrize("torch_form", [heaviside, comparison], ids=["heaviside", "comparison"])
def test_formula_matches_both_pytorch_forms(torch_form):
    torch.testing.assert_close(f(GRID), torch_form(GRID), equal_nan=True, rtol=0, atol=0)


@pytest.mark.parametrize("torch_form", [heaviside, comparison], ids=["heaviside", "comparison"])
def test_special_values_as_the_page_states(torch_form):
    # -0.0 counts as 0 (heaviside uses `values` there, and -0.0 >= 0); NaN becomes 0, not NaN.
    x = torch.tensor([-0.0, 0.0, NAN, -INF, INF, -1e4, 1e4], dtype=torch.float64)
    assert torch_form(x).tolist() == [1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0]


def test_heaviside_values_is_the_output_at_zero():
    x = torch.tensor([-2.0, -0.0, 0.0, 2.0], dtype=torch.float64)
    for v in (0.0, 0.5, 1.0):
        assert torch.heaviside(x, torch.tensor(v, dtype=torch.float64)).tolist() == [0.0, v, v, 1.0]
    with pytest.raises(TypeError):
        torch.heaviside(x)  # `values` is required: there is no default


def test_range_is_zero_and_one():
    wide = torch.linspace(-1e4, 1e4, 200_001, dtype=torch.float64)
    for form in (heaviside, comparison):
        assert set(form(wide).unique().tolist()) == {0.0, 1.0}


def test_derivative_matches_finite_differences_away_from_zero():
    # Autograd cannot give H', so compare the stated derivative with central differences of the step
    # wherever the stencil does not cross 0 (there the stated derivative is "undefined").
    h = 1e-6
    x = GRID[~GRID.isnan() & (GRID.abs() > h)]
    fd = (comparison(x + h) - comparison(x - h)) / (2 * h)
    torch.testing.assert_close(df(x), fd, rtol=0, atol=0)
    assert df(torch.tensor([0.0, -0.0], dtype=torch.float64)).isnan().all()
    # Across 0 the difference quotient blows up instead of settling: no derivative there.
    steps = [(comparison(torch.tensor(e)) - comparison(torch.tensor(-e))).item() / (2 * e) for e in (1e-2, 1e-4, 1e-6)]
    assert steps[0] < steps[1] < steps[2]


def test_autograd_through_heaviside_raises():
    x = GRID.clone().requires_grad_(True)
    y = heaviside(x)
    with pytest.raises(RuntimeError, match="derivative for aten::heaviside is not implemented"):
        y.sum().backward()


def test_comparison_has_no_gradient_path():
    x = GRID.clone().requires_grad_(True)
    y = comparison(x)
    assert y.requires_grad is False and y.grad_fn is None
    with pytest.raises(RuntimeError, match="does not require grad"):
        y.sum().backward()
    assert x.grad is None


def test_straight_through_estimator():
    x = GRID.clone().requires_grad_(True)
    y = StepSTE.apply(x)
    torch.testing.assert_close(y.detach(), f(GRID), equal_nan=True, rtol=0, atol=0)  # forward: the exact step
    upstream = torch.linspace(-3, 3, GRID.numel(), dtype=torch.float64)
    (grad,) = torch.autograd.grad((y * upstream).sum(), x)
    torch.testing.assert_close(grad, upstream, rtol=0, atol=0)  # backward: passed through unchanged, everywhere
    # and on the page's numbers
    x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
    (StepSTE.apply(x) * torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])).sum().backward()
    assert x.grad.tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]
    # it is a surrogate, not the derivative: gradcheck (finite differences) disagrees
    xd = torch.tensor([-2.0, -0.5, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(StepSTE.apply, (xd,), raise_exception=False) is False
