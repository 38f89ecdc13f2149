"""What a page states about an activation is what torch computes.

For each page with claims in the registry (activations.toml, its entry's [claims]): its formula and
derivative (as LaTeX, which must appear on the page verbatim, and as a torch transcription of that
LaTeX) are compared with the PyTorch function and with autograd on
a grid that includes the extremes; the value and slope at 0, the range and the parameter defaults
the page states are compared with torch and `inspect.signature`.
"""

import inspect
import math
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import torch
from torch import nn

from site_tools import registry
from tests.shared import DOCS, EXTREMES, SNIPPETS
from tests.snippet_defs import definitions

INF, NAN = math.inf, math.nan

GRID = torch.cat([torch.tensor(EXTREMES, dtype=torch.float64), torch.linspace(-20, 20, 4001, dtype=torch.float64)])
WIDE = torch.linspace(-1e4, 1e4, 200_001, dtype=torch.float64)
FAR = torch.tensor([-1e8, 1e8], dtype=torch.float64)  # so a slowly growing end (0.01 x) still passes ±1e3
NEAR = torch.linspace(-3, 0, 300_001, dtype=torch.float64)  # finds the minimum of SiLU, Mish, GELU ... to 1e-6


@dataclass
class Claims:
    page: str
    torch_fn: Callable[[torch.Tensor], torch.Tensor]
    formula: str  # LaTeX, as on the page
    f: Callable[[torch.Tensor], torch.Tensor]  # that formula, transcribed into torch
    derivative: str
    df: Callable[[torch.Tensor], torch.Tensor]
    value_at_0: float
    slope_at_0: float
    range_: tuple[float, float]  # the bounds of the range; ±inf for an unbounded end
    defaults: dict[tuple[Callable, str], object] = field(default_factory=dict)  # shown as `name=value`
    atol: float = 0.0  # absolute tolerance of the formula and derivative checks; 0 unless the entry says why


# Each activation's claims are the [claims] table of its entry in the registry, activations.toml: LaTeX as
# on the page, torch expressions in x for the transcriptions, numbers or expressions for the rest.
REGISTRY = registry.load()
NAMESPACE = {"torch": torch, "nn": nn, "F": torch.nn.functional, "math": math, "typing": typing, "INF": INF, "NAN": NAN}


def claims_of(entry: dict) -> Claims:
    written = entry["claims"]
    namespace = {**NAMESPACE, **written.get("constants", {})}
    namespace["fn"] = registry.function(entry, namespace)  # the entry's own torch code

    def value(v):
        return eval(v, namespace) if isinstance(v, str) else v

    return Claims(
        page=f"activations/{entry['slug']}.md",
        torch_fn=value(written["torch"]) if "torch" in written else namespace["fn"],
        formula=written["formula"],
        f=registry.expression(written["f"], namespace),
        derivative=written["derivative"],
        df=registry.expression(written["df"], namespace),
        value_at_0=value(written["value_at_0"]),
        slope_at_0=value(written["slope_at_0"]),
        range_=tuple(value(v) for v in written["range"]),
        defaults={(value(api), name): default for api, name, default in written.get("defaults", [])},
        atol=written.get("atol", 0.0),
    )


# An entry whose claims still hold a TODO (make new-activation) cannot be evaluated: tests/test_coverage.py
# names each of its TODOs instead.
CLAIMS = [
    claims_of(entry)
    for entry in registry.entries(REGISTRY)
    if "claims" in entry and not registry.todos(entry["claims"], entry["slug"])
]


def ids(claims: Claims) -> str:
    return claims.page


def page_text(claims: Claims) -> str:
    return (DOCS / claims.page).read_text(encoding="utf-8")


def autograd_slope(fn, x: torch.Tensor) -> torch.Tensor:
    x = x.clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(fn(x).sum(), x)
    return grad


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_page_states_the_formulas_checked_here(claims):
    text = page_text(claims)
    for latex in (claims.formula, claims.derivative):
        assert latex in text, f"docs/{claims.page} no longer states {latex!r}: update it here too"


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_formula_matches_torch(claims):
    torch.testing.assert_close(claims.f(GRID), claims.torch_fn(GRID), equal_nan=True, rtol=1e-12, atol=claims.atol)


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_derivative_matches_autograd(claims):
    torch.testing.assert_close(
        claims.df(GRID), autograd_slope(claims.torch_fn, GRID), equal_nan=True, rtol=1e-12, atol=claims.atol
    )


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_value_and_slope_at_zero(claims):
    zero = torch.zeros(1, dtype=torch.float64)
    assert claims.torch_fn(zero).item() == claims.value_at_0
    assert autograd_slope(claims.torch_fn, zero).item() == claims.slope_at_0


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_range(claims):
    # Every output lies within the stated bounds, and the outputs on a wide grid reach (or, for an
    # open or infinite end, come within 1e-6 of, or beyond ±1e3 towards) each bound.
    y = claims.torch_fn(torch.cat([WIDE, FAR, NEAR]))
    low, high = claims.range_
    assert y.min().item() >= low and y.max().item() <= high, f"outputs leave {claims.range_}"
    assert y.min().item() <= (low + 1e-6 if math.isfinite(low) else -1e3), f"outputs never approach {low}"
    assert y.max().item() >= (high - 1e-6 if math.isfinite(high) else 1e3), f"outputs never approach {high}"


