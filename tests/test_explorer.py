"""The explorer page (docs/explorer.md, docs/javascripts/explorer.js) draws what torch computes.

- its JavaScript formulas give torch's values and autograd derivatives at every point of the grid the
  build publishes (explorer/torch_values.json, from site_tools/explorer_generator.py);
- each PyTorch line it offers to copy builds the module, or calls the function, with exactly the
  parameters on its sliders;
- it offers every activation that has a page, unless the page says why not, and each activation page
  links to the explorer preset to it;
- it is usable from the keyboard, at 390 px and in both colour schemes (axe-core), and when reached by
  Material's instant navigation.

The browser tests reuse tests/test_browser.py's fixtures and helpers, and skip like them: only when
Debian's Chromium is missing and CI is not "true".
"""

from __future__ import annotations

import json
import re

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.shared import DOCS, ROOT, SNIPPETS, english_pages
from tests.snippet_defs import definitions

try:
    from tests.test_browser import (  # noqa: F401 (base_url, browser, open_page and the autouse one are fixtures)
        AXE,
        AXE_COLOUR_RULES,
        base_url,
        browser,
        describe,
        open_page,
        rerun_only_if_a_file_it_read_changed,
        screenshot_on_failure,
        serious,
    )

    BROWSER_MISSING = ""
except pytest.skip.Exception as skipped:  # no Chromium and not under CI (under CI the import raises)
    BROWSER_MISSING = str(skipped)

needs_browser = pytest.mark.skipif(bool(BROWSER_MISSING), reason=BROWSER_MISSING)

EXPLORER_PAGE = DOCS / "explorer.md"
ACTIVATION_PAGES = [p for p in english_pages() if p.parent.name == "activations"]
TOLERANCE = 1e-6


@pytest.fixture(scope="module")
def torch_values(built_site) -> dict:
    return json.loads((built_site / "explorer" / "torch_values.json").read_text(encoding="utf-8"))


def offered(data: dict) -> dict[str, dict]:
    return {a["slug"]: a for a in data["elementwise"] + data["vector"]["activations"]}


# --- coverage ---------------------------------------------------------------------------------------


def exclusions(explorer_markdown: str) -> dict[str, str]:
    """slug -> reason, from the bullets of the page's "What the explorer leaves out" section written as
    `- **[Name](activations/<slug>.md) is not in the explorer**: <reason>`."""
    section = re.search(r"^## What the explorer leaves out\n(.*?)(?=^## |\Z)", explorer_markdown, re.M | re.S)
    bullets = re.finditer(
        r"^- \*\*\[[^\]]+\]\(activations/(?P<slug>[\w-]+)\.md\) is not in the explorer\*\*:?\s*(?P<reason>.*)$",
        section[1] if section else "",
        re.M,
    )
    return {b["slug"]: b["reason"].strip() for b in bullets}


def uncovered(page_slugs: list[str], offered_slugs: set[str], explorer_markdown: str) -> list[str]:
    """Activation pages the explorer neither offers nor explains (a reason of a few words at least)."""
    excluded = exclusions(explorer_markdown)
    return [s for s in page_slugs if s not in offered_slugs and len(excluded.get(s, "").split()) < 4]


def test_explorer_offers_every_activation_page_or_says_why_not(torch_values):
    missing = uncovered(
        [p.stem for p in ACTIVATION_PAGES], set(offered(torch_values)), EXPLORER_PAGE.read_text("utf-8")
    )
    assert not missing, (
        f"activation pages the explorer does not offer: {missing}. Add an [explorer] table to their entry in activations.toml and "
        "docs/javascripts/explorer.js, or give the reason under 'What the explorer leaves out' in docs/explorer.md "
        "as '- **[Name](activations/<slug>.md) is not in the explorer**: reason'"
    )
    stray = set(offered(torch_values)) - {p.stem for p in ACTIVATION_PAGES}
    assert not stray, f"the explorer offers activations with no page: {stray}"


def test_coverage_check_fails_on_an_unexplained_page_and_accepts_a_reason():
    page = "# Explorer\n\n## What the explorer leaves out\n\n"
    assert uncovered(["relu", "swish2"], {"relu"}, page) == ["swish2"]
    reason = "- **[Swish2](activations/swish2.md) is not in the explorer**: it takes a tensor-valued beta.\n"
    assert uncovered(["relu", "swish2"], {"relu"}, page + reason) == []
    assert uncovered(["swish2"], set(), "# Explorer\n\n" + reason) == ["swish2"], "only that section counts"


