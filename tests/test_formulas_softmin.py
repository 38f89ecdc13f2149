"""What docs/activations/softmin.md states about Softmin is what torch computes.

Softmin maps a vector to a vector, so it does not fit the element-wise claims of activations.toml: its
claims are CLAIMS below, which tests/test_vector_formulas.py checks as it checks LogSoftmax's (formula
along every `dim` of batches that hold extremes, Jacobian against autograd, value and Jacobian at 0,
range, defaults, implicit-dim warning); here are the checks particular to its page: the identity
softmin(x) = softmax(-x), not 1 - softmax(x), where its weight goes, and the API torch does not have.
"""

import math

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.vector_checks import VectorClaims

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


CLAIMS = VectorClaims(
    slug="softmin",
    name="softmin",
    formula=FORMULA,
    derivative=DERIVATIVE,
    f=f,
    jacobian_formula=jacobian_formula,
    functional=F.softmin,
    module=nn.Softmin,
    torch_forms={
        "F.softmin": lambda x, dim: F.softmin(x, dim=dim),
        "nn.Softmin": lambda x, dim: nn.Softmin(dim=dim)(x),
    },
    batch=BATCH,
    value_at_zero=lambda n: 1 / n,  # page: at x = 0 every output is 1/n,
    jacobian_at_zero=lambda n: (
        -(torch.eye(n, dtype=torch.float64) / n - 1 / n**2)
    ),  # the Jacobian -(delta_ij / n - 1 / n^2)
    # page: each output in (0, 1), summing to 1 along dim; in floating point the [1e4, -1e4, 0, 1] row rounds
    # to exactly 0 and 1
    range_=(0.0, 1.0),
    probabilities=lambda y: y,
    also_stated=(FORMULA + r" = \operatorname{softmax}(-x)_i",),
)


@pytest.mark.parametrize("dim", [0, 1])
def test_softmin_is_softmax_of_minus_x(dim):
    torch.testing.assert_close(F.softmin(BATCH, dim=dim), F.softmax(-BATCH, dim=dim), equal_nan=True, rtol=0, atol=0)


def test_softmin_is_not_one_minus_softmax():
    x = FINITE
    assert not torch.allclose(F.softmin(x, dim=1), 1 - F.softmax(x, dim=1))
    torch.testing.assert_close((1 - F.softmax(x, dim=1)).sum(dim=1), torch.full((len(x),), 3.0, dtype=x.dtype))


def test_largest_weight_on_smallest_entry_and_shift_invariance():
    x = FINITE
    assert torch.equal(F.softmin(x, dim=1).argmax(dim=1), x.argmin(dim=1))
    torch.testing.assert_close(F.softmin(x + 123.0, dim=1), F.softmin(x, dim=1), rtol=1e-9, atol=1e-15)
    assert not torch.allclose(F.softmin(2 * x, dim=1), F.softmin(x, dim=1))


def test_torch_has_no_softmin_function_method_or_log_softmin():
    # page: "there is no `torch.softmin` and no tensor method", "there is no log-softmin in PyTorch"
    assert not hasattr(torch, "softmin") and not hasattr(torch.Tensor, "softmin")
    assert not [name for name in dir(F) + dir(torch) + dir(nn) if "logsoftmin" in name.lower().replace("_", "")]
