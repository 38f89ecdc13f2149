"""What the "Initialisation" subsections of the ReLU, Leaky ReLU, PReLU, Tanh, Sigmoid and SELU pages say
about torch.nn.init, checked against the installed torch."""

import inspect
import math

import pytest
import torch
from torch import nn

from tests.shared import DOCS

PAGES = DOCS / "activations"


def page(slug):
    return (PAGES / f"{slug}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args, gain",
    [
        (("relu",), math.sqrt(2)),  # relu.md: gain sqrt(2), variance 2/n
        (("leaky_relu", 0.01), math.sqrt(2 / (1 + 0.01**2))),  # leaky-relu.md: sqrt(2 / (1 + a^2))
        (("leaky_relu", 0.2), math.sqrt(2 / (1 + 0.2**2))),
        (("leaky_relu", 0.25), math.sqrt(2 / (1 + 0.25**2))),  # prelu.md: a = PReLU's init 0.25
        (("leaky_relu", 0), math.sqrt(2)),  # a=0 is ReLU's gain
        (("tanh",), 5 / 3),  # tanh.md
        (("sigmoid",), 1),  # sigmoid.md
        (("selu",), 3 / 4),  # selu.md
        (("linear",), 1),  # LeCun normal = kaiming_normal_(nonlinearity="linear")
    ],
    ids=lambda v: repr(v),
)
def test_calculate_gain(args, gain):
    assert nn.init.calculate_gain(*args) == pytest.approx(gain, rel=1e-12)


def test_leaky_relu_gain_defaults():
    # leaky-relu.md: calculate_gain("leaky_relu") without a slope assumes 0.01, while kaiming_normal_'s
    # default a=0 (with nonlinearity="leaky_relu") is ReLU's gain; for 0.01 the gain is 1.41414, not 1.41421
    assert nn.init.calculate_gain("leaky_relu") == nn.init.calculate_gain("leaky_relu", 0.01)
    params = inspect.signature(nn.init.kaiming_normal_).parameters
    assert params["a"].default == 0 and params["nonlinearity"].default == "leaky_relu"
    assert f"{nn.init.calculate_gain('leaky_relu', 0.01):.5f}" == "1.41414"
    assert f"{math.sqrt(2):.5f}" == "1.41421"
    assert "gain 1.41414 instead of 1.41421" in page("leaky-relu")


def test_prelu_init_is_a_quarter():
    # prelu.md: kaiming_normal_(w, a=0.25, ...) for PReLU's default init=0.25
    assert inspect.signature(nn.PReLU).parameters["init"].default == 0.25
    assert nn.PReLU().weight.item() == 0.25


def test_mismatch_factors_quoted_on_the_pages():
    # leaky-relu.md: ReLU's gain with slope 0.2 grows the variance by 1.04 per layer, 1.04^25 ~ 2.7 in std
    # after 50 layers; prelu.md: 1.0625^25 ~ 4.6 with slope 0.25
    for slope, factor, slug, text in [
        (0.2, 2.7, "leaky-relu", r"$1.04^{25} \approx 2.7$"),
        (0.25, 4.6, "prelu", r"$1.0625^{25} \approx 4.6$"),
    ]:
        per_layer = (nn.init.calculate_gain("leaky_relu", 0) / nn.init.calculate_gain("leaky_relu", slope)) ** 2
        assert per_layer == pytest.approx(1 + slope**2)
        assert round(math.sqrt(per_layer**50), 1) == factor
        assert text in page(slug)


def _std(init, shape, seed=0):
    torch.manual_seed(seed)
    w = torch.empty(shape)
    init(w)
    return w.std().item()


@pytest.mark.parametrize("shape", [(2048, 4096), (256, 1024), (4096, 512)], ids=str)
def test_kaiming_linear_is_lecun_normal(shape):
    # selu.md: kaiming_normal_(w, nonlinearity="linear") has std 1/sqrt(fan_in), fan_in = w.shape[1]
    fan_in = shape[1]
    std = _std(lambda w: nn.init.kaiming_normal_(w, nonlinearity="linear"), shape)
    assert std == pytest.approx(fan_in**-0.5, rel=0.01)


@pytest.mark.parametrize(
    "init, variance_times_fan_in",
    [
        (lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"), 2),  # relu.md: variance 2/n
        (lambda w: nn.init.kaiming_normal_(w, a=0.2, nonlinearity="leaky_relu"), 2 / 1.04),  # 2/((1+a^2) n)
        (nn.init.xavier_normal_, 1),  # relu.md: Xavier is variance 1/n on a square layer
        (lambda w: nn.init.xavier_normal_(w, gain=5 / 3), 25 / 9),
        (lambda w: nn.init.kaiming_uniform_(w, a=math.sqrt(5)), 1 / 3),  # what nn.Linear does: 1/(3n)
    ],
    ids=["kaiming relu", "kaiming leaky 0.2", "xavier", "xavier tanh", "nn.Linear default"],
)
def test_weight_variance_on_a_square_layer(init, variance_times_fan_in):
    n = 2048
    assert _std(init, (n, n)) ** 2 * n == pytest.approx(variance_times_fan_in, rel=0.01)


def test_nn_linear_default_variance_is_a_third_of_lecun():
    # relu.md, tanh.md, ...: nn.Linear's default weights have variance 1/(3n)
    torch.manual_seed(0)
    layer = nn.Linear(2048, 2048)
    assert layer.weight.var().item() * 2048 == pytest.approx(1 / 3, rel=0.01)


def test_xavier_is_not_lecun_on_a_narrowing_layer():
    # selu.md: xavier's 2/(fan_in + fan_out) is 1/fan_in only for square layers; 1024 -> 64 is 1.9 times too large
    ratio = 2 / (1024 + 64) * 1024
    assert round(ratio, 1) == 1.9
    torch.manual_seed(0)
    w = nn.init.xavier_normal_(torch.empty(64, 1024))
    assert w.var().item() * 1024 == pytest.approx(ratio, rel=0.03)
    assert "it is 1.9 times too large" in page("selu")


def test_torch_warns_against_the_selu_gain_for_self_normalising_networks():
    # selu.md quotes calculate_gain's documentation
    doc = " ".join(nn.init.calculate_gain.__doc__.split())
    quoted = "sacrifices the normalization effect for more stable gradient flow in rectangular layers"
    assert "you should use ``nonlinearity='linear'`` instead of ``nonlinearity='selu'``" in doc
    assert quoted in doc
    assert quoted in " ".join(page("selu").split())
