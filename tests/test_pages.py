"""Every Python block of every page runs, and no fenced block goes unexecuted by accident.

mktestdocs only finds the blocks here (`grab_code_blocks` parses the page; it runs nothing). Each page is
first expanded as the site shows it (includes, figure code, build-output code; tests/page_blocks.py), the
Python blocks mktestdocs finds are checked to be exactly the page's Python fences, and this test then
executes each block itself, alone in a fresh namespace, compiled under its snippet's path.
"""

from pathlib import Path

import matplotlib.pyplot as plt
import mktestdocs
import pytest

from tests.page_blocks import expand_page, fence_problems, find_fences, normalized_markdown
from tests.shared import DOCS, ROOT, english_pages

# English pages only: a translation includes exactly the same blocks (tests/test_translations.py).
PAGES = english_pages()


def page_id(page: Path) -> str:
    return page.relative_to(DOCS).as_posix()


def test_there_are_pages():
    assert PAGES, "no pages found under docs/"


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_fenced_block_is_executed_or_output(page):
    problems = fence_problems(find_fences(expand_page(page, ROOT, DOCS)))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_python_block_runs(page):
    lines = expand_page(page, ROOT, DOCS)
    python_fences = [f for f in find_fences(lines) if f.lang == "python"]
    blocks = mktestdocs.grab_code_blocks(normalized_markdown(lines), lang="python")
    # mktestdocs must see exactly the Python blocks the page renders: none skipped, none extra.
    assert [b.strip() for b in blocks] == [f.code.strip() for f in python_fences], (
        f"{page_id(page)}: mktestdocs sees {len(blocks)} Python blocks, the page has {len(python_fences)}"
    )
    for block, fence in zip(blocks, python_fences):
        # Each block runs alone, as a reader would paste it; compiled under the snippet's own path so
        # that a traceback names the file and line to open.
        code = compile(block, str(ROOT / fence.snippet), "exec")
        try:
            exec(code, {"__name__": "__main__"})
        finally:
            plt.close("all")
