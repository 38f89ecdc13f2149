"""Every Python block of every page is a snippet the tests run, and no fenced block goes unexecuted by
accident.

mktestdocs only finds the blocks here (`grab_code_blocks` parses the page; it runs nothing). Each page is
first expanded as the site shows it (includes, figure code, build-output code; tests/page_blocks.py), and
the Python blocks mktestdocs finds are checked to be exactly the page's Python fences. Each of them must
be one whole snippet file, included verbatim: tests/test_snippets.py runs every snippet file alone, on
every CPU path, and checks what it prints, so each block runs once per test run, there.
"""

from pathlib import Path

import mktestdocs
import pytest

from tests.page_blocks import expand_page, fence_problems, find_fences, normalized_markdown
from tests.shared import DOCS, ROOT, english_pages
from tests.test_snippets import SNIPPET_FILES

SNIPPETS_RUN = {path.relative_to(ROOT).as_posix() for path in SNIPPET_FILES}

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
def test_every_python_block_is_a_snippet_the_snippet_tests_run(page):
    lines = expand_page(page, ROOT, DOCS)
    python_fences = [f for f in find_fences(lines) if f.lang == "python"]
    blocks = mktestdocs.grab_code_blocks(normalized_markdown(lines), lang="python")
    # mktestdocs must see exactly the Python blocks the page renders: none skipped, none extra.
    assert [b.strip() for b in blocks] == [f.code.strip() for f in python_fences], (
        f"{page_id(page)}: mktestdocs sees {len(blocks)} Python blocks, the page has {len(python_fences)}"
    )
    for block, fence in zip(blocks, python_fences):
        # Python is never written on a page: a block is a snippet, which tests/test_snippets.py runs.
        assert fence.snippet, f"{fence.origin}: a Python block that is not one included snippet file"
        assert fence.snippet in SNIPPETS_RUN, f"{fence.origin}: {fence.snippet} is not run by test_snippets.py"
        text = (ROOT / fence.snippet).read_text(encoding="utf-8")
        assert block.strip() == text.strip(), f"{fence.origin}: the block is not {fence.snippet} verbatim"
