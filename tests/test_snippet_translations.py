"""The snippets a Vietnamese page shows are Vietnamese where a reader reads them, and otherwise the English code.

hooks/snippet_translation.py translates a snippet's comments and string literals from its folder's table
(snippets/<folder>/vi.toml). These tests check, for every Vietnamese page, that no comment or string of a
snippet it shows (as code, as a figure's code, as a build-output's code) is left in English; that every table
entry translates something; and that a translated snippet differs from its English file only in the text
of its comments and strings (same code, same f-string fields, the same numbers in its `#>` lines). The
translated snippets themselves run, on every CPU path, in tests/test_snippets.py.
"""

from __future__ import annotations

import ast
import io
import json
import re
import tokenize
from pathlib import Path

import pytest

import snippet_translation
from tests import translations
from tests.page_blocks import expand_page
from tests.shared import DOCS, ROOT, SNIPPETS, TRANSLATION, english_pages, translation_of
from tests.test_translations import ASCII_WORD, ENGLISH_KEPT, activation_name_words

SNIPPET_FILES = sorted(SNIPPETS.rglob("*.py"))
TABLES = sorted(SNIPPETS.rglob(f"{TRANSLATION}.toml"))
TRANSLATED = [path for path in SNIPPET_FILES if snippet_translation.is_translated(path, TRANSLATION)]
PAGES = [translation_of(page) for page in english_pages()]

# A string that is an identifier, an option or a format ("tanh", "leaky_relu", "--", "tab:blue", "{:.3f}")
# is code, not words to read: an argument such as approximate="tanh" must stay as torch spells it...
CODE_LIKE = re.compile(r"[\w.:\-+*/%<>=!,{}\[\]()|^~]*")
# ... unless the snippet shows it to the reader: printed, a plot's label, title or text.
READER_CALLS = {
    "print",
    "set_title",
    "set_xlabel",
    "set_ylabel",
    "suptitle",
    "text",
    "annotate",
    "legend",
    "title",
    "xlabel",
    "ylabel",
    "set_xticklabels",
    "set_yticklabels",
    "bar_label",
}
READER_KEYWORDS = {"label", "title", "labels"}
# Tool directives in comments are read by tools, not readers.
DIRECTIVE = re.compile(r"^(?:noqa|type:|fmt:|ruff:|pragma)")
# Code inside words: math, a LaTeX command, an f-string's or format string's field, `code` in backticks (how a
# comment names a parameter: `value`), a call or keyword (diag(s), value=-1.0), a pip command, a file path.
MATH = re.compile(
    r"\$[^$]*\$|\\[A-Za-z]+|\{[^{}]*\}|`[^`]*`|\b[\w.]+(?=[(=\[])|pip install [\w.=\[\]-]+|[\w.-]+/[\w./-]+"
)


