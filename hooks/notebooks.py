"""MkDocs hook: execute the Jupytext notebooks in notebooks/ and publish them through mkdocs-jupyter.

Notebooks are stored as Jupytext percent-format .py files (plain diffs). This hook executes each one
itself, twice, once with each of the site's plot styles (light and dark), and caches the result under
.cache/notebooks/<key>/. mkdocs-jupyter only renders (execute: false) the light run's .ipynb, which is
also the file readers download. The hook then swaps every figure on the page for a light and a dark
SVG (#only-light / #only-dark, as the page figures do) with the alt text the cell gives:

    # %% alt="what the plot shows, in words"

Why the hook executes, not mkdocs-jupyter: the result must not depend on the environment the build
happens to run in. The first cell it runs (not part of the notebook) selects matplotlib's inline
backend and the site's style, so a MPLBACKEND=Agg left by the tests cannot make plt.show() draw
nothing; and the cache key covers everything that changes the output (see cache_key).

Cells tagged "remove-cell" (the RESULTS dict the tests read) and inputs tagged "remove-input" (cells
that write a sentence quoting the run's numbers) are hidden on the page by mkdocs-jupyter's
remove_tag_config (mkdocs.yml); the downloaded .ipynb keeps them and runs top to bottom.

Translations: a Vietnamese page shows Vietnamese figures and code, drawn and printed by the Vietnamese
code itself. notebooks/<name>.vi.py holds the Vietnamese of the notebook's prose (its Markdown cells, its
remove-input sentence cells, its figures' alt text; tests/translations.py checks it), and
notebooks/<name>.vi.toml, a table in the format of the snippets' (hooks/snippet_translation.py), the
Vietnamese of the comments and strings of its code cells. The Vietnamese notebook (notebook_in) is the
English one with that prose and every code cell translated by the table: same code, same lines. It is
executed on its own, in both styles, and cached beside the English run under its own key, so its
figures, printed words and sentences are its own run's; tests/test_notebook_translations.py checks that
the table changes only words and that both runs print and quote the same numbers. The two .ipynb files
are written into docs/notebooks/ (git-ignored), where mkdocs-static-i18n finds <name>.ipynb and
<name>.vi.ipynb like any other page and mkdocs-jupyter renders them.

The notebook HTML would load MathJax 2 from a CDN: that block is removed; the notebook's math is rendered
to SVG when the site is built, as on every page (hooks/math_svg.py).
So is nbconvert's Mermaid loader, which would import mermaid.js from a CDN (no notebook has a diagram; the
site's Content-Security-Policy would block it anyway).

Reproducible: nbformat gives every cell a random id each time a notebook is read, and the page renders
it (id="cell-id=..."). Each published cell gets an id derived from the notebook's name and the cell's
position instead (stable_cell_ids), the same in both editions (they have the same cells in the same
order), so two cold builds write the same bytes.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import html
import json
import logging
import os
import re
import tempfile
import tokenize
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

import content_cache
import cpu_paths
import editions
import plot_styles
import snippet_translation
from plot_styles import CARD_SCHEME, SCHEMES

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

SOURCE_DIR = "notebooks"
ENGLISH = editions.ORIGINAL
# notebooks/<name>.<lang>.py: the prose of <name>.py; <name>.<lang>.toml: its code's words
TRANSLATIONS = (editions.TRANSLATION,)
CELL_TIMEOUT = 300  # seconds one cell may run before the build fails
CDN_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)
# nbconvert's lab template renders an SVG output as <div class="jp-RenderedSVG ..."><img src="data:..."></div>
# nbconvert's lab template loads mermaid.js from a CDN when a page has a diagram (none has one here).
CDN_MERMAID = re.compile(
    r'<script type="module">(?:(?!</script>).)*?jp-Mermaid(?:(?!</script>).)*</script>\s*', re.DOTALL
)
SVG_OUTPUT = re.compile(r'(<div class="jp-RenderedSVG[^"]*"[^>]*>)\s*<img\b[^>]*>\s*(</div>)')
SVG = "image/svg+xml"

# Run before the notebook's own cells, in the same kernel, then dropped from the result. The inline
# backend's own rc (a 72-dpi figure, a transparent background) would override the style: clear it.
SETUP = """\
%config InlineBackend.rc = {{}}
%config InlineBackend.figure_formats = ["svg"]
%config InlineBackend.print_figure_kwargs = {{"bbox_inches": "tight", "metadata": {{"Date": None}}}}
%matplotlib inline
import matplotlib.pyplot
matplotlib.pyplot.style.use({style!r})
del matplotlib
"""

# Run after SETUP in the light run only, then dropped too: the first figure the notebook shows is also saved
# as the page's share card, a 1200x630 PNG on white (hooks/publishing.py), before the inline backend shows it.
CARD_SETUP = """\
import matplotlib.pyplot as _pyplot
def _show_saving_card(*args, _show=_pyplot.show, _pyplot=_pyplot, **kwargs):
    import os
    if _pyplot.get_fignums() and not os.path.exists({card!r}):
        figure = _pyplot.figure(_pyplot.get_fignums()[0])
        size = figure.get_size_inches()
        figure.set_size_inches({inches!r})
        figure.savefig({card!r}, **{save!r})
        figure.set_size_inches(size)
    return _show(*args, **kwargs)
