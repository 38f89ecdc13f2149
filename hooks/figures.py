"""MkDocs hook: run figure snippets and show their plots on the pages, in a light and a dark variant.

A page asks for a figure with an image whose address names the snippet that draws it:

    ![ReLU is 0 for x < 0 and x for x > 0](figure:snippets/relu/plot.py)
    ![the second figure that snippet draws](figure:snippets/relu/plot.py#2)

Before the pages are read, the hook runs every snippet the pages name (once per colour scheme, with the
site's plot styles applied (plot_styles.py), so snippets stay short and copy-pasteable) and saves every
matplotlib figure it makes as SVG. Each marker then becomes two images that Material shows by colour
scheme (#only-light / #only-dark), and the first marker of a snippet on a page is followed by a
collapsed block with the snippet's code.

Rendered SVGs are cached under .cache/figures/<key>/ (content_cache.py), where the key hashes the
snippet, the plot style, this file, snippet_runner.py, content_cache.py and the torch/matplotlib
versions: a build where nothing changed imports neither torch nor matplotlib.

The same light run also saves each figure as a 1200x630 PNG, card-<n>.png (the share card of a page whose
first figure it is: hooks/publishing.py), and records in computed-with.json the torch version and the CPU
path (torch.backends.cpu.get_cpu_capability()) the figures were computed with, for the pages' footer.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

import content_cache  # hooks/ is on sys.path: MkDocs adds a hook's folder, tests/__init__.py does too
import editions
import markers
import plot_styles
import snippet_runner
import snippet_translation
from plot_styles import CARD_SCHEME, SCHEMES

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent  # the project: snippet paths in markers are relative to it
COMPUTED_WITH = "computed-with.json"  # in each cache folder: the torch version and CPU path of the run
# Benchmarks only: FIGURE_RENDERING=off replaces every figure by a warning, so --strict refuses it.
RENDERING_ENV = "FIGURE_RENDERING"

log = logging.getLogger("mkdocs.hooks.figures")

MARKER, LEFTOVER = markers.FIGURE, markers.FIGURE_LEFTOVER


@dataclass(frozen=True)
class FigureRef:
    alt: str
    snippet: str  # path relative to the project root, e.g. snippets/relu/plot.py
    index: int  # 1-based: the n-th figure the snippet creates
    line: int  # line of the marker in the page, for error messages


def find_figure_refs(markdown: str) -> list[FigureRef]:
    return [
        FigureRef(
            alt=m["alt"].strip(),
            snippet=m["snippet"],
            index=int(m["index"] or 1),
            line=markdown.count("\n", 0, m.start()) + 1,
        )
        for m in MARKER.finditer(markdown)
    ]


def figure_uri(snippet: str, index: int, scheme: str, edition: str = editions.ORIGINAL) -> str:
    """snippets/relu/plot.py, 1, dark -> figures/relu/plot-1-dark.svg (a path inside the site);
    its Vietnamese drawing (edition "vi") -> figures/relu/plot-vi-1-dark.svg."""
    stem = PurePosixPath(snippet).relative_to("snippets").with_suffix("")
    return f"figures/{stem}{'' if edition == editions.ORIGINAL else '-' + edition}-{index}-{scheme}.svg"


def edition(snippet: str, page_uri: str, root: Path = ROOT) -> str:
    """Which drawing of the snippet a page shows: its language's, if the snippet's folder translates
    any of its comments or strings (snippet_translation.py), else the English one."""
    language = editions.language(page_uri)
    if language == editions.ORIGINAL or not snippet_translation.is_translated(root / snippet, language):
        return editions.ORIGINAL
    return language


def source_of(snippet: str, edition: str, root: Path = ROOT) -> str:
    path = root / snippet
    if edition == editions.ORIGINAL:
        return path.read_text(encoding="utf-8")
    return snippet_translation.translated_source(path, edition)


def code_block(snippet: str, page_uri: str = "index.md") -> str:
    return markers.collapsed_code(editions.words(page_uri, "figure code"), snippet)


def expand_figure_markers(markdown: str, page_uri: str = "index.md", root: Path = ROOT) -> str:
    """Replace each marker by its light and dark images, and the first one of a snippet by its code too.

    Also used by the tests (tests/page_blocks.py), so that the page tests find the figure code a page shows.
    """
    page_dir = str(PurePosixPath(page_uri).parent)
    shown: set[str] = set()

    def replace(m: re.Match) -> str:
        ref = find_figure_refs(m.group(0))[0]
        drawn = edition(ref.snippet, page_uri, root)
        images = "\n".join(
            f"![{ref.alt}]({os.path.relpath(figure_uri(ref.snippet, ref.index, s, drawn), page_dir)}#only-{s})"
            for s in SCHEMES
        )
        if ref.snippet in shown:
            return images
        shown.add(ref.snippet)
        return f"{images}\n\n{code_block(ref.snippet, page_uri)}"

    return MARKER.sub(replace, markdown)


# --- rendering -------------------------------------------------------------------------------------


def cache_key(snippet_source: bytes) -> str:
    styles = plot_styles.style_contents()
    code = [Path(__file__), snippet_runner, plot_styles]
    return content_cache.key_for(snippet_source, *styles, code=code, libraries=["torch", "matplotlib"])


def render(path: Path, shown_as: str, folder: Path, source: str | None = None) -> None:
    """Run the snippet once per scheme; write every figure it created as <scheme>-<n>.svg in folder."""
    snippet_runner.wait_for_preload()
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    show = plt.show
    plt.show = lambda *args, **kwargs: None  # the snippet calls plt.show() for readers; figures stay open
    try:
        for scheme in SCHEMES:
            plt.close("all")
            with plt.style.context(plot_styles.style(scheme)):
                namespace = snippet_runner.run(path, shown_as, "figure snippet", source)
                for n, number in enumerate(plt.get_fignums(), start=1):
                    # No Date metadata and a fixed svg.hashsalt (in the style): identical bytes every build.
                    plt.figure(number).savefig(folder / f"{scheme}-{n}.svg", format="svg", metadata={"Date": None})
                    if scheme == CARD_SCHEME:
                        save_card(plt.figure(number), folder / f"card-{n}.png")
            if scheme == CARD_SCHEME and snippet_runner.uses_torch(namespace):
                record_computed_with(folder)
    finally:
        plt.close("all")
        plt.show = show
    if not list(folder.glob("light-*.svg")):
        raise PluginError(f"{shown_as}: figure snippet ran but created no matplotlib figure")


def save_card(figure, path: Path) -> None:
    """The figure as a 1200x630 PNG on white (a share card), after its SVGs: it is resized, then closed."""
    figure.set_size_inches(*plot_styles.CARD_INCHES)
    figure.savefig(path, **plot_styles.CARD_SAVE)


def record_computed_with(folder: Path) -> None:
    """What the snippet ran on, read from the torch it imported (nothing is imported for this). Only for a
    snippet that uses torch: whether another snippet imported torch earlier in the process must not matter."""
    torch = sys.modules.get("torch")
    if torch is not None:
        computed = {"torch": torch.__version__, "cpu": torch.backends.cpu.get_cpu_capability()}
        (folder / COMPUTED_WITH).write_text(json.dumps(computed, sort_keys=True), encoding="utf-8")


def computed_with(folder: Path) -> dict[str, str] | None:
    """The torch version and CPU path a cached figure was drawn with (None if its snippet used no torch)."""
    try:
        return json.loads((folder / COMPUTED_WITH).read_text(encoding="utf-8"))
    except OSError:
        return None


def card_uri(snippet: str, index: int, edition: str = editions.ORIGINAL) -> str:
    """snippets/relu/plot.py, 1 -> figures/relu/plot-1-card.png (a path inside the site)."""
    return figure_uri(snippet, index, "card", edition).removesuffix(".svg") + ".png"


def shown_name(snippet: str, edition: str) -> str:
    """How errors name a drawing: the English file (its lines are the translation's), and the table."""
    if edition == editions.ORIGINAL:
        return snippet
    return f"{snippet} ({edition}, translated by {PurePosixPath(snippet).parent}/{edition}.toml)"


def cached_figures(root: Path, snippet: str, edition: str, cache_root: Path) -> Path:
    """The cache folder holding <scheme>-<n>.svg for this drawing of the snippet, rendering it first if needed."""
    source = source_of(snippet, edition, root)
    key = cache_key(source.encode())
    return content_cache.cached(
        cache_root, key, lambda folder: render(root / snippet, shown_name(snippet, edition), folder, source)
    )


# --- MkDocs events ---------------------------------------------------------------------------------


def render_missing(root: Path, drawings: list[tuple[str, str]], cache_root: Path) -> None:
    """Render the drawings (snippet, edition) whose figures are not cached yet, side by side in forked
    processes when there are several (a cold build: about 100 drawings, 16 s a core for the English ones).
    Only before this process has imported torch: a child forked after torch has run threads could hang
    in its thread pool. A failure is raised here as it would be in this process, for the first drawing
    in page order."""
    missing = [
        drawing
        for drawing in drawings
        if not (cache_root / cache_key(source_of(drawing[0], drawing[1], root).encode())).is_dir()
    ]
    workers = min(os.cpu_count() or 1, len(missing))
    snippet_runner.wait_for_preload()  # never fork while that thread holds an import lock
    if workers < 2 or "torch" in sys.modules:
        return  # on_files renders them in this process, one by one
    fork = multiprocessing.get_context("fork")  # the child inherits this hook; nothing is pickled but text
    failures = fork.SimpleQueue()
    children = [
        fork.Process(target=_render_share, args=(root, missing[n::workers], cache_root, failures))
        for n in range(workers)
    ]
    for child in children:
        child.start()
    errors = {}
    # Read failures while the children run: one blocked on a full pipe would never exit.
    while any(child.is_alive() for child in children) or not failures.empty():
        while not failures.empty():
            drawing, message = failures.get()
            errors[tuple(drawing)] = message
        multiprocessing.connection.wait([child.sentinel for child in children], timeout=0.1)
    for child in children:
        child.join()
    for drawing in missing:  # the first failure in page order, as a build in one process would report
        if drawing in errors:
            raise PluginError(errors[drawing])
    for child in children:
        if child.exitcode != 0:
            raise PluginError(
                f"a figure rendering process died (exit code {child.exitcode}); build again to see which snippet"
            )


def _render_share(root: Path, share: list[tuple[str, str]], cache_root: Path, failures) -> None:
    for snippet, drawn in share:
        try:
            cached_figures(root, snippet, drawn, cache_root)
        except PluginError as error:
            failures.put(((snippet, drawn), str(error)))
            return


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    if os.environ.get(RENDERING_ENV) == "off":
        return files
    root = Path(config.config_file_path).parent
    cache_root = content_cache.folder(root, "figures")
    refs: list[tuple[str, FigureRef, str]] = []  # (where, marker, edition drawn)
    for page in files.documentation_pages():
        if not page.src_uri.endswith(".md"):  # notebooks draw their own figures
            continue
        for ref in find_figure_refs(page.content_string):
            where = f"{config.docs_dir}/{page.src_uri}:{ref.line}"
            if not (root / ref.snippet).is_file():
                raise PluginError(f"{where}: no figure snippet at {ref.snippet}")
            refs.append((where, ref, edition(ref.snippet, page.src_uri, root)))
    drawings = list(dict.fromkeys((ref.snippet, drawn) for _, ref, drawn in refs))
    render_missing(root, drawings, cache_root)
    rendered: dict[tuple[str, str], Path] = {}
    for where, ref, drawn in refs:
        if (ref.snippet, drawn) not in rendered:
            rendered[ref.snippet, drawn] = cached_figures(root, ref.snippet, drawn, cache_root)
        count = len(list(rendered[ref.snippet, drawn].glob("light-*.svg")))
        if ref.index > count:
            raise PluginError(f"{where}: asks for figure #{ref.index} of {ref.snippet}, which creates {count}")
    for (snippet, drawn), folder in rendered.items():
        for svg in sorted(folder.glob("*.svg")):
            scheme, n = svg.stem.split("-")
            uri = figure_uri(snippet, int(n), scheme, drawn)
            files.append(File.generated(config, uri, abs_src_path=str(svg)))
    return files


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable) -> LiveReloadServer:
    """Under `make serve`, the first build is done: import what a redraw needs while the reader reads."""
    if os.environ.get(RENDERING_ENV) != "off":
        snippet_runner.preload_in_background()
    return server


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if os.environ.get(RENDERING_ENV) == "off":
        if MARKER.search(markdown):
            log.warning("%s: figures not rendered (%s=off)", page.file.src_uri, RENDERING_ENV)
        return MARKER.sub("*(figure rendering is off)*", markdown)
    expanded = expand_figure_markers(markdown, page.file.src_uri, Path(config.config_file_path).parent)
    leftover = LEFTOVER.search(expanded)
    if leftover:
        line = expanded.count("\n", 0, leftover.start()) + 1
        raise PluginError(
            f"{config.docs_dir}/{page.file.src_uri}: a figure marker near line {line} is not of the form "
            "![alt text](figure:snippets/<slug>/<name>.py) (alt text may hold [balanced] brackets)"
        )
    return expanded
