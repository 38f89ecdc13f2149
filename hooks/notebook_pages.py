"""MkDocs hook: mkdocs-jupyter's notebook pages in both editions (mkdocs-static-i18n builds each edition
in turn, with the same plugins).

- mkdocs-static-i18n re-creates every File as a plain one, which drops mkdocs-jupyter's wrapper that
  makes an .ipynb a page. The .ipynb files (docs/notebooks/<name>.ipynb and <name>.vi.ipynb, written by
  hooks/notebooks.py) are wrapped again after it and served at notebooks/<name>/ and
  vi/notebooks/<name>/.
- mkdocs-jupyter deletes, after each build, the rendered pages it cached but did not use in that
  build. Each edition's build would delete the other's, and every build would render every notebook
  again. It deletes only after the last edition, what none of them used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

_used_by_earlier_editions: set[Path] = set()


@event_priority(-110)  # after mkdocs-static-i18n (-100), which re-creates every File as a plain one
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None:
        return files
    from mkdocs_jupyter.plugin import NotebookFile

    for file in list(files):
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile) and jupyter.should_include(file):
            page = NotebookFile(file, **config)
            folder, name = os.path.split(file.src_uri)
            stem, _, lang = name.removesuffix(".ipynb").partition(".")
            page.url = f"{lang}/" * bool(lang) + f"{folder}/{stem}/"
            page.dest_path = f"{page.url}index.html"
            page.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, page.dest_path))
            files.remove(file)
            files.append(page)
    return files


@event_priority(10)  # before mkdocs-jupyter's on_post_build deletes what this build did not use
def on_post_build(*, config: MkDocsConfig) -> None:
    jupyter, i18n = config.plugins.get("mkdocs-jupyter"), config.plugins.get("i18n")
    if jupyter is None or i18n is None or not jupyter.config["cache"]:
        return
    used = jupyter._used_cache_paths  # mkdocs-jupyter's own record; it has no option for this
    if not i18n.building:  # the first edition: the others are built after this event, delete nothing yet
        _used_by_earlier_editions.clear()
        _used_by_earlier_editions.update(used)
        jupyter._used_cache_paths = set(Path(jupyter.config["cache_dir"]).glob("*.json"))
    else:  # a later edition: keep what the earlier ones used too
        used |= _used_by_earlier_editions