_pyplot.show = _show_saving_card
del _pyplot, _show_saving_card
"""
CARD = "card.png"  # in a notebook's cache folder

# Their upgrade can change what a notebook prints or draws; written into each .ipynb as well.
LIBRARIES = ("torch", "numpy", "matplotlib", "matplotlib-inline", "ipykernel", "nbclient", "jupytext")

log = logging.getLogger("mkdocs.hooks.notebooks")


def notebook_sources(root: Path) -> list[Path]:
    return sorted(p for p in (root / SOURCE_DIR).glob("*.py") if "." not in p.stem)


def translations_of(source: Path) -> dict[str, Path]:
    """notebooks/<name>.vi.py: the prose of <name>.py in that language, if it exists."""
    translated = editions.translation_of(source)
    return {editions.TRANSLATION: translated} if translated.exists() else {}


def editions_of(source: Path) -> list[str]:
    """English, and each language the notebook has a translation in."""
    return [ENGLISH, *translations_of(source)]


def table_path(source: Path, lang: str) -> Path:
    """notebooks/dying_relu.py, vi -> notebooks/dying_relu.vi.toml: the Vietnamese of its code's comments and strings."""
    return source.with_name(f"{source.stem}.{lang}.toml")


def code_table(source: Path, lang: str) -> dict[str, str]:
    try:
        return snippet_translation.read_table(table_path(source, lang))
    except snippet_translation.TranslationError as error:
        raise PluginError(str(error)) from None


def cache_key(source: Path, lang: str = ENGLISH) -> str:
    """Everything that changes one edition's executed notebook: its source (and for a translation, its prose,
    its table and the code that applies the table), this hook and the cache code, the plot styles, the
    libraries that run and draw it, the CPU and the environment that picks torch's kernels. Editing a
    translation executes that edition only."""
    parts = [source.read_bytes()]
    code = [Path(__file__), plot_styles]
    if lang != ENGLISH:
        parts.append(lang.encode())
        parts.append(translations_of(source)[lang].read_bytes())
        parts.append(table_path(source, lang).read_bytes() if table_path(source, lang).is_file() else b"")
        code.append(snippet_translation)
    parts += plot_styles.style_contents()
    # Chaotic training runs differ between CPUs and kernel paths (hooks/cpu_paths.py).
    parts += [line.encode() for line in cpu_paths.kernel_environment()]
    parts.append(cpu_paths.fingerprint().encode())
    return content_cache.key_for(*parts, code=code, libraries=LIBRARIES)


def cell_lines(source: Path) -> list[int]:
    """The line in the Jupytext source where each cell starts (its `# %%` marker), by cell index."""
    lines = source.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if line.startswith("# %%")]


