"""What the guide pages (index, how-to-apply, cheat sheet, choosing, explorer, glossary) say about
PyTorch, checked against the installed torch: each test computes the fact from torch and checks that
the page states it, so neither can drift from the other."""

import ast
import re
import sys
import warnings

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS, ROOT, SNIPPETS
from tests.snippet_defs import definitions

F64 = torch.float64


def prose(page: str) -> str:
    """The page's text with its line breaks and indentation collapsed to single spaces."""
    return " ".join((DOCS / page).read_text(encoding="utf-8").split())


# --- how-to-apply.md: which activations have a torch.* function ------------------------------------


def activation_classes() -> list[str]:
    from torch.nn.modules.activation import __all__ as classes

    return [name for name in classes if name != "MultiheadAttention"]


def torch_function(cls: str) -> str | None:
    """The public torch.* function of an activation class: the name that equals the class's once
    underscores and case are ignored (LogSoftmax -> log_softmax), leaving out in-place variants
    (torch.relu_) and private names."""
    names = [
        name
        for name in dir(torch)
        if not name.startswith("_")
        and not name.endswith("_")
        and name.replace("_", "").lower() == cls.lower()
        and callable(getattr(torch, name))
    ]
    assert len(names) <= 1, names
    return names[0] if names else None


# How to call the module and the torch.* function for the same values, where the defaults do not
# (Threshold has no defaults, softmax needs a dim, PReLU's function takes the module's weight).
def module_and_function(cls: str, name: str):
    fn = getattr(torch, name)
    if cls == "Threshold":
        return nn.Threshold(0.5, -1.0), lambda x: fn(x, 0.5, -1.0)
    if cls in ("Softmax", "LogSoftmax"):
        return getattr(nn, cls)(dim=0), lambda x: fn(x, 0)
    if cls == "PReLU":
        module = nn.PReLU()
        return module, lambda x: fn(x, module.weight)
    if cls == "RReLU":
        return nn.RReLU().eval(), fn  # torch.rrelu defaults to training=False, the evaluation slope
    return getattr(nn, cls)(), fn


def test_torch_functions_are_the_ones_the_page_lists():
    classes = activation_classes()
    found = {cls: torch_function(cls) for cls in classes}
    functions = {name for name in found.values() if name}
    x = torch.linspace(-3, 3, 61)
    with torch.no_grad():
        for cls, name in found.items():
            if name:  # the function computes what the module computes
                module, fn = module_and_function(cls, name)
                torch.testing.assert_close(fn(x), module(x), rtol=0, atol=0, msg=f"torch.{name} vs nn.{cls}")
    # spot checks of the name matching: no torch.leaky_relu, torch.gelu, torch.logsigmoid, torch.relu6
    assert {"relu", "sigmoid", "tanh", "softmax", "log_softmax"} <= functions
    assert not {"leaky_relu", "gelu", "logsigmoid", "relu6", "hardtanh", "silu"} & set(dir(torch))

    stated = re.search(
        r"Only (\d+) of the (\d+) activation modules of `torch.nn` have a `torch.\*` function: (.*?)\. The others",
        prose("how-to-apply.md"),
    )
    assert stated, "how-to-apply.md no longer says how many activation modules have a torch.* function"
    assert int(stated[1]) == len(functions) and int(stated[2]) == len(classes), (len(functions), len(classes))
    assert set(re.findall(r"`torch\.(\w+)`", stated[3])) == functions


def test_how_to_apply_opening_matches_the_api():
    # every activation class is a module; all but Softmax2d have an F.* function; some a torch.* one
    text = prose("how-to-apply.md")
    assert (
        "PyTorch offers each of its activations as a `torch.nn` module and, all but `nn.Softmax2d`, as a "
        "function in `torch.nn.functional`; some also as a plain `torch.*` function." in text
    )
    without_functional = [c for c in activation_classes() if not any(f.replace("_", "") == c.lower() for f in dir(F))]
    assert without_functional == ["Softmax2d"]
    assert 0 < sum(torch_function(c) is not None for c in activation_classes()) < len(activation_classes())


# --- how-to-apply.md: what only a module gives --------------------------------------------------------


def test_hooks_and_quantization_fusion_need_the_module():
    text = prose("how-to-apply.md")
    assert "a forward hook (`module.register_forward_hook`" in text
    assert (
        "`torch.ao.quantization.fuse_modules` fuses `nn.Linear` and the `nn.ReLU` after it into one `LinearReLU`"
        in text
    )
    from torch.ao.quantization import fuse_modules

    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1)).eval()
    zeros = []
    model[1].register_forward_hook(lambda module, inputs, output: zeros.append(int((output == 0).sum())))
    model(torch.randn(5, 3))
    assert len(zeros) == 1  # the hook saw the ReLU's output
    fused = fuse_modules(model, [["0", "1"]])
    assert type(fused[0]).__name__ == "LinearReLU" and isinstance(fused[1], nn.Identity)


