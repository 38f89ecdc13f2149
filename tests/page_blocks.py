"""Read a page the way MkDocs renders it, and list its fenced code blocks.

mktestdocs reads raw Markdown: it would execute an include line (`--8<-- "snippets/relu/usage.py"`)
as Python, and it only runs fences whose info string is exactly `python`, silently skipping
```python title="x"``` or ```py```. So pages are expanded first (figure markers, then includes), the
info strings of Python fences are reduced to `python`, and every fence is accounted for here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import markers
from build_output import expand_code_only
from editions import ORIGINAL, language
from figures import expand_figure_markers
from snippet_translation import translated_source

# Fences that show text, not code to run. Anything else must be ```python (attributes allowed).
NOT_EXECUTED = {"text"}

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<marks>`{3,}|~{3,})(?P<info>.*)$")


class PageError(Exception):
    pass


@dataclass
class Line:
    text: str
    origin: str  # "file:line", for messages


@dataclass
class Fence:
    info: str
    lang: str
    origin: str  # where the fence opens
    code: str
    snippet: str | None  # the file the code came from, when it is one included snippet


def expand_page(page: Path, root: Path, docs_dir: Path) -> list[Line]:
    """The page's lines with figure and build-output markers and snippet includes expanded, each
    knowing its origin. A translated page includes its snippets translated (hooks/snippet_translation.py);
    a translation keeps the file's lines, so an origin names the snippet's file and line either way."""
    shown = page.relative_to(root).as_posix()
    page_language = language(page.relative_to(docs_dir).as_posix())
    text = expand_figure_markers(page.read_text(encoding="utf-8"), page.relative_to(docs_dir).as_posix(), root)
    text = expand_code_only(text)
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{shown}:{number}"
        m = markers.INCLUDE.match(line)
        if m:
            target = root / m["path"]
            if not target.is_file():
                raise PageError(f"{where}: includes {m['path']}, which does not exist")
            source = (
                target.read_text(encoding="utf-8")
                if page_language == ORIGINAL
                else translated_source(target, page_language)
            )
            for n, included in enumerate(source.splitlines(), start=1):
                lines.append(Line(m["indent"] + included if included else "", f"{m['path']}:{n}"))
        elif "--8<--" in line:
            raise PageError(f'{where}: write includes as one line: --8<-- "snippets/<activation>/<name>.py"')
        else:
            lines.append(Line(line, where))
    return lines


def fence_lang(info: str) -> str:
    info = info.strip()
    if info.startswith("{"):  # { .python title="x" }
        m = re.search(r"\.([\w+-]+)", info)
        return m[1] if m else ""
    return info.split()[0] if info else ""


def find_fences(lines: list[Line]) -> list[Fence]:
    fences, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i].text)
        if not m:
            i += 1
            continue
        start, indent, marks = i, len(m["indent"]), m["marks"]
        body = []
        i += 1
        while i < len(lines):
            close = FENCE.match(lines[i].text)
            if (
                close
                and close["marks"][0] == marks[0]
                and len(close["marks"]) >= len(marks)
                and not close["info"].strip()
            ):
                break
            body.append(lines[i])
            i += 1
        else:
            raise PageError(f"{lines[start].origin}: code fence is never closed")
        i += 1
        code = "\n".join(line.text[indent:] for line in body) + "\n"
        origins = {line.origin.rsplit(":", 1)[0] for line in body}
        snippet = origins.pop() if len(origins) == 1 and body[0].origin.endswith(":1") else None
        fences.append(Fence(m["info"], fence_lang(m["info"]), lines[start].origin, code, snippet))
    return fences


def fence_problems(fences: list[Fence]) -> list[str]:
    problems = []
    for fence in fences:
        if fence.lang == "python" and not fence.snippet:
            problems.append(
                f"{fence.origin}: Python written inline; put it in snippets/<activation>/<name>.py "
                f'and include it with --8<-- "snippets/<activation>/<name>.py"'
            )
        elif fence.lang != "python" and fence.lang not in NOT_EXECUTED:
            problems.append(
                f"{fence.origin}: ```{fence.info.strip()} would not be executed by the tests; "
                f"use ```python for code (title=... and other attributes are fine) or ```text for output"
            )
    return problems


def normalized_markdown(lines: list[Line]) -> str:
    """The expanded page with Python fences' info strings reduced to `python`, as mktestdocs wants."""
    out = []
    for line in lines:
        m = FENCE.match(line.text)
        if m and fence_lang(m["info"]) == "python":
            out.append(f"{m['indent']}{m['marks']}python")
        else:
            out.append(line.text)
    return "\n".join(out) + "\n"
