"""What docs/coming-from-keras-jax-tf.md says about JAX's and Keras's activations, checked against the
installed packages: each row of its table and each sentence that states a fact is kept here with the
check of what it says, and the page must contain it word for word.

JAX (CPU) and Keras (on its PyTorch backend, no TensorFlow) come with the `test` extra. Without them
these tests skip, except in CI (CI=true), where they fail.
"""

import importlib.metadata
import importlib.util
import inspect
import os
import re
from types import ModuleType

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported: Keras 3 on PyTorch, no TensorFlow

jax: ModuleType
keras: ModuleType


@pytest.fixture(autouse=True)
def frameworks():
    """Imports jax and keras (about 3 s) in the worker that runs these tests, not at collection in each."""
    global jax, keras
    try:
        import jax
        import keras
    except ImportError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"jax and keras must be installed in CI (the `test` extra): {error}", pytrace=False)
        pytest.skip(f"jax or keras is not installed (`make setup` installs them): {error}")


PAGE_PATH = DOCS / "coming-from-keras-jax-tf.md"
PAGE = PAGE_PATH.read_text(encoding="utf-8")
PROSE = " ".join(PAGE.split())  # sentences wrap across lines on the page

# "the same values": agrees with torch's float32 result to float32 precision on a grid from -6 to 6
# (kinks and the points the page names included).
GRID = torch.cat([torch.linspace(-6, 6, 241), torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])])


def randn(*shape: int) -> torch.Tensor:
    return torch.randn(*shape, generator=torch.Generator().manual_seed(0))


def default(fn, name):
    parameter = inspect.signature(fn).parameters[name]
    assert parameter.default is not inspect.Parameter.empty, f"{fn} has no default for {name}"
    return parameter.default


def parameters(fn) -> list[str]:
    return list(inspect.signature(fn).parameters)


def jax_values(fn, **kwargs) -> torch.Tensor:
    return torch.from_numpy(np.array(fn(GRID.numpy(), **kwargs)))  # np.array copies: writable


def keras_values(fn, **kwargs) -> torch.Tensor:
    out = fn(GRID, **kwargs)
    assert isinstance(out, torch.Tensor), "Keras is not running on its torch backend"
    return out.detach()


def same_values(got: torch.Tensor, want: torch.Tensor):
    torch.testing.assert_close(got, want, rtol=2e-6, atol=2e-6)


def keras_activation(name: str):
    """What `activation=name` in a Keras layer resolves to."""
    return keras.layers.Dense(1, activation=name).activation


# --- the table -------------------------------------------------------------------------------------

ROWS = {}  # the exact Markdown line of a table row -> the function that checks what it says


def row(line: str):
    def register(check):
        ROWS[line] = check
        return check

    return register


@row(
    "| Leaky ReLU slope | `0.01` (`nn.LeakyReLU`, `F.leaky_relu`) | `0.01` (`leaky_relu`) | `0.3` in "
    "`keras.layers.LeakyReLU`; `0.2` in `keras.activations.leaky_relu`, `keras.ops.leaky_relu` and "
    '`activation="leaky_relu"` |'
)
def leaky_relu_slope():
    assert default(nn.LeakyReLU, "negative_slope") == 0.01
    assert default(F.leaky_relu, "negative_slope") == 0.01
    assert default(jax.nn.leaky_relu, "negative_slope") == 0.01
    assert default(keras.layers.LeakyReLU, "negative_slope") == 0.3
    assert default(keras.activations.leaky_relu, "negative_slope") == 0.2
    assert default(keras.ops.leaky_relu, "negative_slope") == 0.2
    assert keras_activation("leaky_relu") is keras.activations.leaky_relu
    # and the defaults are what the functions do
    same_values(jax_values(jax.nn.leaky_relu), F.leaky_relu(GRID, 0.01))
    same_values(keras_values(keras.layers.LeakyReLU()), F.leaky_relu(GRID, 0.3))
    same_values(keras_values(keras.layers.Activation("leaky_relu")), F.leaky_relu(GRID, 0.2))


@row(
    "| GELU | exact (`approximate='none'`) | tanh approximation (`approximate=True`) | exact in "
    '`keras.activations.gelu` and `activation="gelu"` (`approximate=False`); tanh approximation in '
    "`keras.ops.gelu` (`approximate=True`) |"
)
def gelu():
    exact, tanh = F.gelu(GRID, approximate="none"), F.gelu(GRID, approximate="tanh")
    assert default(nn.GELU, "approximate") == "none"
    assert torch.equal(F.gelu(GRID), exact) and torch.equal(nn.GELU()(GRID), exact)
    assert default(jax.nn.gelu, "approximate") is True
    same_values(jax_values(jax.nn.gelu), tanh)
    same_values(jax_values(jax.nn.gelu, approximate=False), exact)
    assert default(keras.activations.gelu, "approximate") is False
    assert keras_activation("gelu") is keras.activations.gelu
    same_values(keras_values(keras.activations.gelu), exact)
    same_values(keras_values(keras.layers.Activation("gelu")), exact)
    assert default(keras.ops.gelu, "approximate") is True
    same_values(keras_values(keras.ops.gelu), tanh)


