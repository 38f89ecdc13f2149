"""MkDocs hook: publish the Jupytext notebooks in notebooks/ through mkdocs-jupyter.

Notebooks are stored as Jupytext percent-format .py files (plain diffs). Before mkdocs-jupyter looks
at the files, each is converted to .ipynb (cached under .cache/notebooks/ by content hash) and added
to the site as notebooks/<name>.ipynb; mkdocs-jupyter then executes it (execute: true, allow_errors:
false, with its own cache keyed on the notebook's bytes) and copies the .ipynb next to the page for
download. The notebook HTML would load MathJax 2 from a CDN: that block is removed, and the site's
own MathJax 3 typesets the notebook's math instead (docs/javascripts/mathjax.js).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import snippet_runner

SOURCE_DIR = "notebooks"
CDN_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)


def notebook_sources(root: Path) -> list[Path]:
    return sorted((root / SOURCE_DIR).glob("*.py"))


# Written into each .ipynb: mkdocs-jupyter's cache hashes the notebook's bytes, so an upgrade of
# these libraries changes the bytes and the notebook is executed again.
LIBRARIES = ("torch", "matplotlib")


def converted(source: Path, cache_root: Path) -> Path:
    """A cache folder holding notebooks/<name>.ipynb, converted from the Jupytext source."""
    versions = {name: snippet_runner.library_version(name).decode() for name in LIBRARIES}
    key = snippet_runner.content_key(source.read_bytes(), Path(__file__).read_bytes(), repr(versions).encode())

    def convert(folder: Path) -> None:
        import jupytext  # only when a notebook changed

        notebook = jupytext.read(source)
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        notebook.metadata["executed_with"] = versions
        (folder / SOURCE_DIR).mkdir()
        jupytext.write(notebook, folder / SOURCE_DIR / f"{source.stem}.ipynb")

    return snippet_runner.cached(cache_root, key, convert)


@event_priority(100)  # before mkdocs-jupyter's on_files, which picks up the .ipynb files
def on_files(files, config):
    root = Path(config.config_file_path).parent
    for source in notebook_sources(root):
        folder = converted(source, root / ".cache" / "notebooks")
        # A plain File with a real src_dir, not File.generated: mkdocs-jupyter's wrapper finds the
        # source path through src_dir.
        files.append(File(f"{SOURCE_DIR}/{source.stem}.ipynb", str(folder), config.site_dir, config.use_directory_urls))
    return files


def on_page_content(html, page, config, files):
    if page.file.src_uri.startswith(f"{SOURCE_DIR}/") and page.file.src_uri.endswith(".ipynb"):
        html = CDN_MATHJAX.sub("", html)
    return html