def is_prose(cell) -> bool:
    """A cell a translation replaces: Markdown, a remove-input sentence cell, a figure cell's alt text."""
    return cell.cell_type == "markdown" or "remove-input" in cell.metadata.get("tags", []) or "alt" in cell.metadata


def notebook_in(source: Path, lang: str = ENGLISH):
    """The notebook one edition executes and shows, and where each of its cells comes from (file:line, for
    errors). A translation is the English notebook with the translation's Markdown, sentence cells and alt
    texts, and every code cell's comments and strings translated by its table (a sentence cell's too, so
    that it can look up a translated key as the English one does): the English code, on the same lines."""
    import jupytext

    notebook = jupytext.read(source)
    origins = [f"{SOURCE_DIR}/{source.name}:{line}" for line in cell_lines(source)]
    origins += [f"{SOURCE_DIR}/{source.name}"] * (len(notebook.cells) - len(origins))
    if lang == ENGLISH:
        return notebook, origins
    path, table = translations_of(source)[lang], code_table(source, lang)
    prose = [i for i, cell in enumerate(notebook.cells) if is_prose(cell)]
    translation = jupytext.read(path)
    translated = [(cell, line) for cell, line in zip(translation.cells, cell_lines(path)) if is_prose(cell)]
    if len(translated) != len(prose):
        raise PluginError(
            f"{SOURCE_DIR}/{path.name}: has {len(translated)} prose cells, {source.name} has {len(prose)} "
            "(python -m tests.translations check shows the difference)"
        )
    by_index = dict(zip(prose, translated))
    where = []
    for index, cell in enumerate(notebook.cells):
        ours, line = by_index.get(index, (None, None))
        if ours is not None and (cell.cell_type == "markdown" or "remove-input" in cell.metadata.get("tags", [])):
            cell.source = ours.source
            where.append(f"{SOURCE_DIR}/{path.name}:{line}")
        else:
            if ours is not None:
                cell.metadata["alt"] = ours.metadata["alt"]
            where.append(f"{origins[index]} ({lang}, translated by {SOURCE_DIR}/{table_path(source, lang).name})")
        if cell.cell_type == "code":
            try:
                cell.source = snippet_translation.translate(cell.source, table)
            except (SyntaxError, tokenize.TokenError) as error:  # the cell is not Python
                raise PluginError(f"{where[-1]}: cannot translate the cell: {error}") from None
    return notebook, where


class CellFailed(Exception):
    def __init__(self, index: int | None, error: Exception):
        super().__init__(str(error))
        self.index, self.error = index, error


