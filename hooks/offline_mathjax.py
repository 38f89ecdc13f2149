"""MkDocs hook: serve MathJax 3 from the site itself, so math renders with no network.

The files come from the installed PyPI package django-static-mathjax (MathJax 3.2.2 as plain static
files; Django is not needed). Of its es5/ folder (24 MB: a dozen combined builds for other inputs and
outputs) only what this site's combined build, tex-chtml.js, can load is published at assets/mathjax/:
its fonts, the TeX extensions it loads on demand, and the accessibility modules and speech rules its
context menu loads. Everything else (tex-svg.js, mml-chtml.js, ...) is never requested, and copying it
cost every build time. A file missing here shows as a failed request in tests/test_browser.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

SITE_FOLDER = "assets/mathjax"
ENTRY = "tex-chtml.js"  # mkdocs.yml's extra_javascript loads this one
LOADED_ON_DEMAND = (
    "output/chtml/fonts/woff-v2",  # the CommonHTML output's web fonts
    "input/tex/extensions",  # \require{...} and the autoloaded TeX packages
    "ui",  # the context menu (right-click on a formula)
    "a11y",  # the menu's accessibility options: explorer, speech, enrichment
    "input/mml.js",  # ... which read the formula back as MathML
    "input/mml",
    "sre",  # the speech rule engine's maps, which those options read
)


def mathjax_dir() -> Path:
    spec = importlib.util.find_spec("mathjax")
    folder = Path(spec.origin).parent / "static" / "mathjax" / "es5" if spec and spec.origin else None
    if folder is None or not (folder / ENTRY).is_file():
        raise PluginError(
            "MathJax not found: install the project's dependencies (make serve / make test set them up; "
            "the package is django-static-mathjax)"
        )
    return folder


def published_files(source: Path) -> list[Path]:
    files = [source / ENTRY]
    for name in LOADED_ON_DEMAND:
        path = source / name
        files += [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return files


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    source = mathjax_dir()
    for path in published_files(source):
        uri = f"{SITE_FOLDER}/{path.relative_to(source).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