def implicit_dim(fn, x: torch.Tensor) -> int:
    """The dim torch picks when none is given, checking that it warns."""
    with pytest.warns(UserWarning, match="Implicit dimension choice"):
        y = fn(x)
    (picked,) = [d for d in range(x.dim()) if torch.equal(y, fn(x, dim=d))]
    return picked


@row(
    "| Softmax axis | no default: `dim=None` warns and picks a dim from the number of dimensions | last "
    "(`axis=-1`) | last (`axis=-1`) in `keras.activations.softmax`, `keras.ops.softmax` and "
    "`keras.layers.Softmax` |"
)
def softmax_axis():
    assert default(F.softmax, "dim") is None and default(nn.Softmax, "dim") is None
    x2, x3 = randn(2, 3), randn(2, 3, 4)
    assert implicit_dim(F.softmax, x2) == 1 and implicit_dim(F.softmax, x3) == 0
    for fn in (jax.nn.softmax, keras.activations.softmax, keras.ops.softmax):
        assert default(fn, "axis") == -1
    assert default(keras.layers.Softmax, "axis") == -1
    last = F.softmax(x3, dim=-1)
    torch.testing.assert_close(torch.from_numpy(np.array(jax.nn.softmax(x3.numpy()))), last)
    torch.testing.assert_close(keras.activations.softmax(x3), last)
    torch.testing.assert_close(keras.ops.softmax(x3), last)
    torch.testing.assert_close(keras.layers.Softmax()(x3), last)


@row("| LogSoftmax axis | no default: `dim=None`, as for softmax | last (`axis=-1`) | last (`axis=-1`) |")
def log_softmax_axis():
    assert default(F.log_softmax, "dim") is None and default(nn.LogSoftmax, "dim") is None
    x2, x3 = randn(2, 3), randn(2, 3, 4)
    assert implicit_dim(F.log_softmax, x2) == 1 and implicit_dim(F.log_softmax, x3) == 0
    for fn in (jax.nn.log_softmax, keras.activations.log_softmax, keras.ops.log_softmax):
        assert default(fn, "axis") == -1


@row("| GLU axis | last (`dim=-1`) | last (`axis=-1`) | last (`axis=-1`) |")
def glu_axis():
    assert default(nn.GLU, "dim") == -1 and default(F.glu, "dim") == -1
    for fn in (jax.nn.glu, keras.activations.glu, keras.ops.glu):
        assert default(fn, "axis") == -1


@row("| ELU and CELU `alpha` | `1.0` | `1.0` | `1.0` |")
def elu_celu_alpha():
    for fn in (
        nn.ELU,
        F.elu,
        nn.CELU,
        F.celu,
        jax.nn.elu,
        jax.nn.celu,
        keras.activations.elu,
        keras.activations.celu,
        keras.ops.elu,
        keras.layers.ELU,
    ):
        assert default(fn, "alpha") == 1.0, fn
    same_values(jax_values(jax.nn.elu), F.elu(GRID))
    same_values(jax_values(jax.nn.celu), F.celu(GRID))
    same_values(keras_values(keras.activations.elu), F.elu(GRID))
    same_values(keras_values(keras.activations.celu), F.celu(GRID))


@row("| SELU | fixed constants | the same values | the same values |")
def selu():
    assert parameters(nn.SELU) == ["inplace"]  # no constant to pass
    assert parameters(jax.nn.selu) == ["x"] and parameters(keras.activations.selu) == ["x"]
    x = torch.cat([GRID, torch.tensor([-30.0])])  # far left: -scale * alpha, the constants themselves
    same_values(torch.from_numpy(np.array(jax.nn.selu(x.numpy()))), F.selu(x))
    same_values(keras.activations.selu(x), F.selu(x))


@row(
    "| SiLU (Swish) | `nn.SiLU`, `F.silu` | `silu`, and `swish` is the same function | `silu`, and `swish` is "
    "the same function |"
)
def silu_names():
    assert jax.nn.swish is jax.nn.silu
    assert keras.activations.swish is keras.activations.silu
    same_values(jax_values(jax.nn.silu), F.silu(GRID))
    same_values(keras_values(keras.activations.silu), nn.SiLU()(GRID))


