"""What docs/activations/softmax2d.md states about Softmax2d is what torch computes.

Softmax2d maps an image-shaped tensor to one of the same shape, normalising over the channels at
every pixel, so it does not fit the element-wise `Claims` shape of test_formulas.py: here the
page's formula is checked against torch on 3-D and 4-D inputs that hold extremes, its Jacobian
against `torch.autograd.functional.jacobian`, and the shape check, value at 0, range, the
F.softmax(x, dim=-3) identity and the CrossEntropyLoss usage one by one.
"""

import math

import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.functional import jacobian

from tests.shared import DOCS

PAGE = DOCS / "activations" / "softmax2d.md"
INF, NAN = math.inf, math.nan

# As on the page, verbatim.
FORMULA = r"\operatorname{Softmax2d}(x)_{c,h,w} = \frac{e^{x_{c,h,w}}}{\sum_{k} e^{x_{k,h,w}}}"
DERIVATIVE = (
    "\\frac{\\partial p_{c,h,w}}{\\partial x_{k,h',w'}} =\n\\begin{cases}\n"
    "p_{c,h,w}\\,(\\delta_{ck} - p_{k,h,w}) & (h', w') = (h, w) \\\\\n"
    "0 & \\text{otherwise}\n\\end{cases}"
)

# Pixels whose channel vectors hold extremes (C = 4), planted into a random (N=3, C=4, H=5, W=6) batch.
PIXELS = torch.tensor(
    [
        [0.0, -0.0, 0.0, 0.0],
        [2.0, 1.0, 0.1, -1.0],
        [0.0, -200.0, 1e-3, -1e-3],
        [1e4, -1e4, 0.0, 1.0],
        [1000.0, 1001.0, 1002.0, 1003.0],
        [-INF, 0.0, 1.0, 2.0],
        [-INF, -INF, -INF, -INF],
        [INF, 0.0, 1.0, 2.0],
        [NAN, 0.0, 1.0, 2.0],
    ],
    dtype=torch.float64,
)
torch.manual_seed(0)
BATCH = 30 * torch.randn(3, 4, 5, 6, dtype=torch.float64)
for i, pixel in enumerate(PIXELS):
    BATCH[i % 3, :, i // 3, i % 6] = pixel
FINITE = 30 * torch.randn(2, 4, 3, 3, dtype=torch.float64)


def f(x: torch.Tensor) -> torch.Tensor:
    """The page's formula, e^{x_c} / sum_k e^{x_k} over the channel axis -3, with numerator and
    denominator divided by e^{max_k x_k} so that e^{1e4} does not overflow into nan."""
    z = x - x.amax(dim=-3, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=-3, keepdim=True)


def jacobian_formula(x: torch.Tensor) -> torch.Tensor:
    """The page's cases for one (C, H, W) image: p_c (delta_ck - p_k) at the same pixel, else 0.
    Indexed [c, h, w, k, h', w'] like torch.autograd.functional.jacobian."""
    C, H, W = x.shape
    p = f(x)
    same_pixel = torch.einsum("hi,wj->hwij", torch.eye(H, dtype=x.dtype), torch.eye(W, dtype=x.dtype))
    within = torch.einsum("chw,ck->chwk", p, torch.eye(C, dtype=x.dtype)) - torch.einsum("chw,khw->chwk", p, p)
    return torch.einsum("chwk,hwij->chwkij", within, same_pixel)


def test_page_states_the_formulas_checked_here():
    text = PAGE.read_text(encoding="utf-8")
    for latex in (FORMULA, DERIVATIVE):
        assert latex in text, f"docs/activations/softmax2d.md no longer states {latex!r}: update it here too"


def test_formula_matches_torch_on_4d_and_3d_input():
    torch.testing.assert_close(f(BATCH), nn.Softmax2d()(BATCH), equal_nan=True, rtol=1e-12, atol=0)
    for image in BATCH:  # (C, H, W), unbatched
        torch.testing.assert_close(f(image), nn.Softmax2d()(image), equal_nan=True, rtol=1e-12, atol=0)


def test_softmax2d_is_softmax_over_dim_minus_3():
    torch.testing.assert_close(nn.Softmax2d()(BATCH), F.softmax(BATCH, dim=-3), equal_nan=True, rtol=0, atol=0)
    torch.testing.assert_close(nn.Softmax2d()(BATCH), F.softmax(BATCH, dim=1), equal_nan=True, rtol=0, atol=0)
    torch.testing.assert_close(nn.Softmax2d()(BATCH[0]), F.softmax(BATCH[0], dim=0), equal_nan=True, rtol=0, atol=0)


def test_jacobian_matches_autograd():
    for image in FINITE:
        J = jacobian(nn.Softmax2d(), image)
        torch.testing.assert_close(J, jacobian_formula(image), rtol=1e-12, atol=1e-15)


def test_value_at_zero_and_range():
    for C in (1, 2, 3, 7):
        zero = torch.zeros(2, C, 3, 4, dtype=torch.float64)
        torch.testing.assert_close(nn.Softmax2d()(zero), torch.full_like(zero, 1 / C))
    moderate = nn.Softmax2d()(FINITE / 30)  # (0, 1): strictly inside for moderate logits ...
    assert (moderate > 0).all() and (moderate < 1).all()
    y = nn.Softmax2d()(FINITE)  # ... while a dominant channel rounds to exactly 1 in floating point
    assert (y >= 0).all() and (y <= 1).all() and y.max().item() == 1.0
    torch.testing.assert_close(y.sum(dim=1), torch.ones(2, 3, 3, dtype=torch.float64))


@pytest.mark.parametrize("ndim", [1, 2, 5, 6])
def test_other_shapes_raise_as_the_page_shows(ndim):
    text = PAGE.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=f"^Softmax2d: expected input to be 3D or 4D, got {ndim}D instead$"):
        nn.Softmax2d()(torch.zeros(*([2] * ndim)))
    assert "`ValueError`" in text


def test_no_parameters_and_no_functional_form():
    with pytest.raises(TypeError):
        nn.Softmax2d(1)
    assert not hasattr(F, "softmax2d")
    assert not list(nn.Softmax2d().parameters())


def test_cross_entropy_takes_nchw_logits_and_nhw_targets():
    logits = FINITE.clone().requires_grad_(True)  # (N=2, C=4, H=3, W=3)
    target = torch.randint(0, 4, (2, 3, 3))
    loss = nn.CrossEntropyLoss()(logits, target)
    (grad,) = torch.autograd.grad(loss, logits)
    p = nn.Softmax2d()(FINITE)
    onehot = F.one_hot(target, 4).permute(0, 3, 1, 2).to(p.dtype)
    torch.testing.assert_close(grad, (p - onehot) / target.numel())  # p - onehot, over the number of pixels
    # the predicted mask is the same with or without the softmax
    assert torch.equal(p.argmax(dim=1), FINITE.argmax(dim=1))


def test_pixels_are_independent():
    x = FINITE[:1].clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(nn.Softmax2d()(x)[0, 0, 1, 2], x)
    mask = torch.zeros_like(grad, dtype=torch.bool)
    mask[0, :, 1, 2] = True
    assert (grad[~mask] == 0).all() and (grad[mask] != 0).all()
