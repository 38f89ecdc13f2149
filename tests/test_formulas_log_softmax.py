"""What docs/activations/log-softmax.md states about LogSoftmax is what torch computes.

LogSoftmax maps a vector to a vector, so it does not fit the element-wise claims of activations.toml:
its claims are CLAIMS below, which tests/test_vector_formulas.py checks as it checks Softmin's (formula
along every `dim` of batches that hold extremes, Jacobian against autograd, value and Jacobian at 0,
range, defaults, implicit-dim warning); here are the checks particular to its page: the naive log of
softmax in float32 and the CrossEntropyLoss identity.
"""

import math

import torch
import torch.nn.functional as F
from torch import nn

from tests.vector_checks import VectorClaims

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


CLAIMS = VectorClaims(
    slug="log-softmax",
    name="log_softmax",
    formula=FORMULA,
    derivative=DERIVATIVE,
    f=f,
    jacobian_formula=jacobian_formula,
    functional=F.log_softmax,
    module=nn.LogSoftmax,
    torch_forms={
        "F.log_softmax": lambda x, dim: F.log_softmax(x, dim=dim),
        "torch.log_softmax": lambda x, dim: torch.log_softmax(x, dim=dim),
        "nn.LogSoftmax": lambda x, dim: nn.LogSoftmax(dim=dim)(x),
        "Tensor.log_softmax": lambda x, dim: x.log_softmax(dim=dim),
        "torch.special.log_softmax": lambda x, dim: torch.special.log_softmax(x, dim=dim),
    },
    batch=BATCH,
    value_at_zero=lambda n: -math.log(n),  # page: at x = 0 every output is -log n,
    jacobian_at_zero=lambda n: torch.eye(n, dtype=torch.float64) - 1 / n,  # and the Jacobian delta_ij - 1/n
    # page: each output in (-inf, 0]: unbounded below (the [1e4, -1e4, ...] row), 0 reached by a dominant
    # logit; the exponentials sum to 1
    range_=(-INF, 0.0),
    probabilities=torch.exp,
    also_stated=(
        "\\delta_{ij} =\n\\begin{cases}\n1 & i = j \\\\\n0 & i \\ne j\n\\end{cases}",
        r"\log \sum_j e^{x_j} = m + \log \sum_j e^{x_j - m}, \qquad m = \max_j x_j",
    ),
    # torch may sum e^{x_j - m} in another order along a non-last dim; an output near 0 then differs by
    # one rounding of the log-sum-exp (2.2e-16), which no rtol can absorb
    atol_3d=1e-15,
    atol_batched=1e-12,
)


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