# --- how-to-apply.md: in place ------------------------------------------------------------------------


def test_in_place_errors_come_when_the_page_says():
    text = prose("how-to-apply.md")
    assert "the error about a saved tensor only appears when `backward()` runs" in text
    leaf_message = "a leaf Variable that requires grad is being used in an in-place operation"
    assert f'fails at once, in the forward pass: "{leaf_message}"' in text

    # on a leaf that requires grad: at once
    x = torch.tensor([-1.0, 2.0], requires_grad=True)
    for in_place in (torch.relu_, lambda t: F.relu(t, inplace=True), nn.ReLU(inplace=True)):
        with pytest.raises(RuntimeError, match=re.escape(leaf_message)):
            in_place(x)
    # on a tensor another operation saved (the sigmoid's output): the forward pass runs, backward fails
    s = torch.sigmoid(x)
    torch.relu_(s)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        s.sum().backward()


def test_in_place_breaks_when_another_reader_saved_the_tensor():
    # snippets/how-to-apply/inplace_shared.py prints the error; here: without the second reader it works
    text = prose("how-to-apply.md")
    assert "neither the one that produced it nor **any other operation that reads it**" in text
    torch.manual_seed(0)
    first, second = nn.Linear(3, 3), nn.Linear(3, 3)
    x = torch.randn(2, 3)
    F.relu(first(x), inplace=True).sum().backward()  # Linear saved its input, not h: fine
    h = first(x)
    out = F.relu(h, inplace=True) + second(h.clone())  # the second reader saved a copy: fine
    out.sum().backward()
    h = first(x)
    branch = second(h)
    out = F.relu(h, inplace=True) + branch
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        out.sum().backward()
    # a reader that saved nothing (the addition of a skip connection) raises nothing but reads ReLU(h)
    assert "in the skip connection `F.relu(h, inplace=True) + h`, both terms are $\\operatorname{ReLU}(h)$" in text
    h = first(x)
    out = F.relu(h, inplace=True) + h
    out.sum().backward()
    assert torch.equal(out, 2 * F.relu(first(x)))


# --- index.md: what the examples need -----------------------------------------------------------------


def third_party_imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names)


def test_examples_need_torch_and_matplotlib_but_the_keras_jax_page():
    text = prose("index.md")
    assert (
        "Copy any example into a fresh Python with `torch` and `matplotlib` installed and it runs as shown "
        "(the examples of [Coming from Keras, JAX or TensorFlow](coming-from-keras-jax-tf.md) also need "
        "`jax` and `keras`, and the few blocks that show Hugging Face transformers' own names say so: they need "
        "`pip install transformers`)." in text
    )
    assert "The examples below need `jax` and `keras` installed next to `torch`" in prose("coming-from-keras-jax-tf.md")
    needs = {path.relative_to(SNIPPETS).as_posix(): third_party_imports(path) for path in SNIPPETS.rglob("*.py")}
    extra = {
        name: imports - {"torch", "matplotlib"} for name, imports in needs.items() if imports - {"torch", "matplotlib"}
    }
    assert extra, "no snippet needs more than torch and matplotlib: the index's exception is stale"
    keras_jax = {name: imports for name, imports in extra.items() if name.startswith("coming-from/")}
    assert set().union(*keras_jax.values()) == {"jax", "keras"}
    # every other one needs transformers alone, and each page that shows it says so in the lines above it
    others = {name: imports for name, imports in extra.items() if name not in keras_jax}
    assert all(imports == {"transformers"} for imports in others.values()), others
    for name in others:
        include = f'--8<-- "snippets/{name}"'
        pages = [p for p in DOCS.rglob("*.md") if include in p.read_text(encoding="utf-8")]
        assert pages, f"snippets/{name} is on no page"
        for page in pages:
            lines = page.read_text(encoding="utf-8").splitlines()
            at = next(i for i, line in enumerate(lines) if line.strip() == include)
            assert "`pip install transformers`" in " ".join(lines[max(0, at - 6) : at]), (
                f"{page.relative_to(DOCS)}: say above the block that snippets/{name} needs `pip install transformers`"
            )