@row(
    "| Hardsigmoid | $\\operatorname{ReLU6}(x+3)/6$ | `hard_sigmoid`: the same values | `hard_sigmoid`: the same "
    "values |"
)
def hardsigmoid():
    torch.testing.assert_close(F.hardsigmoid(GRID), F.relu6(GRID + 3) / 6)
    same_values(jax_values(jax.nn.hard_sigmoid), F.hardsigmoid(GRID))
    same_values(keras_values(keras.activations.hard_sigmoid), F.hardsigmoid(GRID))


@row(
    "| Hardswish | `nn.Hardswish`, `F.hardswish` | `hard_swish`, the same function as `hard_silu`: the same "
    "values | `hard_swish`, the same function as `hard_silu`: the same values |"
)
def hardswish():
    assert jax.nn.hard_swish is jax.nn.hard_silu
    assert keras.activations.hard_swish is keras.activations.hard_silu
    same_values(jax_values(jax.nn.hard_swish), F.hardswish(GRID))
    same_values(keras_values(keras.activations.hard_swish), nn.Hardswish()(GRID))


@row(
    "| Hardtanh | `min_val=-1.0`, `max_val=1.0` | `hard_tanh`: fixed to $[-1, 1]$, no parameters | `hard_tanh`: "
    "fixed to $[-1, 1]$, no parameters |"
)
def hardtanh():
    assert default(nn.Hardtanh, "min_val") == -1.0 and default(nn.Hardtanh, "max_val") == 1.0
    assert default(F.hardtanh, "min_val") == -1.0 and default(F.hardtanh, "max_val") == 1.0
    assert parameters(jax.nn.hard_tanh) == ["x"] and parameters(keras.activations.hard_tanh) == ["x"]
    same_values(jax_values(jax.nn.hard_tanh), F.hardtanh(GRID))
    same_values(keras_values(keras.activations.hard_tanh), F.hardtanh(GRID))


@row("| Softplus | `beta=1.0`, `threshold=20.0` | `softplus`: no parameters | `softplus`: no parameters |")
def softplus():
    assert default(nn.Softplus, "beta") == 1.0 and default(nn.Softplus, "threshold") == 20.0
    assert parameters(jax.nn.softplus) == ["x"] and parameters(keras.activations.softplus) == ["x"]


@row("| Hardshrink, Softshrink | `lambd=0.5` | none | `hard_shrink`, `soft_shrink`: `threshold=0.5` |")
def shrink():
    assert default(nn.Hardshrink, "lambd") == 0.5 and default(nn.Softshrink, "lambd") == 0.5
    assert not [name for name in dir(jax.nn) if "shrink" in name.lower()]
    assert default(keras.activations.hard_shrink, "threshold") == 0.5
    assert default(keras.activations.soft_shrink, "threshold") == 0.5
    same_values(keras_values(keras.activations.hard_shrink), F.hardshrink(GRID))
    same_values(keras_values(keras.activations.soft_shrink), F.softshrink(GRID))


@row("| Softsign | `nn.Softsign`, `F.softsign` | `soft_sign` (with an underscore) | `softsign` |")
def softsign():
    assert not hasattr(jax.nn, "softsign") and not hasattr(keras.activations, "soft_sign")
    same_values(jax_values(jax.nn.soft_sign), F.softsign(GRID))
    same_values(keras_values(keras.activations.softsign), nn.Softsign()(GRID))


