"""docs/kinks.md: its table covers every activation, the kinks it lists are the real ones, the five
ways to write max(x, 0) give the gradients at 0 (and the values at ±inf and NaN) that the page states,
and every kink is checked against PyTorch's documented minimum-norm rule: the page lists exactly the
departures found. The rows of the activations from transformers' ACT2FN are the torch code of their
pages' from-scratch snippets."""

import contextlib
import copy
import inspect
import io
import math
import re
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
# Rows whose listed points are branch points that a 0.01 grid cannot see as jumps of the slope: ELU and
# CELU (slope 1 on both sides of 0 with alpha = 1), squared ReLU (slope 0 on both sides of 0) and xIELU
# (slope 0.5 on both sides of the piece (eps, 0], which is 1e-6 wide), as the page says.
BRANCHING = ("elu", "celu", "squared-relu", "xielu")
# Every element-wise row by page slug, but Binary Step (no autograd) and the rows above.
CHECKED = [slug for _, slug, _, _ in DEFS["ELEMENTWISE"] if slug not in ("binary-step", *BRANCHING)]
# The activations of transformers' ACT2FN: page slug -> the function and module of its from-scratch snippet.
FROM_SCRATCH = {
    "quick-gelu": ("quick_gelu", "QuickGELU"),
    "squared-relu": ("relu_squared", "ReLUSquared"),
    "xielu": ("xielu", "XIELU"),
    "laplace": ("laplace", "Laplace"),
    "sqrt-softplus": ("sqrt_softplus", "SqrtSoftplus"),
}
NOT_AN_ACTIVATION = {"gated-ffn"}  # a page about feed-forward blocks built from the activations
XIELU_EPS = inspect.signature(definitions(SNIPPETS / "xielu" / "from_scratch.py")["xielu"]).parameters["eps"].default


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
    pages = {p.name.removesuffix(".md") for p in (DOCS / "activations").glob("*.md") if not p.name.endswith(".vi.md")}
    missing = pages - NOT_AN_ACTIVATION - {page for page, _ in rows}
    assert not missing, f"activation pages with no row in {TABLE.name}: {sorted(missing)}"


def rows_grid(dtype: torch.dtype) -> torch.Tensor:
    """The edges of the table, every kink of the table and its float neighbours, and a grid over [-20, 20]."""
    points = [-0.0, 0.0, -math.inf, math.inf, math.nan, 1e-30, -1e-30, 88.0, -88.0, 1e30, -1e30]
    for _, _, _, kinks in DEFS["ELEMENTWISE"]:
        for k in kinks:
            k = torch.tensor(k, dtype=dtype)
            points += [k.item(), torch.nextafter(k, k + 1).item(), torch.nextafter(k, k - 1).item()]
    return torch.cat([torch.tensor(points, dtype=dtype), torch.linspace(-20, 20, 4001, dtype=dtype)])


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("page", FROM_SCRATCH)
def test_rows_beyond_torch_nn_are_the_pages_from_scratch_code(page, dtype):
    """The table's function for QuickGELU, squared ReLU, xIELU, Laplace and sqrt-softplus gives the values
    and autograd gradients of its page's from-scratch function, bit for bit (NaN where it gives NaN), and of
    its module; so the table cannot drift from the pages, which tests/test_from_scratch_models.py proves
    equal to transformers."""
    ((f, kinks),) = [(f, kinks) for _, slug, f, kinks in DEFS["ELEMENTWISE"] if slug == page]
    code = definitions(SNIPPETS / page / "from_scratch.py")
    function, module = code[FROM_SCRATCH[page][0]], code[FROM_SCRATCH[page][1]]
    if page == "xielu":  # the module keeps its alphas as softplus of a float parameter: equal to rounding
        module, module_exact = module(dtype=dtype), False
        assert [XIELU_EPS, 0.0] == kinks, "xIELU's branch points are eps and 0"
    else:
        module, module_exact = module(), True
    x = rows_grid(dtype)
    results = []
    for g in (f, function, module):
        xg = x.clone().requires_grad_()
        y = g(xg)
        (slope,) = torch.autograd.grad(y.sum(), xg)
        results.append((y.detach(), slope))
    for (value, slope), exact in ((results[1], True), (results[2], module_exact)):
        tolerance = {"rtol": 0.0, "atol": 0.0} if exact else {}
        torch.testing.assert_close(results[0][0], value, equal_nan=True, **tolerance)
        torch.testing.assert_close(results[0][1], slope, equal_nan=True, **tolerance)