def test_every_activation_page_links_to_its_explorer_preset(built_site, torch_values):
    slugs = offered(torch_values)
    excluded = exclusions(EXPLORER_PAGE.read_text("utf-8"))  # not in the explorer, with the reason on its page
    for page in [p for p in ACTIVATION_PAGES if p.stem not in excluded]:
        html = (built_site / "activations" / page.stem / "index.html").read_text(encoding="utf-8")
        link = f'href="../../explorer/#fn={page.stem}"'
        assert page.stem in slugs and link in html, f"{page.relative_to(ROOT)}: no link {link} to the explorer"


# --- the page's JavaScript against torch ------------------------------------------------------------


def close(page_value, torch_value) -> bool:
    """Within 1e-6 relative, or absolute below 1; inf and nan (strings in the JSON) only by equality."""
    if isinstance(page_value, str) or isinstance(torch_value, str):
        return page_value == torch_value
    return abs(page_value - torch_value) <= TOLERANCE * max(1.0, abs(torch_value))


ENCODE = "const enc = (y) => (Number.isFinite(y) ? y : Number.isNaN(y) ? 'nan' : y > 0 ? 'inf' : '-inf');"


def open_explorer(open_page, base_url, fragment: str = "", **context):
    watched = open_page(**context)
    watched.page.goto(base_url + "explorer/" + fragment)
    watched.page.wait_for_function("() => window.ActivationExplorer && ActivationExplorer.current")
    return watched


@pytest.mark.no_site_index
@needs_browser
def test_javascript_gives_torch_values_and_autograd_derivatives(torch_values, base_url, open_page):
    watched = open_explorer(open_page, base_url)
    page = watched.page
    formulas = page.evaluate(
        "() => [Object.keys(ActivationExplorer.FORMULAS), Object.keys(ActivationExplorer.VECTOR_FORMULAS)]"
    )
    assert formulas[0] == [a["slug"] for a in torch_values["elementwise"]], "FORMULAS and the generator's list differ"
    assert formulas[1] == [a["slug"] for a in torch_values["vector"]["activations"]], "VECTOR_FORMULAS differ"
    elementwise = page.evaluate(
        f"""(data) => {{ {ENCODE}
        return data.map((a) => a.values.map((v) => {{
            const r = ActivationExplorer.evaluate(a.slug, v.params, v.x);
            return {{ f: r.f.map(enc), df: r.df && r.df.map(enc) }};
        }}));
    }}""",
        torch_values["elementwise"],
    )
    vector = page.evaluate(
        f"""(data) => {{ {ENCODE}
        return data.map((a) => a.values.map((c) => ActivationExplorer.evaluateVector(a.slug, c.logits, c.T).map(enc)));
    }}""",
        torch_values["vector"]["activations"],
    )
    assert not watched.errors, watched.errors

    wrong, checked = [], 0
    for activation, results in zip(torch_values["elementwise"], elementwise):
        for setting, result in zip(activation["values"], results):
            assert (result["df"] is None) == (setting["df"] is None), (
                f"{activation['slug']}: f′ drawn where torch has none, or not drawn"
            )
            for which in ("f", "df"):
                for x, mine, theirs in zip(setting["x"], result[which] or [], setting[which] or []):
                    checked += 1
                    if not close(mine, theirs):
                        wrong.append(
                            f"{activation['slug']} {setting['params']} x={x}: {which} page {mine}, torch {theirs}"
                        )
    for activation, results in zip(torch_values["vector"]["activations"], vector):
        for case, result in zip(activation["values"], results):
            checked += len(result)
            assert len(result) == len(case["out"]), (
                f"{activation['slug']}: {len(result)} outputs, torch {len(case['out'])}"
            )
            if not all(close(a, b) for a, b in zip(result, case["out"])):
                wrong.append(
                    f"{activation['slug']} logits={case['logits']} T={case['T']}: page {result}, torch {case['out']}"
                )
    print(f"{checked} values and derivatives compared with torch")
    assert checked > 10_000
    assert not wrong, f"{len(wrong)} points differ from torch by more than {TOLERANCE:g}:\n" + "\n".join(wrong[:25])


# --- the lines to copy --------------------------------------------------------------------------------


class Recorder:
    """Stands in for torch, nn or F in a copied line: records each call, then makes it."""

    def __init__(self, module, calls: list):
        self._module, self._calls = module, calls

    def __getattr__(self, name):
        real = getattr(self._module, name)
        if not callable(real):
            return real

        def call(*args, **kwargs):
            self._calls.append((name, args, kwargs))
            return real(*args, **kwargs)

        return call