def table_lines() -> list[str]:
    """The body rows of the page's table under "## At a glance"."""
    section = PAGE.split("## At a glance", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows[1].startswith("|---"), "the table under 'At a glance' has no header separator"
    return rows[2:]


def test_every_row_of_the_table_is_checked():
    unchecked = [line for line in table_lines() if line not in ROWS]
    assert not unchecked, "rows of the page's table with no check in tests/test_frameworks.py:\n" + "\n".join(unchecked)


@pytest.mark.parametrize("line", ROWS, ids=lambda line: line.split("|")[1].strip())
def test_table_row_is_on_the_page_and_true(line):
    assert line in table_lines(), f"{PAGE_PATH.name} has no table row:\n{line}"
    ROWS[line]()


# --- the prose -------------------------------------------------------------------------------------

CLAIMS = {}  # a sentence (or part of one) the page says, whitespace collapsed -> its check


def claim(text: str):
    def register(check):
        CLAIMS[text] = check
        return check

    return register


@claim("PyTorch 2.13.0, JAX 0.10.2 and Keras 3.15.1, run on its PyTorch backend (`KERAS_BACKEND=torch`)")
def versions():
    assert torch.__version__.split("+")[0] == "2.13.0"
    assert jax.__version__ == "0.10.2" and importlib.metadata.version("jaxlib") == "0.10.2"
    assert keras.__version__ == "3.15.1"
    assert keras.backend.backend() == "torch"


@claim("The tests do not install TensorFlow")
def no_tensorflow():
    requires = importlib.metadata.requires("keras") or []
    assert not [r for r in requires if r.lower().startswith("tensorflow")], requires
    assert importlib.util.find_spec("tensorflow") is None


@claim(
    'Where a cell says "the same values", the function agrees with torch\'s to float32 precision on a grid '
    "from $-6$ to $6$. Where it names no function, there is none of that name in the package."
)
def how_the_table_is_checked():
    assert GRID.dtype == torch.float32 and GRID.min() == -6 and GRID.max() == 6
    assert "the same values" in "\n".join(table_lines())


@claim(
    "The parameter is `negative_slope` everywhere; only its default differs, and within Keras it differs "
    'between the layer and the function (which `activation="leaky_relu"` uses).'
)
def leaky_relu_parameter_name():
    for fn in (
        nn.LeakyReLU,
        F.leaky_relu,
        jax.nn.leaky_relu,
        keras.layers.LeakyReLU,
        keras.activations.leaky_relu,
        keras.ops.leaky_relu,
    ):
        assert "negative_slope" in parameters(fn), fn
    assert keras_activation("leaky_relu") is keras.activations.leaky_relu
    assert default(keras.layers.LeakyReLU, "negative_slope") != default(keras.activations.leaky_relu, "negative_slope")


@claim(
    "JAX's `jax.nn.gelu` and `keras.ops.gelu` default to the tanh approximation, while Keras's "
    '`keras.activations.gelu` (what a layer built with `activation="gelu"` calls) is exact. The two forms '
    "differ in the fourth decimal"
)
def gelu_prose():
    gelu()
    gap = (F.gelu(GRID) - F.gelu(GRID, approximate="tanh")).abs().max().item()
    assert 1e-4 <= gap < 1e-3, gap


@claim(
    "`jax.nn.softmax(x)` and `keras.activations.softmax(x)` normalise the last axis. PyTorch's `dim` has no "
    "usable default: `F.softmax(x)` and `nn.Softmax()` warn and pick a dim from the number of dimensions, "
    "which for a 3-dimensional input is the first, the batch. So `jax.nn.softmax(x)` becomes "
    "`F.softmax(x, dim=-1)`, and the same holds for `log_softmax`"
)
def softmax_prose():
    softmax_axis()
    log_softmax_axis()
    x3 = randn(2, 3, 4)
    assert implicit_dim(lambda x, **kw: nn.Softmax(**kw)(x), x3) == 0


@claim(
    "PyTorch's `beta` (sharpness) and `threshold` (where $\\beta x$ exceeds it, it returns $x$ itself) have no "
    "counterpart in `jax.nn.softplus` or `keras.activations.softplus`, which take only `x` and equal PyTorch's defaults."
)
def softplus_prose():
    softplus()
    x = torch.tensor([20.5, 25.0], dtype=torch.float64)  # log(1 + e^x) is not x in float64 here
    assert torch.equal(F.softplus(x), x) and not torch.equal(torch.log1p(torch.exp(x)), x)
    # the test is on beta * x, not x: beta = 2 returns x from x = 10.25 on, beta = 0.5 not even at x = 25
    assert torch.equal(F.softplus(x / 2, beta=2.0), x / 2)
    assert not torch.equal(F.softplus(x, beta=0.5), x)
    same_values(jax_values(jax.nn.softplus), F.softplus(GRID))
    same_values(keras_values(keras.activations.softplus), F.softplus(GRID))


@claim(
    "`jax.nn.hard_tanh` and `keras.activations.hard_tanh` clip to $[-1, 1]$ only; for other bounds "
    "PyTorch has `min_val` and `max_val`."
)
def hardtanh_prose():
    hardtanh()


@claim(
    "PyTorch calls the threshold `lambd`, Keras `threshold`; both default to `0.5`, and `jax.nn` has neither function."
)
def shrink_prose():
    shrink()


@pytest.mark.parametrize("text", CLAIMS, ids=lambda text: text[:40])
def test_sentence_is_on_the_page_and_true(text):
    assert text in PROSE, f"{PAGE_PATH.name} does not say:\n{text}"
    CLAIMS[text]()


def test_page_numbers_are_all_checked():
    """Every number in backticks on the page (a default it states) is in a checked row or sentence."""
    checked = " ".join([*ROWS, *CLAIMS])
    stated = set(re.findall(r"`(-?\d+(?:\.\d+)?)`", PAGE))
    assert stated, "no numbers found on the page"
    assert not [n for n in stated if f"`{n}`" not in checked]
