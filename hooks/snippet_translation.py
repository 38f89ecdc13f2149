"""A snippet as a Vietnamese page shows and runs it: its comments and printed words translated, its code not.

Each snippet folder may hold a table, snippets/<folder>/vi.toml, of English texts and their Vietnamese:

    "the derivative, from autograd" = "đạo hàm, tính bằng autograd"   # a comment: # the derivative, ...
    "f(0) = {f0:.3g}" = "f(0) = {f0:.3g}"                             # a string: print(f"f(0) = {f0:.3g}")
    "mean 0.5000" = "trung bình 0.5000"                                # an output line: #> mean 0.5000

A key is the whole text of a comment (after "# " or "#> ") or of a string literal (between its quotes,
f-string fields as written). `translate()` replaces, token by token (Python's tokenize), each comment and
string whose text is a key, and nothing else: the Vietnamese snippet has the English one's code, lines and
line numbers, so an error in it names the English file and line. What is not in the table stays English;
tests/test_snippet_translations.py fails on a comment or printed word a Vietnamese page would show in
English, on a table entry nothing uses, and on a Vietnamese snippet whose run or outputs differ from the
English one's beyond words.

The Vietnamese pages run and show the translated text: hooks/figures.py draws a Vietnamese page's figures
from it, hooks/build_output.py prints from it, and hooks/snippet_includes.py points the page's
`--8<--` includes at the translated copy written under .cache/translated/<language>/.
"""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from functools import cache
from pathlib import Path, PurePosixPath

import content_cache

TRANSLATED = "translated"  # <root>/.cache/translated/vi/snippets/relu/plot.py
STRING = re.compile(r"(?P<prefix>[rRbBuUfF]*)(?P<quote>'''|\"\"\"|'|\")(?P<text>.*)(?P=quote)\Z", re.DOTALL)
COMMENT = re.compile(r"(?P<mark>#>? ?)(?P<text>.*)\Z", re.DOTALL)


class TranslationError(ValueError):
    pass


def table_path(snippet: Path, language: str) -> Path:
    return snippet.parent / f"{language}.toml"


@cache
def _read_table(path: Path, text: str) -> dict[str, str]:
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TranslationError(f"{path}: {error}") from None
    for english, translated in table.items():
        if not isinstance(translated, str) or not translated.strip():
            raise TranslationError(f"{path}: {english!r} has no translation (a non-empty string)")
        if translated.count("\n") != english.count("\n"):
            # A comment is one line, and a string keeps its lines: the line numbers of both files agree.
            raise TranslationError(f"{path}: the translation of {english!r} has another number of lines")
    return table


def read_table(path: Path) -> dict[str, str]:
    """The table in a file of this format (empty if there is none); parsed once per text. A notebook's
    table is notebooks/<name>.<language>.toml (hooks/notebooks.py)."""
    return _read_table(path, path.read_text(encoding="utf-8")) if path.is_file() else {}


def table(snippet: Path, language: str) -> dict[str, str]:
    """The folder's table (empty if it has none); parsed once per text."""
    return read_table(table_path(snippet, language))


def texts(source: str) -> list[tuple[str, int, str]]:
    """Every comment and string literal of the source: ("comment" or "string", line, its text)."""
    return [(kind, start[0], text) for kind, start, text in positioned_texts(source)]


def positioned_texts(source: str) -> list[tuple[str, tuple[int, int], str]]:
    """Like texts(), with where each starts: (line, column)."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            found.append(("comment", token.start, COMMENT.match(token.string)["text"].rstrip()))
        elif token.type == tokenize.STRING:
            found.append(("string", token.start, STRING.match(token.string)["text"]))
    return found


def translate(source: str, words: dict[str, str]) -> str:
    """The source with each comment and string whose text is a key of `words` replaced by its value."""
    if not words:
        return source
    lines = source.splitlines(keepends=True)
    # Replace from the end of the file, so that earlier tokens' columns stay right.
    for token in reversed(list(tokenize.generate_tokens(io.StringIO(source).readline))):
        if token.type == tokenize.COMMENT:
            m = COMMENT.match(token.string)
            text = m["text"].rstrip()
            new = m["mark"] + words[text] if text in words else None
        elif token.type == tokenize.STRING:
            m = STRING.match(token.string)
            new = f"{m['prefix']}{m['quote']}{words[m['text']]}{m['quote']}" if m["text"] in words else None
        else:
            continue
        if new is None:
            continue
        (row, col), (end_row, end_col) = token.start, token.end
        before, after = lines[row - 1][:col], lines[end_row - 1][end_col:]
        replaced = (before + new + after).splitlines(keepends=True)
        lines[row - 1 : end_row] = replaced
    return "".join(lines)


def translated_source(snippet: Path, language: str) -> str:
    return translate(snippet.read_text(encoding="utf-8"), table(snippet, language))


def is_translated(snippet: Path, language: str) -> bool:
    """Whether the folder's table changes anything in this snippet."""
    return translated_source(snippet, language) != snippet.read_text(encoding="utf-8")


def translated_relpath(snippet: str, language: str) -> str:
    """snippets/relu/plot.py, vi -> .cache/translated/vi/snippets/relu/plot.py (relative to the project root)."""
    return str(PurePosixPath(content_cache.CACHE_DIR, TRANSLATED, language, snippet))


def write_translated(root: Path, snippet: str, language: str) -> str:
    """Write the translated copy (only if its text changed) and return its path relative to the root."""
    relpath = translated_relpath(snippet, language)
    text = translated_source(root / snippet, language)
    target = root / relpath
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        if not content_cache.write_atomically(target, text):
            raise OSError(f"{relpath}: could not write the translated copy a page includes")
    content_cache.use(target)  # a copy no page has included for a day is pruned
    return relpath