@pytest.mark.parametrize("claims", CLAIMS, ids=ids)
def test_defaults_match_torch_and_the_page(claims):
    text = page_text(claims)
    for (api, name), value in claims.defaults.items():
        assert inspect.signature(api).parameters[name].default == value, f"{api.__name__}({name}=...)"
        assert f"`{name}={value!r}`" in text, f"docs/{claims.page} does not state `{name}={value!r}`"


# --- The cheat sheet and every page's At a glance table ----------------------------------------------
# snippets/cheat-sheet/table.py computes, from torch, whether each activation is zero-centred, saturates
# and has a dead zone (its intro defines the three terms); each page's At a glance rows must give the
# same answers. Its range column is written by hand: its bounds must be the ones checked above against
# torch, and its open and closed ends the ones the page states.

TABLE = definitions(SNIPPETS / "cheat-sheet" / "table.py")
CLAIMS_BY_PAGE = {c.page: c for c in CLAIMS}
# How a page's Saturates row begins -> the cheat sheet's answer
SATURATES = {
    r"yes, as $x \to -\infty$": "as x → −∞",
    r"yes, as $x \to \infty$": "as x → +∞",
    "yes, at both ends": "both ends",
    "no": "no",
}


def glance(page: str, row: str) -> str:
    """The text of a row of the page's At a glance table."""
    text = (DOCS / "activations" / f"{page}.md").read_text(encoding="utf-8")
    found = re.findall(rf"^\| {re.escape(row)} \| (.*) \|$", text, re.MULTILINE)
    assert len(found) == 1, f"docs/activations/{page}.md has {len(found)} '{row}' rows in its At a glance table"
    return found[0]


def yes_or_no(answer: str) -> str:
    word = re.match(r"(yes|no)\b", answer)
    assert word, f"an At a glance answer must begin with 'yes' or 'no': {answer!r}"
    return word[1]


def as_float64(f):
    return f.double() if isinstance(f, nn.Module) else f  # PReLU's weight must match float64 inputs


@pytest.mark.parametrize("row", TABLE["ELEMENTWISE"], ids=lambda row: row[1])
def test_at_a_glance_answers_are_the_ones_the_cheat_sheet_computes(row):
    _, page, f, *_ = row
    f = as_float64(f)
    with torch.no_grad():
        zero_centred = TABLE["zero_centred"](f(TABLE["NORMAL"])).split()[0]
    assert yes_or_no(glance(page, "Zero-centred")) == zero_centred, "Zero-centred"
    saturates = glance(page, "Saturates")
    stated = [answer for start, answer in SATURATES.items() if saturates.startswith(start)]
    assert stated, f"the Saturates row must begin with one of {list(SATURATES)}: {saturates!r}"
    assert stated[0] == TABLE["saturates"](f), "Saturates"
    assert yes_or_no(glance(page, "Dead zone")) == TABLE["dead_zone"](f), "Dead zone"


@pytest.mark.parametrize("row", TABLE["VECTOR"], ids=lambda row: row[1])
def test_zero_centred_answers_of_the_vector_pages_are_the_cheat_sheets(row):
    name, page, module, _ = row
    normal = TABLE["NORMAL"].reshape(-1, 4, 1, 1) if name == "Softmax2d" else TABLE["NORMAL"].reshape(-1, 4)
    with torch.no_grad():
        assert yes_or_no(glance(page, "Zero-centred")) == TABLE["zero_centred"](module(normal)).split()[0]


def test_threshold_is_not_zero_centred_at_this_pages_settings_either():
    # threshold.md: negative for theta = 0 (the cheat sheet's) and theta = 0.5 (the page's), v = -1
    for theta in (0.0, 0.5):
        assert torch.nn.functional.threshold(TABLE["NORMAL"], theta, -1.0).mean().item() < -0.01


def brackets(text: str) -> str:
    """'\\{0\\} \\cup (-\\infty, -\\lambda) ...' -> '{}()...': which ends of each piece are open or closed."""
    return "".join(c for c in text.replace(r"\{", "{").replace(r"\}", "}") if c in "[](){}")


@pytest.mark.parametrize("row", TABLE["ELEMENTWISE"], ids=lambda row: row[1])
def test_cheat_sheet_range_has_the_bounds_of_the_claims_and_the_ends_of_the_page(row):
    _, page, f, *_, range_ = row
    assert "TODO(" not in range_, f"activations.toml: {page}.cheat_sheet.range: {range_}"
    numbers = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|inf)", range_)]
    low, high = min(numbers), max(numbers)
    claims = CLAIMS_BY_PAGE.get(f"activations/{page}.md")
    if claims is None:  # Binary Step (tests/test_formulas_binary_step.py): exactly the values 0 and 1
        assert set(as_float64(f)(GRID[~GRID.isnan()]).unique().tolist()) == set(numbers) == {0.0, 1.0}
    else:
        assert low == pytest.approx(claims.range_[0], abs=1e-9) and high == pytest.approx(claims.range_[1], abs=1e-9)
    page_range = re.match(r"\$(.*?)\$", glance(page, "Range"))
    assert page_range, f"docs/activations/{page}.md: the Range row does not begin with the range in $...$"
    assert brackets(range_) == brackets(page_range[1]), f"open and closed ends differ from the page's {page_range[1]}"
