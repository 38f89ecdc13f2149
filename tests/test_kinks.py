"""docs/kinks.md: its table covers every activation, the kinks it lists are the real ones, and the five
ways to write max(x, 0) give the gradients at 0 that the page states."""

import contextlib
import copy
import io
import runpy

import pytest
import torch
import torch.nn.modules.activation

from build_output import snippets_in
from tests.shared import DOCS, SNIPPETS
from tests.snippet_defs import definitions

TABLE = SNIPPETS / "kinks" / "table.py"
DEFS = definitions(TABLE)
CLASSES = [name for name in torch.nn.modules.activation.__all__ if name != "MultiheadAttention"]
# Every element-wise row by page slug, but Binary Step (no autograd) and ELU and CELU, whose 0 is a
# branch point with the same slope on both sides (alpha = 1), as the page says.
CHECKED = [slug for _, slug, _, _ in DEFS["ELEMENTWISE"] if slug not in ("binary-step", "elu", "celu")]


def test_table_is_on_the_page_and_covers_every_activation_class():
    assert "snippets/kinks/table.py" in snippets_in((DOCS / "kinks.md").read_text(encoding="utf-8"))
    rows = [(page, f) for _, page, f, _ in DEFS["ELEMENTWISE"]] + [(page, f) for _, page, f in DEFS["VECTOR"]]
    covered = {type(f).__name__ for _, f in rows}
    assert not set(CLASSES) - covered, f"no row in {TABLE.name} for {sorted(set(CLASSES) - covered)}"
    assert "binary-step" in {page for page, _ in rows}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        runpy.run_path(str(TABLE), run_name="__main__")
    for page, _ in rows:
        assert (DOCS / "activations" / f"{page}.md").is_file(), f"no page {page}.md"
        assert f"](activations/{page}.md) |" in printed.getvalue(), f"the table prints no row for {page}"


@pytest.mark.parametrize("page", CHECKED)
def test_listed_kinks_are_exactly_where_the_slope_jumps(page):
    """ReLU6 at 0 and 6, Hardtanh at ±1, Hardswish and Hardsigmoid at ±3, Threshold at θ, the shrinks at
    ±λ, ...: each listed point is a jump of autograd's slope, and there is no other (none for GELU...)."""
    ((f, kinks),) = [(f, kinks) for _, slug, f, kinks in DEFS["ELEMENTWISE"] if slug == page]
    f = copy.deepcopy(f).double()  # PReLU's weight must match the float64 grid
    # Midpoints of a 0.01 grid on [-10, 10]: no grid point lies on a kink, so every slope is unambiguous.
    x = (-10 + 0.01 * (torch.arange(2000, dtype=torch.float64) + 0.5)).requires_grad_()
    (slope,) = torch.autograd.grad(f(x).sum(), x)
    jumps = (slope.diff().abs() > 0.05).nonzero().flatten()  # Hardswish's curve moves 0.0033 a step
    found = ((x[jumps] + x[jumps + 1]) / 2).detach()
    assert len(found) == len(kinks) and all(abs(a - b) < 1e-6 for a, b in zip(found.tolist(), sorted(kinks))), (
        f"{page}: the table lists kinks at {kinks}, autograd's slope jumps at {found.tolist()}"
    )


def test_five_ways_to_write_relu_give_the_stated_gradients_at_zero():
    ways = definitions(SNIPPETS / "kinks" / "five_relus.py")["WAYS"]
    stated = {
        "F.relu(x)": 0.0,
        "torch.maximum(x, torch.zeros_like(x))": 0.5,
        "torch.clamp(x, min=0)": 1.0,
        "torch.where(x > 0, x, 0.0)": 0.0,
        "x * (x > 0)": 0.0,
    }
    assert list(ways) == list(stated)
    for name, f in ways.items():
        for x in (torch.tensor(0.0, requires_grad=True), torch.zeros(1, dtype=torch.float64, requires_grad=True)):
            (grad,) = torch.autograd.grad(f(x).sum(), x)
            assert grad.item() == stated[name], (
                f"{name}: autograd gives {grad.item()} at 0, the page says {stated[name]}"
            )
        for x, expected in ((-1.0, 0.0), (1.0, 1.0)):  # away from 0 they all agree with ReLU
            x = torch.tensor(x, requires_grad=True)
            assert torch.autograd.grad(f(x), x)[0].item() == expected, name
