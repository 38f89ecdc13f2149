"""The markers a page's Markdown holds for the build to replace, each written once.

The hooks that replace them (figures.py, build_output.py, explorer_data.py), the page cache that hashes
what a page includes (page_cache.py) and the tests that read pages as the build does
(tests/page_blocks.py, tests/translations.py) import them from here, so a marker read one way by the
build cannot be read another way by a test.

    --8<-- "snippets/relu/functional.py"              a snippet included verbatim (pymdownx.snippets)
    ![alt text](figure:snippets/relu/plot.py#2)       a snippet's 2nd figure, light and dark (figures.py)
    <!-- build-output: snippets/x/table.py -->        what a snippet prints, on a line of its own (build_output.py)
    <!-- explorer-params -->                          the explorer's parameters (explorer_data.py)
"""

from __future__ import annotations

import re

# pymdownx.snippets' one-file form: any number of dashes around 8<, on a line of its own (indented inside
# a fence or a collapsed block). Its other forms (several files, line ranges) are not used on these pages.
INCLUDE = re.compile(r'^(?P<indent>[ \t]*)-+8<-+[ \t]+"(?P<path>[^"\n]+)"[ \t]*$', re.MULTILINE)

# Alt text may hold balanced brackets, e.g. "softmax([2, 1, 0.1, -1])".
FIGURE = re.compile(r"!\[(?P<alt>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(figure:(?P<snippet>[^)#\s]+)(?:#(?P<index>\d+))?\)")
# Anything that still says "figure:" after the markers are replaced is a marker the hook misread.
FIGURE_LEFTOVER = re.compile(r"\]\(\s*figure:")

BUILD_OUTPUT = re.compile(r"^<!-- build-output: (?P<snippet>\S+) -->[ \t]*$", re.MULTILINE)
# Anything that still looks like a build-output marker after the real ones are replaced is one the hook
# misread (indented, misspelt, no space): it would vanish from the page as an HTML comment, so it fails.
BUILD_OUTPUT_LEFTOVER = re.compile(r"<!--\s*build\W?\w*\s*:", re.IGNORECASE)

EXPLORER = "<!-- explorer-params -->"


def include_line(path: str) -> str:
    """The include of one snippet, as a page or a hook writes it."""
    return f'--8<-- "{path}"'


def collapsed_code(title: str, snippet: str) -> str:
    """A collapsed block showing a snippet's code, as figures.py and build_output.py put it under what the
    snippet drew or printed."""
    return f'??? example "{title}"\n\n    ```python\n    {include_line(snippet)}\n    ```\n'
