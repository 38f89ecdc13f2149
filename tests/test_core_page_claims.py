"""What the Binary Step, Sigmoid, Tanh, ReLU, Leaky ReLU and Softmax pages state in prose about
initialisation, kinks, in-place ops, dead units, masking, low precision and deep tanh stacks,
computed from the installed torch (and the pages' own snippets) and checked against the sentences."""

import inspect
import math

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS, SNIPPETS
from tests.snippet_defs import definitions

F64 = torch.float64


def page(slug):
    """The page's text with runs of whitespace joined, so a sentence may wrap anywhere."""
    return " ".join((DOCS / "activations" / f"{slug}.md").read_text(encoding="utf-8").split())


# --- binary-step.md ---------------------------------------------------------------------------------


def test_binary_step_does_not_recommend_the_sigmoid_for_hidden_layers():
    # the review's I3: sigmoid.md and choosing.md say "not in deep hidden layers"; binary-step.md agrees
    text = page("binary-step")
    assert "use [ReLU](relu.md) or a relative" in text
    assert "keep the [sigmoid](sigmoid.md) for outputs and gates" in text
    assert "[tanh](tanh.md) or the [sigmoid](sigmoid.md)" not in text


# --- sigmoid.md: Xavier's assumptions ----------------------------------------------------------------


