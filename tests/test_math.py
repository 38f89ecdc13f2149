"""Math is rendered when the site is built (hooks/math_svg.py): every formula on every page is an SVG
drawn in currentColor with MathJax's assistive MathML beside it, no page loads MathJax, a formula MathJax
cannot parse fails the build naming the page and line, and a reader without JavaScript reads math.
"""

from __future__ import annotations

import functools
import html
import http.server
import os
import re
import threading
from pathlib import Path

import pytest
import yaml

import math_svg
from tests.shared import DOCS, ROOT, english_notebooks, english_pages, mkdocs_build, page_address, translation_of

SOURCES = [source for english in english_pages() + english_notebooks() for source in (english, translation_of(english))]
CONTAINER = re.compile(r"<mjx-container\b[^>]*>(.*?)</mjx-container>", re.DOTALL)


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


def test_no_page_loads_mathjax(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        scripts = re.findall(r'<script[^>]* src="([^"]+)"', text)
        assert not [s for s in scripts if "mathjax" in s.lower()], f"{page.relative_to(site)} loads {scripts}"
    assert not (site / "assets" / "mathjax").exists(), "MathJax's runtime is still published"
    assert not (site / "javascripts" / "mathjax.js").exists()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_formula_is_an_svg_with_an_accessible_name(site, source):
    page = site / page_address(source) / "index.html"
    text = page.read_text(encoding="utf-8")
    content = text[text.index('<article class="md-content__inner md-typeset">') :]
    content = content[: content.index("</article>")]
    for element in ("script", "style", "pre", "code"):  # in this order: a script may hold "<pre>"
        content = re.sub(rf"<{element}\b.*?</{element}>", "", content, flags=re.DOTALL)
    content = re.sub(r'<div class="clipboard-copy-txt".*?</div>', "", content, flags=re.DOTALL)  # a cell's code
    containers = CONTAINER.findall(content)
    wrappers = re.findall(r'class="arithmatex">(.{0,40})', content)
    assert all(w.startswith("<mjx-container") for w in wrappers), f"{page}: math left as TeX: {wrappers}"
    text = html.unescape(re.sub(r"<[^>]+>", "", CONTAINER.sub("", content)))
    raw = re.findall(r"\\\(|\\\[|\$\$|\$[^$\s][^$]*\$", text)
    assert not raw, f"{page}: TeX left as text: {[r[:80] for r in raw[:5]]}"
    for inner in containers:
        svg = re.match(r"<svg\b([^>]*)>", inner)
        assert svg and 'aria-hidden="true"' in svg.group(1), (
            f"{page}: not an SVG hidden from screen readers: {inner[:120]}"
        )
        assert 'fill="currentColor"' in inner, f"{page}: a formula not drawn in the text colour"
        mathml = re.search(r"<mjx-assistive-mml\b[^>]*><math\b.*?</math></mjx-assistive-mml>", inner, re.DOTALL)
        name = html.unescape(re.sub(r"<[^>]+>", "", mathml.group(0))).strip() if mathml else ""
        assert name, f"{page}: a formula without assistive MathML: {inner[:200]}"
    # Every glyph a formula draws is defined on the page, once.
    defined = re.findall(r'<path id="(MJX-TEX-[^"]+)"', content)
    assert len(defined) == len(set(defined)), f"{page}: a glyph defined twice"
    used = set(re.findall(r'xlink:href="#(MJX-[^"]+)"', content))
    assert used <= set(defined), f"{page}: glyphs drawn but not defined: {sorted(used - set(defined))[:5]}"
    assert ("math.css" in content) == bool(containers), f"{page}: the math stylesheet only where there is math"
    assert not re.search(r"<(?:svg|g|mjx-container)\b[^>]*\bstyle=", content), f"{page}: an inline style attribute"


def test_the_math_stylesheet_has_a_rule_for_every_class(site):
    """math.css has MathJax's own rules (display math centred, assistive MathML off-screen) and a rule for
    every class the pages use instead of a style attribute; it does not change with the formulas."""
    css = (site / math_svg.STYLESHEET).read_text(encoding="utf-8")
    assert 'mjx-container[jax="SVG"][display="true"]' in css and "mjx-assistive-mml" in css
    used = set()
    for page in site.rglob("*.html"):
        used |= set(re.findall(r"\b(mjx-(?:rel|va\d+|s[0-9a-f]{8}))\b", page.read_text(encoding="utf-8")))
    defined = set(re.findall(r"^\.(mjx-[\w-]+) \{", css, re.MULTILINE))
    assert used and used <= defined, f"classes without a rule: {sorted(used - defined)}"
    assert not [name for name in defined if name.startswith("mjx-s")], "a style only some formula has"


# --- fixture builds ------------------------------------------------------------------------------------


def math_tree(tmp_path: Path, page: str) -> Path:
    """A one-page site with the project's Markdown settings and the math hook (and nothing else)."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    fixture = {
        "site_name": "Fixture",
        "theme": {"name": "material"},
        "markdown_extensions": config["markdown_extensions"],
        "hooks": [str(ROOT / "hooks" / "math_svg.py")],
        "extra_css": ["stylesheets/extra.css"],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(fixture), encoding="utf-8")
    (tmp_path / "docs" / "stylesheets").mkdir(parents=True)
    (tmp_path / "docs" / "stylesheets" / "extra.css").write_text("", encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text(page, encoding="utf-8")
    return tmp_path


def test_a_malformed_formula_fails_the_build_naming_page_and_line(tmp_path):
    tree = math_tree(tmp_path, "# Fixture\n\nFine: $x^2$.\n\nBroken:\n\n$$\n\\frac{1}{x\n$$\n\nAnd $\\nosuchmacro$.\n")
    build = mkdocs_build(tmp_path / "site", project=tree)
    assert build.returncode != 0
    assert re.search(
        r"docs/index\.md:8: MathJax cannot render \$\$\\frac\{1\}\{x\$\$: Missing close brace", build.stderr
    ), build.stderr[-2000:]


def test_an_undefined_macro_fails_the_build(tmp_path):
    tree = math_tree(tmp_path, "# Fixture\n\nAn undefined macro: $\\nosuchmacro x$.\n")
    build = mkdocs_build(tmp_path / "site", project=tree)
    assert build.returncode != 0
    assert "docs/index.md:3: MathJax cannot render $\\nosuchmacro x$: Undefined control sequence" in build.stderr


def test_a_warm_build_starts_no_node(tmp_path):
    tree = math_tree(
        tmp_path, "# Fixture\n\nInline $\\sigma(x) = 1 / (1 + e^{-x})$ and\n\n$$\nf(x) = \\max(0, x)\n$$\n"
    )
    first = mkdocs_build(tmp_path / "site", project=tree)
    assert first.returncode == 0, first.stderr
    assert "formulas rendered by MathJax: 2" in first.stderr
    again = mkdocs_build(tmp_path / "site2", project=tree)
    assert again.returncode == 0, again.stderr
    assert "formulas rendered by MathJax: 0 (the others from .cache/math; Node not started)" in again.stderr
    for name in ("index.html", math_svg.STYLESHEET):
        assert (tmp_path / "site" / name).read_bytes() == (tmp_path / "site2" / name).read_bytes(), name


def test_docs_pages_write_math_only_as_arithmatex_reads_it():
    """The hook reads arithmatex's \\( \\) and \\[ \\]: a page writing those delimiters itself would be left raw."""
    for page in DOCS.rglob("*.md"):
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert "\\\\(" not in text and "\\\\[" not in text, page


# --- a reader without JavaScript -----------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def no_script_page(site):
    """A Chromium page with JavaScript off, and the address of the built site on a local server."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"{CHROMIUM} is missing under CI")
        pytest.skip(f"needs Debian's Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
        yield context.new_page(), f"http://127.0.0.1:{server.server_address[1]}/"
        browser.close()
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# For each formula shown: its box, the boxes of its glyphs (0 wide if a glyph is missing), the text a reader
# sees (the SVG has none: no TeX) and the text a screen reader reads (the assistive MathML).
FORMULAS_AS_SHOWN = """() => {
const glyph = use => document.getElementById(use.getAttribute('xlink:href').slice(1));
return [...document.querySelectorAll('.md-content .arithmatex')].filter(e => e.checkVisibility()).map(e => {
    const svg = e.querySelector('mjx-container > svg');
    return {
        tex: e.textContent.slice(0, 80),
        width: svg ? svg.getBoundingClientRect().width : 0,
        // a glyph with an empty path (U+2061, the invisible function application) draws nothing on purpose
        glyphs: svg ? [...svg.querySelectorAll('use')].filter(u => glyph(u).getAttribute('d'))
            .map(u => u.getBBox().width) : [],
        seen: e.innerText,
        spoken: (e.querySelector('mjx-assistive-mml math') || {}).textContent || '',
    };
});
}"""


@pytest.mark.parametrize("path", ["activations/relu/", "activations/softmax/", "kinks/"])
def test_without_javascript_every_formula_reads_as_math(no_script_page, path):
    page, base = no_script_page
    page.goto(base + path, wait_until="load")
    assert page.evaluate("() => typeof window.document$") == "undefined", "JavaScript ran"
    formulas = page.evaluate(FORMULAS_AS_SHOWN)
    assert len(formulas) >= 5, f"{path}: {len(formulas)} formulas shown"
    for formula in formulas:
        assert formula["width"] > 0 and formula["glyphs"], f"{path}: not drawn: {formula}"
        assert all(width > 0 for width in formula["glyphs"]), f"{path}: a glyph drawn blank: {formula}"
        assert "\\" not in formula["seen"] and "$" not in formula["seen"], f"{path}: TeX shown: {formula}"
        assert formula["spoken"].strip(), f"{path}: no accessible text: {formula}"
