"""Claims the pages make about PyTorch's API surface, checked against the installed torch."""

import warnings
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("name", ["leaky_relu", "gelu"])
def test_no_top_level_function(name):
    # docs/how-to-apply.md and the activation pages: "there is no torch.leaky_relu / torch.gelu"
    assert not hasattr(torch, name)


def test_torch_softmax_requires_dim():
    # docs/how-to-apply.md: torch.softmax without dim is a TypeError ...
    with pytest.raises(TypeError):
        torch.softmax(torch.zeros(3))


@pytest.mark.parametrize("call", [lambda x: F.softmax(x), lambda x: nn.Softmax()(x)], ids=["F.softmax", "nn.Softmax"])
def test_implicit_softmax_dim_only_warns(call):
    # ... while F.softmax(x) and nn.Softmax()(x) pick a dim and warn
    with pytest.warns(UserWarning, match="Implicit dimension choice"):
        call(torch.zeros(3))


@pytest.mark.parametrize("fn", [F.sigmoid, F.tanh], ids=["F.sigmoid", "F.tanh"])
def test_functional_sigmoid_and_tanh_do_not_warn(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fn(torch.zeros(3))


def test_softmax2d_is_the_only_module_without_a_functional_form():
    # how-to-apply.md: torch.nn.functional has every activation "but nn.Softmax2d, which is a module only"
    from torch.nn.modules.activation import __all__ as modules

    missing = [
        name for name in modules
        if name != "MultiheadAttention"
        and not any(f.replace("_", "") == name.lower() for f in dir(F))
    ]
    assert missing == ["Softmax2d"]
    assert "(all but `nn.Softmax2d`, which is a module only)" in (DOCS / "how-to-apply.md").read_text(encoding="utf-8")


def test_float32_underflow_points_quoted_on_the_log_pages():
    # log-sigmoid.md: sigmoid(x) is exactly 0 in float32 "from about x = -89";
    # log-softmax.md: a probability underflows to 0 once a logit is "about 104" below another
    assert "from about\n    $x = -89$" in (DOCS / "activations" / "log-sigmoid.md").read_text(encoding="utf-8")
    assert "a gap of about $104$ is enough" in (DOCS / "activations" / "log-softmax.md").read_text(encoding="utf-8")
    assert torch.sigmoid(torch.tensor(-88.0)).item() > 0 and torch.sigmoid(torch.tensor(-89.0)).item() == 0
    assert torch.softmax(torch.tensor([0.0, -103.0]), dim=0)[1].item() > 0
    assert torch.softmax(torch.tensor([0.0, -104.0]), dim=0)[1].item() == 0