def slope_jumps(f, x: torch.Tensor) -> list[float]:
    """Where autograd's slope jumps by more than 0.05 between neighbours of the grid x: their midpoints."""
    x = x.clone().requires_grad_()
    (slope,) = torch.autograd.grad(f(x).sum(), x)
    jumps = (slope.diff().abs() > 0.05).nonzero().flatten()
    return ((x[jumps] + x[jumps + 1]) / 2).detach().tolist()


@pytest.mark.parametrize("page", BRANCHING)
def test_branch_points_are_where_the_formula_changes_and_no_other_kink(page):
    """ELU and CELU (alpha = 1) and squared ReLU at 0 have the same slope on both sides; xIELU's slope is
    0.5 on both sides of (eps, 0], and -0.3 inside it: a 0.01 grid over [-10, 10] finds no jump for any of
    them, and a 1e-8 grid over [-1e-5, 1e-5] finds the jumps exactly at the listed points whose slopes
    differ (xIELU's eps and 0) and no other."""
    ((f, kinks),) = [(f, kinks) for _, slug, f, kinks in DEFS["ELEMENTWISE"] if slug == page]
    f = copy.deepcopy(f).double() if isinstance(f, torch.nn.Module) else f
    assert slope_jumps(f, -10 + 0.01 * (torch.arange(2000, dtype=torch.float64) + 0.5)) == [], page
    fine = slope_jumps(f, -1e-5 + 1e-8 * (torch.arange(2000, dtype=torch.float64) + 0.5))
    differ = []
    for k in kinks:
        values, slopes = around(f, k)
        assert not is_jump(values), f"{page}: {k} is a jump of the value"
        if not math.isclose(*slopes, abs_tol=1e-6):
            differ.append(k)
    assert all(-1e-5 < k < 1e-5 for k in kinks), page
    assert len(fine) == len(differ) and all(abs(a - b) < 1e-12 for a, b in zip(fine, sorted(differ))), (
        f"{page}: the slope jumps at {fine}; of the listed points, {differ} have different slopes on each side"
    )
    assert bool(differ) == (page == "xielu"), f"{page}: listed points with different slopes: {differ}"


