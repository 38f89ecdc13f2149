"""Claims the pages make about PyTorch's API surface, checked against the installed torch."""

import warnings

import pytest
import torch
import torch.nn.functional as F
from torch import nn


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