def test_sigmoid_breaks_both_assumptions_of_xavier():
    # Glorot & Bengio assume zero-mean outputs and slope 1 at 0; the sigmoid has mean 1/2 and slope 1/4
    x = torch.zeros(1, dtype=F64, requires_grad=True)
    (slope,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
    assert slope.item() == 0.25
    z = torch.linspace(-8, 8, 16001, dtype=F64)  # symmetric around 0
    assert torch.sigmoid(z).mean().item() == pytest.approx(0.5, abs=1e-12)
    assert nn.init.calculate_gain("sigmoid") == 1
    text = page("sigmoid")
    assert "outputs of mean $1/2$ (for inputs centred on 0) and slope $1/4$ at 0" in text
    assert '`nn.init.calculate_gain("sigmoid")` $= 1$' in text


def _sigmoid_stack(gain):
    torch.manual_seed(0)
    h = torch.randn(1024, 256)
    with torch.no_grad():
        for _ in range(50):
            layer = nn.Linear(256, 256, bias=False)
            nn.init.xavier_normal_(layer.weight, gain=gain)
            z = layer(h)
            h = torch.sigmoid(z)
    return z.std().item(), (h * (1 - h) < 0.01).float().mean().item()


def test_four_times_xavier_inflates_the_pre_activations_of_a_sigmoid_stack():
    # sigmoid.md: the older 4x "also inflates the pre-activations, and some units saturate"; gain 1 saturates none
    std1, saturated1 = _sigmoid_stack(1)
    std4, saturated4 = _sigmoid_stack(4)
    assert saturated1 == 0 and saturated4 > 0.01
    assert std4 > 4 * std1  # more than the 4x of the weights: inputs of mean 1/2 add to the variance
    assert "multiplied Xavier's weights by 4 for the logistic function" in page("sigmoid")


# --- relu.md / leaky-relu.md: the gradient at the kink -----------------------------------------------


@pytest.mark.parametrize(
    "f, slug",
    [(F.relu, "relu"), (lambda x: F.leaky_relu(x, 0.01), "leaky-relu"), (lambda x: F.leaky_relu(x, 0.2), None)],
    ids=["relu", "leaky_relu 0.01", "leaky_relu 0.2"],
)
def test_gradient_at_the_kink_is_the_subgradient_of_minimum_norm(f, slug):
    # relu.md: PyTorch's rule for a convex kink is the subgradient of minimum norm, so relu'(0) = 0
    def slope(at):
        x = torch.tensor([at], dtype=F64, requires_grad=True)
        (g,) = torch.autograd.grad(f(x).sum(), x)
        return g.item()

    left, right = slope(-1e-3), slope(1e-3)
    subgradients = torch.linspace(min(left, right), max(left, right), 1001, dtype=F64)
    assert slope(0.0) == pytest.approx(subgradients[subgradients.abs().argmin()].item(), abs=1e-12)
    if slug == "relu":
        assert "autograd uses the subgradient of minimum norm" in page("relu")
        assert "[Gradients at kinks](../kinks.md)" in page("relu")


# --- relu.md / leaky-relu.md: in place ---------------------------------------------------------------


@pytest.mark.parametrize(
    "inplace, outofplace, slug",
    [(torch.relu_, torch.relu, "relu"), (F.leaky_relu_, F.leaky_relu, "leaky-relu")],
    ids=["relu", "leaky-relu"],
)
def test_in_place_breaks_when_another_consumer_saved_the_tensor(inplace, outofplace, slug):
    torch.manual_seed(0)
    layer, branch = nn.Linear(3, 3), nn.Linear(3, 3)
    x = torch.randn(5, 3)
    h = layer(x)
    out = branch(h) + inplace(h)  # the branch's linear layer saved h for its weight gradient
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        out.sum().backward()
    h = layer(x)
    (branch(h) + outofplace(h)).sum().backward()  # out of place: fine
    assert "Any other consumer that saved the same tensor breaks it too" in page(slug)


@pytest.mark.parametrize("slope, works", [(0.01, True), (0.0, True), (-0.5, False), (-1e-6, False)])
def test_in_place_leaky_relu_backward_fails_only_for_a_negative_slope(slope, works):
    # leaky-relu.md: "In place and with `negative_slope` below 0 ... (the default 0.01 ... and a slope of 0 work)"
    x = torch.tensor([-1.0, 2.0], requires_grad=True)
    y = F.leaky_relu(x * 3, negative_slope=slope, inplace=True)
    if works:
        y.sum().backward()
        assert x.grad.tolist() == pytest.approx([3 * slope, 3.0])
    else:
        with pytest.raises(RuntimeError, match="negative slope"):
            y.sum().backward()
    assert inspect.signature(nn.LeakyReLU).parameters["negative_slope"].default == 0.01
    assert "In place and with `negative_slope` below 0" in page("leaky-relu")
    assert "the default 0.01, as above, and a slope of 0 work in place" in page("leaky-relu")


# --- relu.md / leaky-relu.md: dead units ------------------------------------------------------------


def test_a_dead_first_layer_unit_stays_dead_under_sgd_and_a_later_one_can_come_back():
    x = torch.linspace(0, 1, 50)[:, None]  # fixed data
    # first layer: a unit negative on every input gets exactly zero gradient, so SGD never moves it
    unit = nn.Linear(1, 1)
    with torch.no_grad():
        unit.weight.fill_(1.0)
        unit.bias.fill_(-2.0)
    opt = torch.optim.SGD(unit.parameters(), lr=0.1)
    before = [p.detach().clone() for p in unit.parameters()]
    for _ in range(20):
        opt.zero_grad()
        torch.relu(unit(x)).sum().neg().backward()
        opt.step()
    assert all(torch.equal(b, p) for b, p in zip(before, unit.parameters(), strict=True))
    # second layer: relu(h - 1) is dead while h = relu(a x) <= 0.5, but another path trains a upwards
    a = torch.tensor(0.5, requires_grad=True)
    opt = torch.optim.SGD([a], lr=0.05)
    h = torch.relu(a * x)
    assert (h - 1 < 0).all()
    for _ in range(20):
        opt.zero_grad()
        torch.relu(a * x).sum().neg().backward()  # the other path: raise h
        opt.step()
    assert (torch.relu(a * x) - 1 > 0).any()  # the unit fires again
    assert "a dead unit in a later layer can come back when the layers below it change its inputs" in page("relu")
    assert "in a later layer only if the layers below it change its inputs" in page("leaky-relu")


# --- softmax.md: dtype and low precision -------------------------------------------------------------


def test_softmax_takes_dtype_in_all_three_spellings():
    # softmax.md: `dtype=None` (`F.softmax`, `torch.softmax`, `Tensor.softmax` ...)
    assert "softmax(input, dim, *, dtype=None)" in torch.softmax.__doc__
    assert inspect.signature(F.softmax).parameters["dtype"].default is None
    assert inspect.signature(F.log_softmax).parameters["dtype"].default is None
    x = torch.tensor([0.0, -5.0, -20.0], dtype=torch.float16)
    expected = torch.softmax(x.float(), dim=0)  # "the input is cast to that type first"
    for result in (
        torch.softmax(x, 0, dtype=torch.float32),
        x.softmax(0, dtype=torch.float32),
        F.softmax(x, 0, dtype=torch.float32),
    ):
        assert result.dtype == torch.float32
        torch.testing.assert_close(result, expected, rtol=0, atol=0)
    assert torch.softmax(x, 0).dtype == torch.float16  # "the probabilities are stored in the logits' type"
    text = page("softmax")
    assert "`dtype=None` (`F.softmax`, `torch.softmax`, `Tensor.softmax`" in text
    assert "`F.log_softmax` takes `dtype=` too" in text


def test_float16_and_bfloat16_probabilities():
    # softmax.md: float16 rounds a probability below about 3e-8 to 0; bfloat16 keeps 8 significant bits
    assert torch.tensor(2.9e-8).half().item() == 0 and torch.tensor(3.1e-8).half().item() > 0
    assert torch.finfo(torch.bfloat16).eps == 2.0**-7  # 7 stored bits + the implicit one
    p = torch.tensor(0.993305)
    assert abs(p.bfloat16().float().item() - p.item()) > 1e-3  # "off in the third digit"
    text = page("softmax")
    assert r"float16 rounds a probability below about $3 \times 10^{-8}$ to 0" in text
    assert "bfloat16 keeps only 8 significant bits" in text


# --- softmax.md: fully masked rows --------------------------------------------------------------------

SCORES = [[1.0, 2.0, 0.5], [0.3, -1.0, 2.0]]
MASKED = torch.tensor([[False, False, True], [True, True, True]])
VALUES = torch.tensor([[1.0], [2.0], [3.0]])


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.float16, torch.bfloat16], ids=str)
def test_finite_mask_value(dtype):
    # softmax.md: masking with finfo.min keeps exact zeros, turns a fully masked row uniform, gradient finite
    scores = torch.tensor(SCORES, dtype=dtype, requires_grad=True)
    probs = torch.softmax(scores.masked_fill(MASKED, torch.finfo(dtype).min), dim=-1)
    assert probs[0, 2].item() == 0
    assert torch.equal(probs[1], torch.full((3,), 1 / 3, dtype=dtype))
    (probs @ VALUES.to(dtype)).sum().backward()
    assert scores.grad.isfinite().all()
    lowest = torch.tensor(torch.finfo(dtype).min, dtype=dtype)
    assert (lowest + lowest).isinf()  # "two such numbers added together overflow to -inf"
    assert torch.softmax(scores.masked_fill(MASKED, float("-inf")), dim=-1)[1].isnan().all()