def run_line(line: str, x: torch.Tensor | None = None):
    """Evaluate a copied line as a reader would (torch, nn and F imported, x defined); return its
    result and the calls it made, outermost last."""
    calls: list = []
    namespace = {"torch": Recorder(torch, calls), "nn": Recorder(nn, calls), "F": Recorder(F, calls), "x": x}
    return eval(compile(line, "<copied line>", "eval"), namespace), calls


def slider_settings(activation: dict) -> list[dict]:
    """Defaults, every slider at its minimum, every slider at its maximum (each choice for a toggle)."""
    params = activation["params"]
    settings = [{p["name"]: p["default"] for p in params}]
    for end in ("min", "max"):
        settings.append({p["name"]: p[end] if end in p else p["choices"][end == "max"] for p in params})
    return [s for i, s in enumerate(settings) if s not in settings[:i]]


SET_CURVE = """([slug, setting]) => {
    const explorer = ActivationExplorer.current.explorer;
    explorer.preset([slug]);
    const box = explorer.curves[0].box;
    for (const [name, value] of Object.entries(setting)) {
        if (explorer.curves[0].params[name] === value) continue;  // a default, kept exact (RReLU's upper is 1/3)
        const radio = box.querySelector(`input[type=radio][data-param="${name}"][value="${value}"]`);
        if (radio) { radio.click(); continue; }
        const slider = box.querySelector(`input[type=range][data-param="${name}"]`);
        slider.value = value;
        slider.dispatchEvent(new Event("input", { bubbles: true }));
    }
    return { params: explorer.curves[0].params, lines: [...box.querySelectorAll(".explorer__code code")].map((c) => c.textContent) };
}"""


# Activations torch.nn does not name (transformers' ACT2FN): the explorer offers a line of plain torch ops,
# checked against the from-scratch function of the page (tests/test_from_scratch_models.py checks that
# function against transformers).
WRITTEN_OUT = {
    "quick-gelu": definitions(SNIPPETS / "quick-gelu" / "from_scratch.py")["quick_gelu"],
    "squared-relu": definitions(SNIPPETS / "squared-relu" / "from_scratch.py")["relu_squared"],
    "xielu": definitions(SNIPPETS / "xielu" / "from_scratch.py")["xielu"],
    "laplace": definitions(SNIPPETS / "laplace" / "from_scratch.py")["laplace"],
    "sqrt-softplus": definitions(SNIPPETS / "sqrt-softplus" / "from_scratch.py")["sqrt_softplus"],
}


def check_module_line(line: str, activation: dict, params: dict, x: torch.Tensor) -> torch.Tensor:
    module, calls = run_line(line)
    name, args, kwargs = calls[-1]
    assert name == activation["module"] and isinstance(module, getattr(nn, activation["module"])), line
    assert not args and set(kwargs) == set(params), f"{line}: builds nn.{name} with {kwargs}, sliders say {params}"
    for key, value in params.items():
        assert getattr(module, key) == value, f"{line}: nn.{name}.{key} is {getattr(module, key)}, slider {value}"
    if activation["module"] == "PReLU":  # the weight PReLU learns starts at init (as float32)
        assert module.weight.item() == torch.tensor(params["init"]).item(), line
    return module.eval()(x)


def check_functional_line(line: str, activation: dict, params: dict, x: torch.Tensor) -> torch.Tensor:
    result, calls = run_line(line, x)
    name, args, kwargs = calls[-1]
    assert args[0] is x, f"{line}: not applied to x"
    given = dict(kwargs)
    extra = {"training": False} if name == "rrelu" else {}  # RReLU's evaluation mode, as the explorer draws it
    for key, value in extra.items():
        assert given.pop(key, None) == value, f"{line}: expected {key}={value}"
    if name in ("prelu", "heaviside"):  # the weight / the value at 0 is a tensor, passed second
        (tensor,) = args[1:]
        given[next(iter(params))] = tensor.item()
        params = {k: torch.tensor(v).item() for k, v in params.items()}  # as the float32 tensor holds it
    else:
        assert len(args) == 1, f"{line}: positional parameters {args[1:]}"
    assert given == params, f"{line}: calls {name} with {given}, sliders say {params}"
    return result