@pytest.mark.parametrize("page", CHECKED)
def test_listed_kinks_are_exactly_where_the_slope_jumps(page):
    """ReLU6 at 0 and 6, Hardtanh at ±1, Hardswish and Hardsigmoid at ±3, Threshold at θ, the shrinks at
    ±λ, ...: each listed point is a jump of autograd's slope, and there is no other (none for GELU...)."""
    ((f, kinks),) = [(f, kinks) for _, slug, f, kinks in DEFS["ELEMENTWISE"] if slug == page]
    if isinstance(f, torch.nn.Module):
        f = copy.deepcopy(f).double()  # PReLU's weight must match the float64 grid
    # Midpoints of a 0.01 grid on [-10, 10]: no grid point lies on a kink, so every slope is unambiguous.
    # A jump is a change of more than 0.05 between neighbours: Hardswish's curve moves 0.0033 a step.
    found = slope_jumps(f, -10 + 0.01 * (torch.arange(2000, dtype=torch.float64) + 0.5))
    assert len(found) == len(kinks) and all(abs(a - b) < 1e-6 for a, b in zip(found, sorted(kinks))), (
        f"{page}: the table lists kinks at {kinks}, autograd's slope jumps at {found}"
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


# --- PyTorch's documented rule for kinks -------------------------------------------------------------
# The Autograd mechanics notes ("Gradients for non-differentiable functions"): where the function is
# locally convex, autograd uses the subgradient of minimum norm; where it is locally concave, the
# supergradient of minimum norm. For one input with slopes a (left) and b (right) at a kink, both sets
# are the interval between a and b, and the pick is its element closest to 0.

PAGE = DOCS / "kinks.md"
RULE_URL = "https://docs.pytorch.org/docs/stable/notes/autograd.html"
DEPARTURES_HEADING = "Where torch departs from the rule"
STEP = 1e-9  # float64 distance from the kink at which the one-sided slopes are read


def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


def flat(text: str) -> str:
    """The page with its line breaks undone, so a sentence can be found whatever its wrapping."""
    return " ".join(text.split())


def minimum_norm(a: float, b: float) -> float:
    """The element of least |g| in the interval between a and b: the subdifferential [a, b] if a <= b
    (locally convex), the superdifferential [b, a] if a > b (locally concave)."""
    low, high = min(a, b), max(a, b)
    return 0.0 if low <= 0.0 <= high else (low if low > 0.0 else high)


def around(f, k: float) -> tuple[list[float], list[float] | None]:
    """f at k - STEP, k, k + STEP in float64, and autograd's slopes at k - STEP and k + STEP (None
    where autograd has no derivative, as for torch.heaviside)."""
    if isinstance(f, torch.nn.Module):
        f = copy.deepcopy(f).double()  # PReLU's weight must match the float64 input
    x = torch.tensor([k - STEP, k, k + STEP], dtype=torch.float64, requires_grad=True)
    y = f(x)
    try:
        (slope,) = torch.autograd.grad(y.sum(), x)
    except RuntimeError:
        return y.tolist(), None
    return y.tolist(), [slope[0].item(), slope[2].item()]


def is_jump(values: list[float]) -> bool:
    return abs(values[2] - values[0]) > 1e-6


def gradient_at(f, k: float) -> float:
    """Autograd's gradient at exactly k, on a one-element float32 tensor, as the table computes it."""
    return DEFS["value_and_slope"](f, k)[1]


def departs(torch_value: float, a: float, b: float) -> bool:
    return not math.isclose(torch_value, minimum_norm(a, b), rel_tol=1e-6, abs_tol=1e-7)


def short_name(name: str) -> str:
    return name.split(" (")[0]  # "Threshold (θ = 0.5, v = −1)" -> "Threshold", as the table's NaN line


def point_name(page: str, k: float) -> str:
    """A kink as the page names it: its number, but xIELU's eps, which the page calls $\\epsilon$."""
    return r"$\epsilon$" if page == "xielu" and k == XIELU_EPS else DEFS["number"](k)


def printed_kink_cells() -> dict[str, dict[str, tuple[str, str]]]:
    """What the table prints in its kink column: {page slug: {x: (value, gradient)}}, as printed."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        runpy.run_path(str(TABLE), run_name="__main__")
    elementwise, cells = {page for _, page, _, _ in DEFS["ELEMENTWISE"]}, {}
    for line in printed.getvalue().splitlines():
        match = re.match(r"\| \[[^]]+\]\(activations/([a-z0-9-]+)\.md\) \| ([^|]*) \|", line)
        if match and match[1] in elementwise:
            points = {}
            for item in match[2].strip().split("<br>"):
                if item != "none":
                    x, shown = item.split(": ")
                    value, gradient = shown.split(" / ")
                    points[x] = (value, gradient)
            cells[match[1]] = points
    return cells


def table_departures() -> set[str]:
    """Every kink of the table checked against the rule, from what the table prints and from autograd;
    the departures, named as the page names them ("SELU at 0")."""
    number, cells = DEFS["number"], printed_kink_cells()
    found = set()
    for name, page, f, kinks in DEFS["ELEMENTWISE"]:
        assert sorted(cells[page]) == sorted(number(k) for k in kinks), f"{page}: the table prints other kinks"
        for k in kinks:
            values, slopes = around(f, k)
            shown_value, shown_gradient = cells[page][number(k)]
            assert shown_value == number(values[1]), f"{page} at {k}: printed {shown_value}, f gives {values[1]}"
            if slopes is None:  # Binary Step: torch.heaviside has no derivative, the table prints "—"
                assert shown_gradient == "—" and is_jump(values), page
                continue
            torch_value = gradient_at(f, k)
            assert shown_gradient == number(torch_value), f"{page} at {k}: the table prints {shown_gradient}"
            if is_jump(values):  # the rule does not apply; checked in test_at_a_jump_...
                continue
            a, b = slopes
            by_table = shown_gradient != number(minimum_norm(a, b))
            assert by_table == departs(torch_value, a, b), f"{page} at {k}: rounding hides a departure"
            if by_table:
                found.add(f"{short_name(name)} at {point_name(page, k)}")
    return found


def elu_departure() -> set[str]:
    """ELU's 0 departs from the rule exactly for alpha > 1 and alpha < 0; CELU's 0 is never a kink."""
    result = {}
    for alpha in (-0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0):
        f = torch.nn.ELU(alpha)
        _, (a, b) = around(f, 0.0)
        assert math.isclose(a, alpha, abs_tol=1e-6) and math.isclose(b, 1.0), (alpha, a, b)
        result[alpha] = departs(gradient_at(f, 0.0), a, b)
    for alpha in (0.5, 2.0):
        f = torch.nn.CELU(alpha)
        _, (a, b) = around(f, 0.0)
        assert math.isclose(a, 1.0, rel_tol=1e-6) and b == 1.0 and gradient_at(f, 0.0) == 1.0, (alpha, a)
    pattern = {alpha: alpha > 1 or alpha < 0 for alpha in result}
    if not any(result.values()):
        return set()
    assert result == pattern, f"ELU departs from the rule at 0 for alpha = {result}, the page says > 1 or < 0"
    return {r"ELU with $\alpha > 1$ at 0"}


def clamp_departure() -> set[str]:
    """torch.clamp with number bounds has one tensor input, so the rule is the same as for relu6."""
    points = [
        (lambda x: torch.clamp(x, min=0), 0.0),
        (lambda x: torch.clamp(x, 0, 6), 0.0),
        (lambda x: torch.clamp(x, 0, 6), 6.0),
    ]
    result = []
    for f, k in points:
        _, (a, b) = around(f, k)
        result.append(departs(gradient_at(f, k), a, b))
    if not any(result):
        return set()
    assert all(result), f"clamp departs from the rule at only some of its bounds: {result}"
    return {"`torch.clamp` at its bounds"}


def test_page_states_and_links_the_documented_rule():
    text = flat(page_text())
    assert f"]({RULE_URL}#gradients-for-non-differentiable-functions)" in text
    for phrase in ("subgradient of minimum norm", "supergradient of minimum norm", "Gradients for non-differentiable"):
        assert phrase in text, phrase
    for gone in ("There is no single rule", "Hardswish is the exception", "convention, not mathematics"):
        assert gone not in text, gone


def test_every_kink_of_the_table_against_the_minimum_norm_rule_and_the_pages_list_of_departures():
    """For each kink of each row of table.py: the rule's pick from the one-sided slopes (float64
    autograd just left and right of the kink), compared with what the table prints and with autograd at
    the kink. The departures found, with ELU at other alphas and torch.clamp at its bounds, must be
    exactly the bold items of the page's list, and the page's summary sentences must name them."""
    in_table = table_departures()
    found = in_table | elu_departure() | clamp_departure()
    text = page_text()
    start = text.index(f"\n## {DEPARTURES_HEADING}\n")
    section = text[start : text.index("\n## ", start + 1)]
    listed = set(re.findall(r"^- \*\*(.+?)\.\*\*", section, flags=re.MULTILINE))
    assert listed == found, f"the page lists {sorted(listed)}, the rule and autograd give {sorted(found)}"
    summarised = {"SELU at 0", "xIELU at 0", r"xIELU at $\epsilon$"}
    assert in_table == summarised, f"the page's summaries name {sorted(summarised)}; departures: {sorted(in_table)}"
    for sentence in (
        r"follows that rule but three: SELU at 0, and xIELU at 0 and at its $\epsilon = -10^{-6}$;",
        "for every activation but SELU and xIELU.",
        r"(xIELU gets $-0.3$ at 0 and 0.1 at $\epsilon$, where the rule gives 0)",
    ):
        assert sentence in flat(text), sentence


def test_departures_return_one_sides_slope_larger_than_the_rules_pick():
    selu = torch.nn.SELU()
    _, (a, b) = around(selu, 0.0)
    torch_value = gradient_at(selu, 0.0)
    assert math.isclose(torch_value, a, rel_tol=1e-6) and abs(torch_value) > abs(minimum_norm(a, b))
    text = flat(page_text())
    assert rf"slope $\lambda\alpha \approx {a:.4g}$ on the left, $\lambda \approx {b:.4g}$ on the right" in text
    assert f"The rule gives {minimum_norm(a, b):.4g}; torch returns {torch_value:.4g}, the left slope" in text
    assert f"({torch_value:.4g} instead of {minimum_norm(a, b):.4g} for SELU)" in text
    elu2 = gradient_at(torch.nn.ELU(2.0), 0.0)
    assert elu2 == 2.0 and r"torch returns $\alpha$ (2 for $\alpha = 2$)" in text
    for f, k in ((lambda x: torch.clamp(x, min=0), 0.0), (lambda x: torch.clamp(x, 0, 6), 6.0)):
        _, slopes = around(f, k)
        assert gradient_at(f, k) == 1.0 == max(slopes) and minimum_norm(*slopes) == 0.0


def test_xielu_departs_by_the_tie_of_minimum_at_eps_and_the_piece_of_where_at_0():
    """At eps, torch.minimum splits the tie evenly: autograd returns the mean of the two slopes (0.1); at 0,
    torch.where takes the x <= 0 piece: its slope beta - alpha_n (-0.3). The rule gives 0 at both. The
    step of the value at 0 is 8e-7, below the 1e-6 at which is_jump counts a jump."""
    ((f,),) = [(f,) for _, slug, f, _ in DEFS["ELEMENTWISE"] if slug == "xielu"]
    alpha_n, beta = (inspect.signature(f).parameters[p].default for p in ("alpha_n", "beta"))
    (_, (a, b)), (values, (c, d)) = around(f, XIELU_EPS), around(f, 0.0)
    at_eps, at_0 = gradient_at(f, XIELU_EPS), gradient_at(f, 0.0)
    assert a > 0 > b and minimum_norm(a, b) == 0.0 and math.isclose(at_eps, (a + b) / 2, abs_tol=1e-6)
    assert c < 0 < d and minimum_norm(c, d) == 0.0 and math.isclose(at_0, c, rel_tol=1e-6)
    assert math.isclose(b, beta - alpha_n) and math.isclose(c, beta - alpha_n)
    assert math.isclose(a, beta, abs_tol=1e-5) and math.isclose(d, beta, abs_tol=1e-5)
    step = values[2] - values[0]
    assert 7e-7 < step < 1e-6 and not is_jump(values)
    text = flat(page_text())
    assert f"step of ${step * 1e7:.0f} \\cdot 10^{{-7}}$" in text
    assert (
        f"- **xIELU at $\\epsilon$.** Slope about {a:.1g} on the left, $\\beta - \\alpha_n = {b:.1g}$ on the "
        f"right: a concave kink with 0 between its slopes, so the rule gives 0. torch returns {at_eps:.1g}, the "
        "mean of the two slopes: at the tie `torch.minimum(x, eps)` splits the gradient evenly" in text
    )
    assert (
        f"- **xIELU at 0.** Slope ${c:.1g}$ on the left, about {d:.1g} on the right, so the rule gives 0; torch "
        f"returns ${at_0:.1g}$, because `torch.where(x > 0, ...)` sends 0 to the $x \\le 0$ piece" in text
    )
    assert f"an input of exactly 0, such as zero padding, gets the slope ${at_0:.1g}$" in text


def test_worked_examples_of_the_rule_are_autograds_one_sided_slopes():
    text = flat(page_text())
    hardswish = torch.nn.Hardswish()
    (_, (a1, b1)), (_, (a2, b2)) = around(hardswish, -3.0), around(hardswish, 3.0)
    assert [round(v, 6) for v in (a1, b1, a2, b2)] == [0.0, -0.5, 1.5, 1.0]
    assert minimum_norm(a1, b1) == 0.0 and round(minimum_norm(a2, b2), 6) == 1.0 == gradient_at(hardswish, 3.0)
    assert (
        "Hardswish has slopes 0 and $-0.5$ at $-3$, so $g = 0$; at $3$ its curve meets the line $y = x$ with "
        "slopes 1.5 and 1, a concave kink, so $g = 1$." in text
    )
    _, (a, b) = around(torch.nn.ReLU(), 0.0)
    assert (a, b) == (0.0, 1.0) and "ReLU has slopes 0 and 1 at 0, so $g = 0$." in text


def test_at_a_jump_torch_takes_the_slope_of_the_piece_the_point_belongs_to():
    """Threshold, Hardshrink and Binary Step jump: the minimum-norm rule does not apply, and torch
    returns the slope on the side where f is continuous (f(k) equals that side's limit)."""
    jumps = set()
    for name, _, f, kinks in DEFS["ELEMENTWISE"]:
        for k in kinks:
            values, slopes = around(f, k)
            if not is_jump(values):
                continue
            jumps.add(short_name(name))
            if slopes is None:
                continue
            side = 0 if math.isclose(values[1], values[0], abs_tol=1e-6) else 1
            assert math.isclose(values[1], values[2 * side], abs_tol=1e-6), f"{name}: f({k}) is neither side's"
            assert gradient_at(f, k) == slopes[side], f"{name} at {k}: torch does not take the slope of f(k)'s piece"
    assert jumps == {"Threshold", "Hardshrink", "Binary Step"}
    text = flat(page_text())
    assert "At a jump (Threshold at $\\theta$, Hardshrink at $\\pm\\lambda$, Binary Step at 0)" in text
    assert "torch takes the slope of the piece the point belongs to" in text


def test_five_ways_against_the_rule_operator_by_operator():
    """F.relu (one input): 0. torch.maximum (two tensor inputs): the joint subgradients of max(x, y) at a
    tie are (t, 1 - t), of minimum norm (1/2, 1/2). torch.clamp with a number bound (one input): 0, so
    its 1 departs. torch.where picks by its condition: x >= 0 gives 1."""
    t = torch.linspace(0, 1, 1001, dtype=torch.float64)
    joint = t[torch.argmin(t**2 + (1 - t) ** 2)].item()
    x, y = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True)
    gx, gy = torch.autograd.grad(torch.maximum(x, y).sum(), (x, y))
    assert gx.item() == gy.item() == joint == 0.5
    _, slopes = around(torch.nn.functional.relu, 0.0)
    assert gradient_at(torch.nn.functional.relu, 0.0) == minimum_norm(*slopes) == 0.0
    where_ge = gradient_at(lambda x: torch.where(x >= 0, x, 0.0), 0.0)
    text = flat(page_text())
    assert where_ge == 1.0 and "(`torch.where(x >= 0, x, 0.0)` returns 1 at 0)" in text
    assert "the one of minimum norm is $(1/2, 1/2)$, so `x` gets 0.5" in text