def test_float16_lowest_is_quoted():
    assert torch.finfo(torch.float16).min == -65504
    assert "`torch.finfo(scores.dtype).min` ($-65504$ in float16)" in page("softmax")


@pytest.mark.parametrize(
    "zero_rows",
    [
        lambda p, rows: torch.where(rows, 0.0, p),
        lambda p, rows: torch.nan_to_num(p),
    ],
    ids=["torch.where", "torch.nan_to_num"],
)
def test_zeroing_nan_after_an_additive_minus_inf_mask_leaves_nan_gradients(zero_rows):
    # softmax.md: zeroing afterwards fixes the forward pass, but the gradient of the scores is still nan
    rows = MASKED.all(dim=-1, keepdim=True)
    scores = torch.tensor(SCORES, requires_grad=True)
    additive = torch.zeros(2, 3).masked_fill(MASKED, float("-inf"))
    probs = zero_rows(torch.softmax(scores + additive, dim=-1), rows)
    assert probs.isfinite().all() and probs[1].eq(0).all()
    (probs @ VALUES).sum().backward()
    assert scores.grad[1].isnan().all() and scores.grad[0].isfinite().all()
    # the page's way: a finite fill, then torch.where, keeps every gradient finite
    scores = torch.tensor(SCORES, requires_grad=True)
    probs = torch.where(rows, 0.0, torch.softmax(scores.masked_fill(MASKED, torch.finfo(torch.float32).min), dim=-1))
    (probs @ VALUES).sum().backward()
    assert scores.grad.isfinite().all()
    assert "the gradient of the scores is still `nan`" in page("softmax")


# --- tanh.md: residual connections and normalisation ---------------------------------------------------

Block = definitions(SNIPPETS / "tanh" / "residual.py")["Block"]


def _first_over_last(**options):
    torch.manual_seed(0)
    model = nn.Sequential(*[Block(32, **options) for _ in range(30)])
    model(torch.randn(64, 32)).sum().backward()
    return (model[0].linear.weight.grad.norm() / model[-1].linear.weight.grad.norm()).item()