@pytest.mark.no_site_index
@needs_browser
def test_copied_lines_build_exactly_the_slider_settings(torch_values, base_url, open_page):
    watched = open_explorer(open_page, base_url)
    page = watched.page
    x = torch.linspace(-8, 8, 161)  # float32, as a reader's x
    checked = 0
    for activation in torch_values["elementwise"]:
        for setting in slider_settings(activation):
            shown = page.evaluate(SET_CURVE, [activation["slug"], setting])
            assert shown["params"] == setting, f"{activation['slug']}: sliders say {shown['params']}, set {setting}"
            module_line = activation["lines"]["module"]
            lines = shown["lines"]
            assert len(lines) == (2 if module_line else 1), lines
            with screenshot_on_failure(page, f"explorer-{activation['slug']}"):
                if activation["slug"] in WRITTEN_OUT:  # plain torch ops: the page's own function computes the same
                    result, _ = run_line(lines[-1], x)
                    expected = WRITTEN_OUT[activation["slug"]](x.double(), **setting).float()
                    torch.testing.assert_close(result, expected, equal_nan=True, msg=lines[-1])
                    checked += 1
                    continue
                by_function = check_functional_line(lines[-1], activation, setting, x)
                if module_line:
                    by_module = check_module_line(lines[0], activation, setting, x)
                    assert torch.equal(by_function, by_module), f"{lines}: the two lines compute different things"
                else:  # torch.heaviside: 1 above 0, 0 below, values at 0
                    expected = torch.where(x > 0, 1.0, torch.where(x < 0, 0.0, torch.tensor(setting["values"]).item()))
                    assert torch.equal(by_function, expected), lines[-1]
            checked += 1
    # The vector panel: its lines, run, give the bars it shows, for logits and a temperature set through it.
    logits, temperature = [1.5, -0.5, 0.25, 3.0], 0.7
    for activation in torch_values["vector"]["activations"]:
        shown = page.evaluate(
            """([slug, logits, T]) => {
            const panel = ActivationExplorer.current.vector;
            panel.select.value = slug;
            panel.select.dispatchEvent(new Event("change"));
            panel.root.querySelectorAll("input[type=number]").forEach((input, i) => {
                input.value = logits[i];
                input.dispatchEvent(new Event("input"));
            });
            const slider = panel.tSlider.input;
            slider.value = T;
            slider.dispatchEvent(new Event("input"));
            const T_used = activation => activation.temperature ? panel.T : 1;
            return { lines: panel.lines.map((l) => l.code.textContent), T: panel.T, logits: panel.logits,
                     out: ActivationExplorer.evaluateVector(slug, panel.logits, T_used(panel.bySlug[slug])) };
        }""",
            [activation["slug"], logits, temperature],
        )
        assert shown["logits"] == logits and shown["T"] == temperature
        for line in shown["lines"]:
            result, calls = run_line(line)
            constructors = [c for c in calls if c[0] == activation["module"]]
            if line.startswith("nn."):
                assert constructors and constructors[0][2] == (
                    {"dim": -1} if activation["module"] != "Softmax2d" else {}
                ), line
            assert torch.tensor(shown["out"]).allclose(result.flatten(), rtol=1e-5, atol=1e-6), (
                f"{line}: {result} vs {shown['out']}"
            )
            assert f"/ {temperature}" in line or not activation["temperature"], line
            checked += 1
    # The copy button copies exactly the line shown.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate(SET_CURVE, ["softplus", {"beta": 2.0, "threshold": 20.0}])
    page.locator("#explorer-curves .explorer__code button").last.click()
    assert page.evaluate("() => navigator.clipboard.readText()") == "F.softplus(x, beta=2.0, threshold=20.0)"
    assert (
        page.locator("#explorer-curves .explorer__code code").first.inner_text()
        == "nn.Softplus(beta=2.0, threshold=20.0)"
    )
    assert not watched.errors, watched.errors
    print(f"{checked} copied settings checked")


# --- keyboard, narrow screens, colour schemes, instant navigation ------------------------------------------