def test_five_ways_differ_at_infinity_and_nan_as_the_page_says():
    """W4: the five agree on finite inputs only. At -inf, x * (x > 0) is -inf * 0 = NaN; at NaN,
    torch.where(x > 0, ...) takes the constant, since NaN > 0 is False."""
    ways = definitions(SNIPPETS / "kinks" / "five_relus.py")["WAYS"]
    points = {"-inf": -math.inf, "inf": math.inf, "nan": math.nan}
    x = torch.tensor(list(points.values()))
    reference = torch.nn.functional.relu(x).tolist()
    assert reference[:2] == [0.0, math.inf] and math.isnan(reference[2])
    differ = {}
    for name, f in ways.items():
        for label, got, want in zip(points, f(x).tolist(), reference):
            if not (got == want or (math.isnan(got) and math.isnan(want))):
                differ[(name, label)] = "NaN" if math.isnan(got) else got
    assert differ == {("x * (x > 0)", "-inf"): "NaN", ("torch.where(x > 0, x, 0.0)", "nan"): 0.0}, differ
    grid = torch.linspace(-1e30, 1e30, 10001)
    assert all(torch.equal(f(grid), torch.nn.functional.relu(grid)) for f in ways.values())
    assert (
        "give the same values on every finite input (at $-\\infty$ `x * (x > 0)` is NaN, and at NaN "
        "`torch.where` gives 0) and three different gradients at 0" in flat(page_text())
    )