def ids(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def shown_strings(source: str) -> set[tuple[int, int]]:
    """Where the strings a reader sees start (line, column): those inside print(...) and a plot's
    label, title or text calls, and label=/title= arguments."""
    starts = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        shown = list(node.args) if name in READER_CALLS else []
        shown += [k.value for k in node.keywords if k.arg in READER_KEYWORDS]
        for part in shown:
            starts |= {(n.lineno, n.col_offset) for n in shown_parts(part)}
    return starts


def shown_parts(node: ast.AST) -> list[ast.AST]:
    """The strings of an expression that end up in what it shows: not a subscript's key (g["params"]) or a
    call's argument, but the string a method is called on ("{} of {}".format(...))."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return [node]
    if isinstance(node, ast.Subscript):
        return shown_parts(node.value)
    if isinstance(node, ast.Call):  # what a call returns is shown, not its arguments: f(x, "axis")
        return shown_parts(node.func.value) if isinstance(node.func, ast.Attribute) else []
    return [part for child in ast.iter_child_nodes(node) for part in shown_parts(child)]


def code_words(source: str) -> set[str]:
    """The names the snippet's code uses (variables, attributes, functions, keywords): a comment that
    names one names code, as `backward` or `values` would in prose."""
    return {t.string.lower() for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type == tokenize.NAME}


def reader_texts(source: str) -> list[tuple[str, int, str]]:
    """The comments and strings of a snippet a reader reads as words: not `#>` output lines (the run checks
    them against what the translated strings print), tool directives, or code-like strings not shown."""
    shown, lines, found = shown_strings(source), source.splitlines(), []
    for kind, (line, column), text in snippet_translation.positioned_texts(source):
        if kind == "comment" and (lines[line - 1].lstrip().startswith("#>") or DIRECTIVE.match(text)):
            continue
        if kind == "string" and CODE_LIKE.fullmatch(text) and (line, column) not in shown:
            continue
        found.append((kind, line, text))
    return found


def english_words(text: str, ordinary: set[str], kept: set[str]) -> list[str]:
    """The words of text that the English snippet uses as ordinary (lower-case) words, but for the kept ones."""

    def english(word: str) -> bool:
        if len(word) < 2 or re.search(r"[\d_.]|.[A-Z]", word):  # a variable, an identifier, an acronym
            return False
        return word.lower() in ordinary and word.lower() not in kept

    return [word for word in ASCII_WORD.findall(MATH.sub(" ", text)) if english(word)]


def kept_words() -> set[str]:
    syllables = {w.lower() for _, v, _ in sum(translations.glossary_tables(), []) for w in ASCII_WORD.findall(v)}
    return ENGLISH_KEPT | activation_name_words() | syllables | {"lambda", "ln"}  # SELU's λ as torch names it; ln


def untranslated(snippet: Path, language: str, kept: set[str]) -> list[str]:
    """'file:line: comment/string "text"' for each text a reader would read in English."""
    english_source = snippet.read_text(encoding="utf-8")
    ordinary = {
        w for _, _, text in reader_texts(english_source) for w in ASCII_WORD.findall(MATH.sub(" ", text)) if w.islower()
    }
    kept = kept | code_words(english_source)
    table = snippet_translation.table(snippet, language)
    deliberate = {english for english, translated in table.items() if english == translated}
    problems = []
    for kind, line, text in reader_texts(snippet_translation.translated_source(snippet, language)):
        words = english_words(text, ordinary, kept)
        if words and text not in deliberate:
            problems.append(f"{ids(snippet)}:{line}: {kind} {text!r} is English ({', '.join(words)})")
    return problems


def shown_snippets(page: Path) -> list[Path]:
    """The snippet files a page shows, in order: included, under a figure or under a build output."""
    origins = [line.origin.rsplit(":", 1)[0] for line in expand_page(page, ROOT, DOCS)]
    return [ROOT / origin for origin in dict.fromkeys(origins) if origin.startswith("snippets/")]


@pytest.mark.parametrize("page", PAGES, ids=ids)
def test_vietnamese_page_shows_its_snippets_in_vietnamese(page):
    kept = kept_words()
    problems = [problem for snippet in shown_snippets(page) for problem in untranslated(snippet, TRANSLATION, kept)]
    assert not problems, (
        f"{ids(page)} shows snippets with English a reader must read; add their Vietnamese to the folder's "
        f"{TRANSLATION}.toml (or the English text as its own translation, if it must stay as it is):\n"
        + "\n".join(problems)
    )


@pytest.mark.parametrize("table", TABLES, ids=ids)
def test_every_table_entry_translates_something(table):
    used = {
        text
        for snippet in table.parent.glob("*.py")
        for _, _, text in snippet_translation.texts(snippet.read_text(encoding="utf-8"))
    }
    entries = snippet_translation.table(table.parent / "any.py", TRANSLATION)
    unused = sorted(set(entries) - used)
    assert not unused, f"{ids(table)}: entries no comment or string of {ids(table.parent)}/*.py has: {unused}"


def skeleton(source: str) -> str:
    """The code with every string constant emptied: what a translation must not change."""

    class Blank(ast.NodeTransformer):
        def visit_Constant(self, node):
            return ast.Constant("") if isinstance(node.value, str) else node

        def visit_JoinedStr(self, node):  # an f-string: its fields, in order; its words may move around them
            node.values = [self.visit(v) for v in node.values if not isinstance(v, ast.Constant)]
            return node

    return ast.dump(Blank().visit(ast.parse(source)))


NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def output_numbers(source: str) -> list[str]:
    return [n for line in source.splitlines() if line.lstrip().startswith("#>") for n in NUMBER.findall(line)]


def translation_differences(snippet: Path, language: str) -> list[str]:
    english = snippet.read_text(encoding="utf-8")
    translated = snippet_translation.translated_source(snippet, language)
    problems = []
    if skeleton(english) != skeleton(translated):
        problems.append(f"{ids(snippet)}: the translation changes code (an f-string field?), not only words")
    if english.count("\n") != translated.count("\n"):
        problems.append(f"{ids(snippet)}: the translation moves lines")
    if output_numbers(english) != output_numbers(translated):
        problems.append(f"{ids(snippet)}: the translated #> lines show other numbers than the English")
    return problems


@pytest.mark.parametrize("snippet", TRANSLATED, ids=ids)
def test_translated_snippet_differs_from_english_only_in_words(snippet):
    assert not translation_differences(snippet, TRANSLATION)


def test_there_are_translated_snippets():
    assert TRANSLATED, f"no snippet is translated by a snippets/<folder>/{TRANSLATION}.toml"


# --- the checks can fail ------------------------------------------------------------------------------


def test_the_checks_catch_english_stale_entries_and_changed_code(tmp_path):
    snippet = tmp_path / "plot.py"
    snippet.write_text(
        "import torch\n\n"
        "x = torch.zeros(3)  # the input, at zero\n"
        'print(f"mean of the output: {x.mean():.1f}", approximate="tanh")\n'
        "#> mean of the output: 0.0\n",
        encoding="utf-8",
    )
    table = tmp_path / f"{TRANSLATION}.toml"
    kept = kept_words()
    found = untranslated(snippet, TRANSLATION, kept)
    assert [p.split(": ", 1)[1] for p in found] == [
        "comment 'the input, at zero' is English (the, input, at, zero)",
        "string 'mean of the output: {x.mean():.1f}' is English (mean, of, the, output)",
    ], found  # "tanh" is an argument: code, not words; the #> line is the run's to check
    table.write_text(
        '"the input, at zero" = "đầu vào, bằng 0"\n'
        '"mean of the output: {x.mean():.1f}" = "trung bình đầu ra: {x.mean():.1f}"\n'
        '"mean of the output: 0.0" = "trung bình đầu ra: 0.0"\n',
        encoding="utf-8",
    )
    assert untranslated(snippet, TRANSLATION, kept) == []
    assert translation_differences(snippet, TRANSLATION) == []
    # A translation that changes an f-string's field changes the code; one that changes a number, the output.
    table.write_text(
        '"mean of the output: {x.mean():.1f}" = "trung bình đầu ra: {x.sum():.1f}"\n'
        '"mean of the output: 0.0" = "trung bình đầu ra: 0.5"\n',
        encoding="utf-8",
    )
    problems = translation_differences(snippet, TRANSLATION)
    assert any("changes code" in p for p in problems) and any("other numbers" in p for p in problems), problems
    # An entry that no comment or string has is reported.
    table.write_text('"the input, at one" = "đầu vào, bằng 1"\n', encoding="utf-8")
    used = {text for _, _, text in snippet_translation.texts(snippet.read_text(encoding="utf-8"))}
    assert set(snippet_translation.table(snippet, TRANSLATION)) - used == {"the input, at one"}


def test_a_translation_keeps_lines_and_fails_loudly_on_a_bad_table(tmp_path):
    snippet = tmp_path / "s.py"
    snippet.write_text('print("two\\nlines")  # a comment\n', encoding="utf-8")
    table = tmp_path / f"{TRANSLATION}.toml"
    table.write_text('"a comment" = "một chú thích\\nhai dòng"\n', encoding="utf-8")
    with pytest.raises(snippet_translation.TranslationError, match="another number of lines"):
        snippet_translation.table(snippet, TRANSLATION)
    table.write_text('"a comment" = "một chú thích"\n"a comment" = "lặp lại"\n', encoding="utf-8")
    with pytest.raises(snippet_translation.TranslationError, match="vi.toml"):
        snippet_translation.table(snippet, TRANSLATION)
    table.write_text('"a comment" = "một chú thích"\n', encoding="utf-8")
    assert snippet_translation.translated_source(snippet, TRANSLATION) == ('print("two\\nlines")  # một chú thích\n')


# --- python -m tests.test_snippet_translations snippets/<folder> ... ----------------------------------


def missing_entries(folder: Path) -> list[str]:
    """TOML lines, `"English" = ""`, for each text of the folder's snippets still in English: fill in the
    Vietnamese and add them to the folder's table."""
    kept, seen, lines = kept_words(), set(), []
    for snippet in sorted(folder.glob("*.py")):
        texts = reader_texts(snippet_translation.translated_source(snippet, TRANSLATION))
        flagged = {int(p.split(":")[1]) for p in untranslated(snippet, TRANSLATION, kept)}
        for _, line, text in texts:
            if line in flagged and text not in seen:
                seen.add(text)
                lines.append(f'{json.dumps(text, ensure_ascii=False)} = ""  # {snippet.name}:{line}')
    return lines


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        print("\n".join(missing_entries(ROOT / name)))
