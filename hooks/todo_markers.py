"""MkDocs hook: a page that still holds a TODO(...) marker fails the build, naming each one.

`make new-activation` (site_tools/new_activation.py) writes `TODO(<what>)` wherever a person must write:
on the new page and its translation, in its snippets and in its registry entry (whose TODOs the cheat sheet
and kinks tables print onto their pages). Every marker of a page, of the snippets it includes and of the
build outputs on it is collected; the build fails once, at its end, listing them all with file and line
(`mkdocs serve` only warns: the page being written is still served).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from markers import INCLUDE

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

TODO = re.compile(r"\bTODO\([\w.]+\)[^\n|]*")
_found: dict[str, None] = {}  # "file:line: TODO(...) ...", in page order, once each
_command = "build"
log = logging.getLogger("mkdocs.hooks.todo_markers")


def markers(text: str, shown_as: str) -> list[str]:
    return [f"{shown_as}:{text.count(chr(10), 0, m.start()) + 1}: {m[0].strip()}" for m in TODO.finditer(text)]


def on_startup(*, command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_pre_build(config: MkDocsConfig) -> None:
    _found.clear()


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Runs after build_output.py (mkdocs.yml's order): a TODO a table printed from activations.toml is seen too.
    _found.update(dict.fromkeys(markers(markdown, f"{config.docs_dir.rsplit('/', 1)[-1]}/{page.file.src_uri}")))
    root = Path(config.config_file_path).parent
    for snippet in (m["path"] for m in INCLUDE.finditer(markdown)):
        path = root / snippet
        if path.is_file():
            _found.update(dict.fromkeys(markers(path.read_text(encoding="utf-8"), snippet)))
    return markdown


def on_post_build(config: MkDocsConfig) -> None:
    if not _found:
        return
    message = (
        "the site still holds TODO markers, left where a person must write (make new-activation; a table's "
        "TODO comes from activations.toml):\n" + "\n".join(_found)
    )
    if _command == "serve":  # the page being written is still served, with this list in the log
        log.warning(message)
        return
    raise PluginError(message)