def test_index_approximation_and_vanishing_gradient_wording():
    text = prose("index.md")
    assert "approximate any continuous function on a closed interval $[a, b]$ as closely as you like" in text
    assert "avoids the activation's share of the problem" in text


# --- choosing.md ----------------------------------------------------------------------------------------


def second_differences(f, x: torch.Tensor) -> torch.Tensor:
    return f(x[2:]) - 2 * f(x[1:-1]) + f(x[:-2])


def test_hardswish_is_piecewise_quadratic_the_other_two_piecewise_linear():
    text = prose("choosing.md")
    assert "Piecewise linear (Hardswish: piecewise quadratic, $x(x + 3)/6$ between $-3$ and $3$)" in text
    middle = torch.linspace(-2.99, 2.99, 599, dtype=F64)
    torch.testing.assert_close(F.hardswish(middle), middle * (middle + 3) / 6)
    step = 0.01
    # x(x + 3)/6 has second difference step**2 / 3 everywhere; a straight piece has 0
    torch.testing.assert_close(second_differences(F.hardswish, middle), torch.full((597,), step**2 / 3, dtype=F64))
    for f, kinks in [(F.hardsigmoid, (-3.0, 3.0)), (F.relu6, (0.0, 6.0))]:
        x = torch.linspace(-10, 10, 2001, dtype=F64)
        d2 = second_differences(f, x).abs()
        far = torch.stack([(x[1:-1] - k).abs() > 1.5 * step for k in kinks]).all(0)
        assert d2[far].max().item() < 1e-12, f


def test_tanh_regression_range_is_open():
    text = prose("choosing.md")
    assert "| Regression in $(-1, 1)$ (e.g. normalised images; tanh never reaches $\\pm 1$" in text
    x = torch.linspace(-5, 5, 1001, dtype=F64)
    assert (torch.tanh(x).abs() < 1).all()


def test_transformer_gelu_and_gated_forms():
    text = prose("choosing.md")
    assert '`approximate="tanh"` in PyTorch, which differs from PyTorch\'s exact default in the fourth decimal' in text
    assert "PyTorch has no module for either: compute `F.silu(a) * b` (or `F.gelu(a) * b`)" in text
    x = torch.linspace(-6, 6, 1201, dtype=F64)
    gap = (F.gelu(x) - F.gelu(x, approximate="tanh")).abs().max().item()
    assert 1e-4 <= gap < 1e-3, gap
    assert not [name for name in dir(nn) if name.lower() in ("swiglu", "geglu")]
    assert not [name for name in dir(F) if name.lower() in ("swiglu", "geglu")]


# --- explorer.md ----------------------------------------------------------------------------------------


