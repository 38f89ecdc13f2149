"""MkDocs hook: run figure snippets and show their plots on the pages, in a light and a dark variant.

A page asks for a figure with an image whose address names the snippet that draws it:

    ![ReLU is 0 for x < 0 and x for x > 0](figure:snippets/relu/plot.py)
    ![the second figure that snippet draws](figure:snippets/relu/plot.py#2)

Before the pages are read, the hook runs every snippet the pages name (once per colour scheme, with the
site's plot style from plot_style/ applied, so snippets stay short and copy-pasteable) and saves every
matplotlib figure it makes as SVG. Each marker then becomes two images that Material shows by colour
scheme (#only-light / #only-dark), and the first marker of a snippet on a page is followed by a
collapsed block with the snippet's code.

Rendered SVGs are cached under .cache/figures/<key>/, where the key hashes the snippet, the plot
style, this file and the torch/matplotlib versions: a build where nothing changed imports neither
torch nor matplotlib.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import shutil
import signal
import tempfile
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

STYLE_DIR = Path(__file__).with_name("plot_style")
SCHEMES = ("light", "dark")
TIMEOUT_ENV = "FIGURE_TIMEOUT"  # seconds one run of a figure snippet may take
DEFAULT_TIMEOUT = 60.0
# Benchmarks only: FIGURE_RENDERING=off replaces every figure by a warning, so --strict refuses it.
RENDERING_ENV = "FIGURE_RENDERING"

log = logging.getLogger("mkdocs.hooks.figures")

MARKER = re.compile(r"!\[(?P<alt>[^\]]*)\]\(figure:(?P<snippet>[^)#\s]+)(?:#(?P<index>\d+))?\)")


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


def figure_uri(snippet: str, index: int, scheme: str) -> str:
    """snippets/relu/plot.py, 1, dark -> figures/relu/plot-1-dark.svg (a path inside the site)."""
    stem = PurePosixPath(snippet).relative_to("snippets").with_suffix("")
    return f"figures/{stem}-{index}-{scheme}.svg"


def code_block(snippet: str) -> str:
    return f'??? example "Code for this figure"\n\n    ```python\n    --8<-- "{snippet}"\n    ```\n'


def expand_figure_markers(markdown: str, page_uri: str = "index.md") -> str:
    """Replace each marker by its light and dark images, and the first one of a snippet by its code too.

    Also used by the tests, so that mktestdocs executes the figure code a page shows.
    """
    page_dir = str(PurePosixPath(page_uri).parent)
    shown: set[str] = set()

    def replace(m: re.Match) -> str:
        ref = find_figure_refs(m.group(0))[0]
        images = "\n".join(
            f"![{ref.alt}]({os.path.relpath(figure_uri(ref.snippet, ref.index, s), page_dir)}#only-{s})"
            for s in SCHEMES
        )
        if ref.snippet in shown:
            return images
        shown.add(ref.snippet)
        return f"{images}\n\n{code_block(ref.snippet)}"

    return MARKER.sub(replace, markdown)


# --- rendering -------------------------------------------------------------------------------------


class FigureTimeout(BaseException):
    """BaseException, so a snippet's own `except Exception` cannot swallow the time limit."""


def cache_key(snippet_source: bytes) -> str:
    h = hashlib.sha256()
    parts = [snippet_source, Path(__file__).read_bytes()]
    parts += [(STYLE_DIR / f"{s}.mplstyle").read_bytes() for s in SCHEMES]
    parts += [version("torch").encode(), version("matplotlib").encode()]
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()[:32]


def snippet_line(tb, path: Path) -> int | None:
    """The line of the snippet where an exception left it (the deepest frame in that file)."""
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == str(path):
            line = lineno
    return line


