"""MkDocs hook: serve MathJax 3 from the site itself, so math renders with no network.

The files come from the installed PyPI package django-static-mathjax (MathJax 3.2.2 as plain static
files; Django is not needed). Its es5/ folder is published at assets/mathjax/, fonts and the
extensions MathJax loads on demand included, so no request ever leaves the site.
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


def mathjax_dir() -> Path:
    spec = importlib.util.find_spec("mathjax")
    folder = Path(spec.origin).parent / "static" / "mathjax" / "es5" if spec and spec.origin else None
    if folder is None or not (folder / "tex-chtml.js").is_file():
        raise PluginError(
            "MathJax not found: install the project's dependencies (make serve / make test set them up; "
            "the package is django-static-mathjax)"
        )
    return folder


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    source = mathjax_dir()
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        uri = f"{SITE_FOLDER}/{path.relative_to(source).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