async def execute(notebook, style: Path, workdir: Path, env: dict[str, str] | None = None, card: Path | None = None):
    """Run every cell of (a copy of) notebook in a fresh kernel with the given plot style; return it.

    env: the kernel's whole environment (the tests pick a CPU path with it); None inherits the build's.
    card: where to save the first figure shown as a share card (CARD_SETUP), if anywhere.
    A failing cell raises CellFailed with the cell's index in notebook.cells.
    """
    import nbclient
    import nbformat

    run = copy.deepcopy(notebook)
    setup = SETUP.format(style=str(style))
    if card is not None:
        setup += CARD_SETUP.format(card=str(card), inches=plot_styles.CARD_INCHES, save=plot_styles.CARD_SAVE)
    run.cells.insert(0, nbformat.v4.new_code_cell(setup))
    client = nbclient.NotebookClient(
        run,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    try:
        await client.async_execute(**({"env": env} if env is not None else {}))
    except Exception as error:  # a cell raised or timed out, or the kernel died
        failed = next(
            (i for i, c in enumerate(run.cells) if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
            None,
        )
        raise CellFailed(None if failed is None else failed - 1, error) from error
    run.cells.pop(0)
    return run


def stable_cell_ids(notebook, name: str):
    """Give every cell an id derived from the notebook's name and the cell's position, instead of the random
    one nbformat made up when it read the notebook: the same notebook gives the same bytes in every build.
    Both editions have the same cells in the same order, so a cell has the same id in both."""
    for position, cell in enumerate(notebook.cells):
        cell.id = hashlib.sha256(f"{name}:{position}".encode()).hexdigest()[:8]
    return notebook


def figures_of(cell) -> list[str]:
    return [output.data[SVG] for output in cell.get("outputs", []) if SVG in output.get("data", {})]


def execute_both_schemes(source: Path, lang: str, folder: Path) -> None:
    """Fill folder with one edition's runs: <name>.ipynb (or <name>.<lang>.ipynb), the light run;
    figures/<n>-<scheme>.svg; figures.json (the alt text of figure n, in order); the share card."""
    import nbformat

    notebook, where = notebook_in(source, lang)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata["executed_with"] = {name: content_cache.library_version(name).decode() for name in LIBRARIES}
    shown_as = f"{SOURCE_DIR}/{source.name}" + ("" if lang == ENGLISH else f" ({lang})")
    log.info("Executing notebook %s (light and dark plot styles)", shown_as)

    async def both(workdir: Path):
        runs = [
            execute(notebook, plot_styles.style(s), workdir, card=folder / CARD if s == CARD_SCHEME else None)
            for s in SCHEMES
        ]
        return await asyncio.gather(*runs, return_exceptions=True)

    with tempfile.TemporaryDirectory() as workdir:  # a notebook that writes files writes them there
        runs = asyncio.run(both(Path(workdir)))
    for run in runs:
        if isinstance(run, CellFailed):
            origin = where[run.index] if run.index is not None and run.index < len(where) else f"{shown_as}:?"
            raise PluginError(f"{origin}: notebook cell failed: {run.error}") from None
        if isinstance(run, BaseException):
            raise PluginError(f"{shown_as}: could not execute the notebook: {run!r}") from None
    light, dark = runs

    alts: list[str] = []
    (folder / "figures").mkdir()
    for place, light_cell, dark_cell in zip(where, light.cells, dark.cells):
        drawn = list(zip(figures_of(light_cell), figures_of(dark_cell)))
        alt = light_cell.metadata.get("alt", [])
        cell_alts = [alt] if isinstance(alt, str) else list(alt)
        if len(figures_of(light_cell)) != len(figures_of(dark_cell)):
            raise PluginError(f"{place}: the cell draws a different number of figures in the light and dark style")
        if len(drawn) != len(cell_alts) or not all(a.strip() for a in cell_alts):
            raise PluginError(
                f"{place}: the cell draws {len(drawn)} figure(s) and gives {len(cell_alts)} alt text(s). "
                'Say in words what each plot shows: # %% alt="..." (a list for several figures).'
            )
        for (light_svg, dark_svg), text in zip(drawn, cell_alts):
            alts.append(text.strip())
            (folder / "figures" / f"{len(alts)}-light.svg").write_text(light_svg, encoding="utf-8")
            (folder / "figures" / f"{len(alts)}-dark.svg").write_text(dark_svg, encoding="utf-8")
    nbformat.write(stable_cell_ids(light, source.stem), folder / ipynb_name(source, lang))
    (folder / "figures.json").write_text(json.dumps(alts, ensure_ascii=False), encoding="utf-8")


def ipynb_name(source: Path, lang: str = ENGLISH) -> str:
    """dying_relu.py -> dying_relu.ipynb; in Vietnamese, dying_relu.vi.ipynb (mkdocs-static-i18n's suffix)."""
    return f"{source.stem}{'' if lang == ENGLISH else '.' + lang}.ipynb"


def executed(source: Path, cache_root: Path, lang: str = ENGLISH) -> Path:
    """The cache folder of one edition's executed light and dark runs, executing them first if needed."""
    return content_cache.cached(
        cache_root, cache_key(source, lang), lambda folder: execute_both_schemes(source, lang, folder)
    )


def figure_uri(notebook: str, number: int, scheme: str, lang: str = ENGLISH) -> str:
    """dying_relu, 1, dark -> figures/notebooks/dying_relu-1-dark.svg (a path inside the site); the Vietnamese
    edition's drawing -> figures/notebooks/dying_relu-vi-1-dark.svg (as hooks/figures.py names a snippet's)."""
    return f"figures/{SOURCE_DIR}/{notebook}{'' if lang == ENGLISH else '-' + lang}-{number}-{scheme}.svg"


def card_uri(notebook: str, lang: str = ENGLISH) -> str:
    """The share card an edition's notebook page shows: its light run's first figure (hooks/publishing.py)."""
    return f"figures/{SOURCE_DIR}/{notebook}{'' if lang == ENGLISH else '-' + lang}-card.png"


# (notebook name, language) -> the alt text of each figure, in order, and the cache folder of its runs
# (filled by on_pre_build)
_alts: dict[tuple[str, str], list[str]] = {}
_folders: dict[tuple[str, str], Path] = {}


def published_path(config: MkDocsConfig, name: str) -> Path:
    return Path(config.docs_dir) / SOURCE_DIR / name


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Execute what changed, then put the .ipynb files where MkDocs (and mkdocs-static-i18n) find pages.

    A file is written only when its bytes change, so `make serve` does not rebuild for nothing."""
    root = Path(config.config_file_path).parent
    runs = [(source, lang) for source in notebook_sources(root) for lang in editions_of(source)]
    # Runs not in the cache execute side by side (each runs its two styles side by side too).
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        notebooks_cache = content_cache.folder(root, "notebooks")
        folders = list(pool.map(lambda run: executed(run[0], notebooks_cache, run[1]), runs))
    _alts.clear()
    _folders.clear()
    for (source, lang), folder in zip(runs, folders):
        _folders[source.stem, lang] = folder
        _alts[source.stem, lang] = json.loads((folder / "figures.json").read_text(encoding="utf-8"))
        ipynb = folder / ipynb_name(source, lang)
        target = published_path(config, ipynb.name)
        if not target.exists() or target.read_bytes() != ipynb.read_bytes():
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(ipynb.read_bytes())
    published = {p.name for p in published_path(config, "").glob("*.ipynb")}
    for stale in published - {ipynb_name(source, lang) for source, lang in runs}:
        published_path(config, stale).unlink()  # a notebook that was renamed or removed


@event_priority(100)  # before mkdocs-static-i18n sorts the files by language
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for (name, lang), folder in _folders.items():
        for number in range(1, len(_alts[name, lang]) + 1):
            for scheme in SCHEMES:
                svg = folder / "figures" / f"{number}-{scheme}.svg"
                files.append(File.generated(config, figure_uri(name, number, scheme, lang), abs_src_path=str(svg)))
    return files


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    uri = page.file.src_uri
    if not (uri.startswith(f"{SOURCE_DIR}/") and uri.endswith(".ipynb")):
        return html_text
    html_text = CDN_MERMAID.sub("", CDN_MATHJAX.sub("", html_text))
    name, _, lang = PurePosixPath(uri).stem.partition(".")
    lang = lang or ENGLISH
    alts = _alts.get((name, lang), [])
    page_dir = PurePosixPath(page.file.dest_uri).parent
    numbers = iter(range(1, len(alts) + 1))

    def both_schemes(m: re.Match) -> str:
        number = next(numbers, None)
        if number is None:
            raise PluginError(f"{SOURCE_DIR}/{name}.py: the page shows more figures than the notebook drew")
        alt = html.escape(alts[number - 1], quote=True)
        images = "".join(
            f'<img src="{os.path.relpath(figure_uri(name, number, s, lang), page_dir)}#only-{s}" alt="{alt}">'
            for s in SCHEMES
        )
        return f"{m[1]}{images}{m[2]}"

    html_text = SVG_OUTPUT.sub(both_schemes, html_text)
    if next(numbers, None) is not None:
        raise PluginError(f"{SOURCE_DIR}/{name}.py: drew {len(alts)} figures, but the page shows fewer")
    return html_text