@contextmanager
def time_limit(seconds: float, path: Path, shown_as: str):
    # MkDocs builds (and `mkdocs serve` rebuilds) on the main thread, so SIGALRM can interrupt a snippet.
    def on_alarm(signum, frame):
        where = shown_as
        while frame is not None:
            if frame.f_code.co_filename == str(path):
                where = f"{shown_as}:{frame.f_lineno}"
                break
            frame = frame.f_back
        raise FigureTimeout(
            f"{where}: figure snippet still running after {seconds:g} s, so the build stopped it. "
            f"Make it faster, or raise the limit with {TIMEOUT_ENV}=<seconds>."
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render(path: Path, shown_as: str, timeout: float) -> dict[str, list[bytes]]:
    """Run the snippet once per scheme and return the SVG of every figure it created."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    svgs: dict[str, list[bytes]] = {}
    show = plt.show
    plt.show = lambda *args, **kwargs: None  # the snippet calls plt.show() for readers; figures stay open
    try:
        for scheme in SCHEMES:
            plt.close("all")
            with plt.style.context(STYLE_DIR / f"{scheme}.mplstyle"):
                try:
                    with time_limit(timeout, path, shown_as):
                        exec(code, {"__name__": "__main__", "__file__": str(path)})
                except FigureTimeout as exc:
                    raise PluginError(str(exc)) from None
                except BaseException as exc:  # SystemExit and KeyboardInterrupt from a snippet fail too
                    line = snippet_line(exc.__traceback__, path)
                    trace = "".join(traceback.format_exception(exc))
                    raise PluginError(
                        f"{shown_as}:{line}: figure snippet raised {type(exc).__name__}: {exc}\n{trace}"
                    ) from None
                svgs[scheme] = []
                for number in plt.get_fignums():
                    buffer = io.BytesIO()
                    # No Date metadata and a fixed svg.hashsalt (in the style): identical bytes every build.
                    plt.figure(number).savefig(buffer, format="svg", metadata={"Date": None})
                    svgs[scheme].append(buffer.getvalue())
    finally:
        plt.close("all")
        plt.show = show
    if not svgs["light"]:
        raise PluginError(f"{shown_as}: figure snippet ran but created no matplotlib figure")
    return svgs


def cached_figures(path: Path, shown_as: str, cache_root: Path) -> Path:
    """The cache folder holding <scheme>-<n>.svg for this snippet, rendering it first if needed."""
    folder = cache_root / cache_key(path.read_bytes())
    if folder.is_dir():
        return folder
    timeout = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    svgs = render(path, shown_as, timeout)
    cache_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=cache_root, prefix=".partial-"))
    for scheme, figures in svgs.items():
        for n, svg in enumerate(figures, start=1):
            (staging / f"{scheme}-{n}.svg").write_bytes(svg)
    try:
        staging.rename(folder)  # atomic: a folder in the cache is always complete
    except OSError:  # another build rendered the same snippet meanwhile
        shutil.rmtree(staging)
    return folder


# --- MkDocs events ---------------------------------------------------------------------------------


def on_files(files, config):
    if os.environ.get(RENDERING_ENV) == "off":
        return files
    root = Path(config.config_file_path).parent
    cache_root = root / ".cache" / "figures"
    rendered: dict[str, Path] = {}
    for page in files.documentation_pages():
        for ref in find_figure_refs(page.content_string):
            where = f"{config.docs_dir}/{page.src_uri}:{ref.line}"
            path = root / ref.snippet
            if not path.is_file():
                raise PluginError(f"{where}: no figure snippet at {ref.snippet}")
            if ref.snippet not in rendered:
                rendered[ref.snippet] = cached_figures(path, ref.snippet, cache_root)
            count = len(list(rendered[ref.snippet].glob("light-*.svg")))
            if ref.index > count:
                raise PluginError(
                    f"{where}: asks for figure #{ref.index} of {ref.snippet}, which creates {count}"
                )
    for snippet, folder in rendered.items():
        for svg in sorted(folder.glob("*.svg")):
            scheme, n = svg.stem.split("-")
            files.append(File.generated(config, figure_uri(snippet, int(n), scheme), abs_src_path=str(svg)))
    return files


def on_page_markdown(markdown, page, config, files):
    if os.environ.get(RENDERING_ENV) == "off":
        if MARKER.search(markdown):
            log.warning("%s: figures not rendered (%s=off)", page.file.src_uri, RENDERING_ENV)
        return MARKER.sub("*(figure rendering is off)*", markdown)
    return expand_figure_markers(markdown, page.file.src_uri)
