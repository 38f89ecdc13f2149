"""MkDocs hook: a Vietnamese page shows its snippets translated (comments and printed words).

After the figure and build-output hooks have added their code blocks, each include line of a page
(`--8<-- "snippets/relu/plot.py"`) whose snippet the folder's table translates (snippet_translation.py)
is pointed at the translated copy, .cache/translated/<language>/snippets/relu/plot.py, written here.
pymdownx.snippets then includes that file: the page shows the code its figure or table was computed with.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import editions
import markers
import snippet_translation

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


def translate_includes(markdown: str, page_uri: str, root: Path) -> str:
    language = editions.language(page_uri)
    if language == editions.ORIGINAL:
        return markdown

    def replace(m: re.Match) -> str:
        path = root / m["path"]
        if not (m["path"].startswith("snippets/") and m["path"].endswith(".py")):
            return m[0]  # only snippets have translation tables
        if not path.is_file() or not snippet_translation.is_translated(path, language):
            return m[0]  # a missing file is pymdownx.snippets' error to report (check_paths)
        return m["indent"] + markers.include_line(snippet_translation.write_translated(root, m["path"], language))

    return markers.INCLUDE.sub(replace, markdown)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return translate_includes(markdown, page.file.src_uri, Path(config.config_file_path).parent)