def test_hardtanh_min_value_and_max_value_are_aliases():
    text = prose("explorer.md")
    assert (
        "Hardtanh's deprecated `min_value` and `max_value` are old names for `min_val` and `max_val`, "
        "which the sliders offer." in text
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = nn.Hardtanh(min_value=-2.0, max_value=3.0)
    messages = [str(w.message) for w in caught if issubclass(w.category, FutureWarning)]
    assert any("`min_value` is deprecated and renamed to `min_val`" in m for m in messages), messages
    assert any("`max_value` is deprecated and renamed to `max_val`" in m for m in messages), messages
    new = nn.Hardtanh(min_val=-2.0, max_val=3.0)
    x = torch.tensor([-5.0, -1.5, 0.0, 2.5, 5.0])
    assert torch.equal(old(x), new(x)) and torch.equal(old(x), torch.tensor([-2.0, -1.5, 0.0, 2.5, 3.0]))
    rows = definitions(ROOT / "site_tools" / "explorer_generator.py")["ELEMENTWISE"]
    (hardtanh,) = [row for row in rows if row["slug"] == "hardtanh"]
    assert {"min_val", "max_val"} <= set(hardtanh["ranges"])


# --- glossary.md ----------------------------------------------------------------------------------------


def test_glossary_zero_centred_is_the_cheat_sheets_definition():
    glossary, cheat_sheet = prose("glossary.md"), prose("cheat-sheet.md")
    definition = "the mean output for standard-normal input is 0, within 0.01"
    assert definition in cheat_sheet
    assert "| zero-centred | có tâm tại 0 | The mean output for standard-normal input is 0, within 0.01" in glossary
    table = definitions(SNIPPETS / "cheat-sheet" / "table.py")
    zero_centred = table["zero_centred"]
    # the table's own test: 0.01 is its bound
    assert zero_centred(torch.tensor([0.0099, 0.0099])).startswith("yes")
    assert zero_centred(torch.tensor([0.0101, 0.0101])).startswith("no")
    # negative outputs alone are not enough: Leaky ReLU and ELU have them and fail
    assert "Leaky ReLU and ELU have them and are not zero-centred" in glossary
    with torch.no_grad():
        for module in (nn.LeakyReLU(), nn.ELU()):
            assert module(torch.tensor(-1.0)).item() < 0
            assert zero_centred(module(table["NORMAL"])).startswith("no")


def test_glossary_shrinkage_and_vanishing_gradient():
    glossary = prose("glossary.md")
    assert (
        "Setting the small values to 0 (Hardshrink, Softshrink); Softshrink also moves the others towards 0 "
        "by $\\lambda$, Hardshrink keeps them." in glossary
    )
    x = torch.tensor([-2.0, -0.3, 0.3, 2.0])
    assert torch.equal(F.hardshrink(x, 0.5), torch.tensor([-2.0, 0.0, 0.0, 2.0]))
    assert torch.equal(F.softshrink(x, 0.5), torch.tensor([-1.5, 0.0, 0.0, 1.5]))
    assert "backpropagation multiplies them by the weight matrix and by the activation's slopes" in glossary


# --- cheat-sheet.md: float32 slopes that are exactly 0, Softplus's threshold ----------------------------


def float32_zero_slope_edge(f, x: torch.Tensor) -> float:
    """x is an increasing float32 grid whose slopes are exactly 0 on one end only: the grid point
    nearest the non-zero side where the slope is still 0, rounded to 2 decimals. Checked in one batch
    (torch's vectorised code) and one element at a time (its scalar code)."""
    x = x.clone().requires_grad_(True)
    (batch,) = torch.autograd.grad(f(x).sum(), x)
    one_by_one = torch.cat([torch.autograd.grad(f(xi), xi)[0] for xi in x.split(1)])
    assert torch.equal(batch == 0, one_by_one == 0)
    zero = (batch == 0).tolist()
    k = zero.count(True)
    assert 0 < k < len(zero) and (zero[:k] == [True] * k or zero[-k:] == [True] * k), "not one zero end"
    edge = x[k - 1] if zero[0] else x[len(zero) - k]
    return round(edge.item(), 2)


def test_float32_slopes_that_become_exactly_zero():
    text = prose("cheat-sheet.md")
    assert (
        "In float32 autograd's slope is exactly 0 for Tanh beyond $\\lvert x \\rvert \\approx 9.01$, for Sigmoid "
        "beyond $x \\approx 16.64$ and $x \\approx -88.72$, for Softplus beyond $x \\approx -103.97$, and for "
        "ELU, GELU, SiLU and Mish far to the left, where their pages say." in text
    )

    def grid(a, b):
        return torch.linspace(a, b, round((b - a) * 1000) + 1)  # float32, step 0.001

    assert float32_zero_slope_edge(torch.tanh, grid(8.9, 9.1)) == 9.01
    assert float32_zero_slope_edge(torch.tanh, grid(-9.1, -8.9)) == -9.01
    assert float32_zero_slope_edge(torch.sigmoid, grid(16.5, 16.8)) == 16.64
    assert float32_zero_slope_edge(torch.sigmoid, grid(-89.0, -88.5)) == -88.72
    assert float32_zero_slope_edge(F.softplus, grid(-104.2, -103.8)) == -103.97
    # and nowhere in between: the slopes are positive from the left edge to the right one
    x = torch.linspace(-88.7, 16.6, 10_531, requires_grad=True)
    (slope,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
    assert (slope > 0).all()


def test_softplus_threshold_jump():
    text = prose("cheat-sheet.md")
    assert (
        "PyTorch's Softplus returns $x$ itself where $\\beta x$ exceeds `threshold` (20 by default), a switch that "
        "leaves a jump of about $2 \\times 10^{-9}/\\beta$ at $x = 20/\\beta$, visible in float64" in text
    )
    assert nn.Softplus().threshold == 20.0
    for beta in (1.0, 2.0, 0.5):
        at = torch.tensor(20.0 / beta, dtype=F64)
        above = torch.nextafter(at, torch.tensor(float("inf"), dtype=F64))
        assert F.softplus(above, beta=beta).item() == above.item()  # x itself
        jump = (F.softplus(at, beta=beta) - at).item()  # the formula's log(1 + e^-20)/beta
        assert jump * beta == pytest.approx(2.06e-9, rel=1e-3)
        # in float32 the jump is below the spacing of the numbers near 20/beta
        assert jump < torch.finfo(torch.float32).eps * at.item() / 2