def test_residual_connections_and_layer_norm_carry_the_gradient_through_30_tanh_layers():
    text = page("tanh")
    plain = _first_over_last()
    mantissa, exponent = f"{plain:.0e}".split("e")
    assert rf"the first layer gets ${mantissa} \times 10^{{{int(exponent)}}}$ times the gradient norm" in text
    others = [_first_over_last(residual=True), _first_over_last(norm=True), _first_over_last(norm=True, residual=True)]
    assert min(others) > 0.25 and max(others) < 2.5
    assert [f"{r:.1g}" for r in others] == ["2", "0.3", "1"]
    assert "the ratio stays between 0.3 and 2" in text
    assert "`torch.nn.utils.clip_grad_norm_`" in text and hasattr(torch.nn.utils, "clip_grad_norm_")


# --- tanh.md: LeCun's scaled tanh --------------------------------------------------------------------

scaled_tanh = definitions(SNIPPETS / "tanh" / "scaled_tanh.py")["scaled_tanh"]


def _gaussian_mean(f, n=400_001):
    """E f(Z) for a standard-normal Z, by the trapezoid rule on [-12, 12] in float64."""
    z = torch.linspace(-12, 12, n, dtype=F64)
    return torch.trapezoid(f(z) * torch.exp(-(z**2) / 2) / math.sqrt(2 * math.pi), z).item()


def test_scaled_tanh_constants():
    text = page("tanh")
    assert r"f(x) = 1.7159 \tanh\left(\tfrac{2}{3} x\right)" in text
    # f(+-1) = +-1
    ones = scaled_tanh(torch.tensor([-1.0, 1.0], dtype=F64))
    torch.testing.assert_close(ones, torch.tensor([-1.0, 1.0], dtype=F64), rtol=0, atol=1e-4)
    assert r"$f(\pm 1) = \pm 1$" in text
    # the largest |f''| sits at +-0.99
    x = torch.linspace(0, 3, 300_001, dtype=F64, requires_grad=True)
    (d1,) = torch.autograd.grad(scaled_tanh(x).sum(), x, create_graph=True)
    (d2,) = torch.autograd.grad(d1.sum(), x)
    assert round(x[d2.abs().argmax()].item(), 2) == 0.99
    assert r"near $x = \pm 1$ (at $\pm 0.99$)" in text
    # slope at 0
    x0 = torch.zeros(1, dtype=F64, requires_grad=True)
    (slope,) = torch.autograd.grad(scaled_tanh(x0).sum(), x0)
    assert round(slope.item(), 2) == 1.14
    assert r"the slope at 0 is $1.7159 \cdot 2/3 \approx 1.14$" in text
    # range
    assert scaled_tanh(torch.tensor([50.0], dtype=F64)).item() == pytest.approx(1.7159, abs=1e-12)
    assert "$(-1.7159, 1.7159)$" in text


def test_scaled_tanh_keeps_more_of_the_variance():
    # tanh.md: for standard-normal inputs the output variance is 0.75 (plain tanh: 0.39); both are odd, so mean 0
    scaled = _gaussian_mean(lambda z: scaled_tanh(z) ** 2)
    plain = _gaussian_mean(lambda z: torch.tanh(z) ** 2)
    assert (round(scaled, 2), round(plain, 2)) == (0.75, 0.39)
    assert "For standard-normal inputs it is 0.75, where plain tanh gives 0.39" in page("tanh")


def test_scaled_tanh_through_50_layers_with_lecun_weights():
    # tanh.md: plain tanh fades to a std of 0.099, the scaled tanh keeps 0.62 (snippets/tanh/scaled_tanh.py prints both)
    stds = {}
    for name, f in {"tanh": torch.tanh, "scaled": scaled_tanh}.items():
        torch.manual_seed(0)
        h = torch.randn(1024, 256)
        with torch.no_grad():
            for _ in range(50):
                layer = nn.Linear(256, 256, bias=False)
                nn.init.kaiming_normal_(layer.weight, nonlinearity="linear")
                h = f(layer(h))
        stds[name] = f"{h.std().item():#.2g}"
    assert stds == {"tanh": "0.099", "scaled": "0.62"}
    assert "where plain tanh fades to a standard deviation of 0.099, it keeps 0.62" in page("tanh")