@pytest.mark.no_site_index
@needs_browser
def test_arrow_keys_move_a_slider_redraw_and_update_the_live_region(base_url, open_page):
    watched = open_explorer(open_page, base_url, "#fn=leaky-relu")
    page = watched.page
    with screenshot_on_failure(page, "explorer-keyboard"):
        select = page.locator("#explorer-curves .explorer__curve select").first
        assert select.input_value() == "leaky-relu"
        select.focus()
        page.keyboard.press("Tab")  # from the activation to its first slider
        focused = page.evaluate("""() => {
            const el = document.activeElement, style = getComputedStyle(el);
            return { param: el.dataset.param, type: el.type, label: el.labels[0].textContent,
                     visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        }""")
        assert focused == {"param": "negative_slope", "type": "range", "label": "negative_slope", "visible": True}
        readout = page.locator("#explorer-curves [aria-live=polite]")
        curve = page.locator("#explorer-curves svg.explorer__plot path.explorer__line").first
        before = (curve.get_attribute("d"), readout.inner_text())
        assert "negative_slope = 0.01" in before[1]
        for _ in range(3):
            page.keyboard.press("ArrowRight")
        after = (curve.get_attribute("d"), readout.inner_text())
        assert after[0] != before[0], "the curve was not redrawn"
        assert "negative_slope = 0.04" in after[1], f"the live region says {after[1]!r}"
        assert (
            page.locator("#explorer-curves .explorer__code code").first.inner_text()
            == "nn.LeakyReLU(negative_slope=0.04)"
        )
        # the x where values are read, by keyboard too
        page.locator('#explorer-curves input[data-param="x"]').focus()
        page.keyboard.press("ArrowLeft")
        assert "At x = 0.96" in readout.inner_text()
        assert "f = 0.96, f′ = 1" in readout.inner_text()
        page.keyboard.press("Home")
        assert "At x = -8" in readout.inner_text() and "f = -0.32, f′ = 0.04" in readout.inner_text()
    assert not watched.errors, watched.errors


@pytest.mark.no_site_index
@needs_browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_four_curves_and_the_softmax_panel_at_390px_pass_axe(base_url, open_page, scheme):
    watched = open_explorer(
        open_page,
        base_url,
        "#fn=gelu,softplus,rrelu,binary-step",
        viewport={"width": 390, "height": 844},
        color_scheme=scheme,
    )
    page = watched.page
    with screenshot_on_failure(page, f"explorer-390-{scheme}"):
        page.wait_for_function(
            f"() => document.body.dataset.mdColorScheme === '{'slate' if scheme == 'dark' else 'default'}'"
        )
        paths = page.evaluate("""() => [...document.querySelectorAll('#explorer-curves svg.explorer__plot')]
            .map((svg) => svg.querySelectorAll('path.explorer__line').length)""")
        assert paths == [4, 3], f"f and f′ paths drawn: {paths} (Binary Step has no f′)"
        assert page.locator("#explorer-curves input[type=radio]").count() == 2  # GELU's approximate
        page.select_option("#explorer-vector select", "log-softmax")
        assert page.locator("#explorer-vector rect.explorer__bar").count() == 4
        widths = page.evaluate("""() => [...document.querySelectorAll('.explorer svg.explorer__plot')]
            .map((svg) => svg.getBoundingClientRect().right)""")
        assert max(widths) <= 390, f"plots wider than the screen: {widths}"
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{overflow}px of horizontal overflow at 390 px"
        options = AXE_COLOUR_RULES if scheme == "dark" else None
        violations = serious(AXE.run(page, options=options).response["violations"])
        assert not violations, f"axe ({scheme}): " + describe(violations)
    assert not watched.errors and not watched.offsite and not watched.failed


@needs_browser
def test_activation_page_link_opens_the_preset_by_instant_navigation(base_url, open_page):
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "explorer-instant"):
        page.goto(base_url + "activations/softplus/")
        page.locator('.md-content a[href$="explorer/#fn=softplus"]').click()
        page.wait_for_function("() => document.querySelector('#explorer-curves svg path.explorer__line')")
        assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1, "not instant navigation"
        assert page.locator("#explorer-curves .explorer__curve select").first.input_value() == "softplus"
        assert (
            page.locator("#explorer-curves .explorer__code code").first.inner_text()
            == "nn.Softplus(beta=1.0, threshold=20.0)"
        )
        # away and back by instant navigation: the explorer starts again; a new #fn= presets the panel
        page.locator('.md-nav a[href$="cheat-sheet/"]').first.click()
        page.wait_for_url("**/cheat-sheet/")
        page.locator('.md-nav a[href$="explorer/"]').first.click()
        page.wait_for_function("() => document.querySelector('#explorer-curves svg path.explorer__line')")
        assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1, "not instant navigation"
        assert page.locator("#explorer-curves .explorer__curve select").first.input_value() == "relu"
        page.evaluate("() => { location.hash = '#fn=glu'; }")
        page.wait_for_function("() => document.querySelector('#explorer-vector select').value === 'glu'")
        assert page.locator("#explorer-vector rect.explorer__bar").count() == 2
    assert not watched.errors, watched.errors
