"""A Vietnamese notebook page shows Vietnamese code, and that code is the English code that ran.

hooks/notebooks.py builds each Vietnamese notebook from the English one: its prose from
notebooks/<name>.vi.py, and every code cell's comments and strings translated by the table
notebooks/<name>.vi.toml (hooks/snippet_translation.py), then executes it on its own. These tests check,
for every notebook, with the detector of tests/test_snippet_translations.py, that no comment or string of
a Vietnamese code cell is left in English; that the table changes words only (each translated cell has the
English cell's code and lines); that every table entry translates something; and, on the build's runs,
that both editions print and quote the same numbers. tests/test_notebooks.py runs the Vietnamese notebook
too and checks its RESULTS against the notebook's conclusion.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from pathlib import Path

import nbformat
import pytest

import notebooks  # hooks/notebooks.py: the notebook each edition executes
import snippet_translation
from tests.shared import ROOT, TRANSLATION, english_notebooks
from tests.test_snippet_translations import english_words, kept_words, reader_texts, skeleton

NOTEBOOKS = english_notebooks()


def ids(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def is_sentence(cell) -> bool:
    """A remove-input cell: the translation's own prose (tests/translations.py and test_translations.py)."""
    return "remove-input" in cell.metadata.get("tags", [])


def code_cells(source: Path, language: str = notebooks.ENGLISH) -> list[tuple[str, object]]:
    """(where, cell) for each code cell an edition executes and shows, the translation's sentence cells aside."""
    notebook, where = notebooks.notebook_in(source, language)
    return [(w, c) for w, c in zip(where, notebook.cells) if c.cell_type == "code" and not is_sentence(c)]


# What a reader does not read as words in a comment or string: an f-string's fields ({name:30s}), code in
# backticks, a file's path. A notebook's prints and labels have many fields, whose names would count as English.
NOT_WORDS = re.compile(r"\{[^{}]*\}|`[^`]*`|[\w./-]+\.py\b")


def english_texts(source: Path, language: str, kept: set[str]) -> list[tuple[str, str, str, list[str]]]:
    """(file:line, "comment" or "string", text, its English words) for each comment or string of a translated
    code cell a reader would read in English. A word counts as English if the English code uses it as an
    ordinary word."""
    english = [cell.source for _, cell in code_cells(source)]
    ordinary = {w for text in english for _, _, t in reader_texts(text) for w in re.findall(r"[A-Za-z]+", t)}
    ordinary = {w for w in ordinary if w.islower()}
    deliberate = {en for en, vi in notebooks.code_table(source, language).items() if en == vi}
    found = []
    for where, cell in code_cells(source, language):
        file, _, line = where.partition(" ")[0].rpartition(":")
        for kind, offset, text in reader_texts(cell.source):
            words = english_words(NOT_WORDS.sub(" ", text), ordinary, kept)
            if words and text not in deliberate:
                found.append((f"{file}:{int(line) + offset}" if line.isdigit() else file, kind, text, words))
    return found


def untranslated(source: Path, language: str, kept: set[str]) -> list[str]:
    """'file:line: comment/string "text" is English (words)' for each text a reader would read in English."""
    return [
        f"{at}: {kind} {text!r} is English ({', '.join(words)})"
        for at, kind, text, words in english_texts(source, language, kept)
    ]


def unused_entries(source: Path, language: str) -> list[str]:
    used = {text for _, cell in code_cells(source) for _, _, text in snippet_translation.texts(cell.source)}
    used |= {text for cell in sentence_cells(source) for _, _, text in snippet_translation.texts(cell.source)}
    return sorted(set(notebooks.code_table(source, language)) - used)


def sentence_cells(source: Path) -> list:
    """The translation's sentence cells as written (the table translates their keys too)."""
    import jupytext

    return [c for c in jupytext.read(notebooks.translations_of(source)[TRANSLATION]).cells if is_sentence(c)]


def translation_differences(source: Path, language: str) -> list[str]:
    """Where a translated code cell differs from its English cell beyond the words of comments and strings."""
    problems = []
    for (where, english), (_, translated) in zip(code_cells(source), code_cells(source, language), strict=True):
        if skeleton(english.source) != skeleton(translated.source):
            problems.append(f"{where}: the translation changes code (an f-string field?), not only words")
        if english.source.count("\n") != translated.source.count("\n"):
            problems.append(f"{where}: the translation moves lines")
    return problems


@pytest.mark.parametrize("source", NOTEBOOKS, ids=ids)
def test_vietnamese_notebook_shows_its_code_in_vietnamese(source):
    problems = untranslated(source, TRANSLATION, kept_words())
    assert not problems, (
        f"{ids(source)}: the Vietnamese notebook shows code with English a reader must read; add the Vietnamese "
        f"to {ids(notebooks.table_path(source, TRANSLATION))} (or the English text as its own translation, if "
        f"it must stay as it is; python -m tests.test_notebook_translations {ids(source)} lists them):\n"
        + "\n".join(problems)
    )


@pytest.mark.parametrize("source", NOTEBOOKS, ids=ids)
def test_notebook_translation_changes_words_only(source):
    assert not translation_differences(source, TRANSLATION)


@pytest.mark.parametrize("source", NOTEBOOKS, ids=ids)
def test_every_notebook_table_entry_translates_something(source):
    unused = unused_entries(source, TRANSLATION)
    assert not unused, f"{ids(notebooks.table_path(source, TRANSLATION))}: entries no comment or string has: {unused}"


NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?|nan|inf")  # not a sentence's full stop


def run_numbers(cell) -> Counter:
    """The numbers a cell's run printed or wrote (text, Markdown; not figures), less the numbers its
    strings hold: what the run computed, whatever the words around them."""
    shown = Counter()
    for output in cell.get("outputs", []):
        texts = [output.get("text", "")] + [output.get("data", {}).get(t, "") for t in ("text/plain", "text/markdown")]
        shown.update(NUMBER.findall("".join(texts)))
    written = Counter()
    for node in ast.walk(ast.parse(cell.source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            written.update(NUMBER.findall(node.value))
    return shown - written


@pytest.mark.parametrize("source", NOTEBOOKS, ids=ids)
def test_both_editions_print_and_quote_the_same_numbers(source, built_site):
    """The Vietnamese run is its own execution: every cell prints and quotes the numbers of the English
    run (on the machine that built the site), so the sentences of both editions agree."""
    runs = []
    for language in (notebooks.ENGLISH, TRANSLATION):
        folder = ROOT / ".cache" / "notebooks" / notebooks.cache_key(source, language)
        runs.append(nbformat.read(folder / notebooks.ipynb_name(source, language), as_version=4))
    english, vietnamese = runs
    assert len(english.cells) == len(vietnamese.cells)
    differ = [
        f"cell {n}: {sorted(run_numbers(en).items())} != {sorted(run_numbers(vi).items())}"
        for n, (en, vi) in enumerate(zip(english.cells, vietnamese.cells), start=1)
        if en.cell_type == "code" and run_numbers(en) != run_numbers(vi)
    ]
    assert not differ, f"{ids(source)}: the editions' runs show other numbers:\n" + "\n".join(differ)


# --- the checks can fail ------------------------------------------------------------------------------

NOTEBOOK = '''\
# %% [markdown]
# # Seeded

# %%
import torch

x = torch.zeros(3)  # the input, at zero
names = {"plain": 1}
print(f"mean of the output: {x.mean():.1f}", names["plain"])

# %% tags=["remove-input"]
Markdown(f"""The mean is {x.mean():.1f}.""")
'''
TRANSLATED_PROSE = '''\
# %% [markdown]
# # Gieo lỗi

# %% tags=["remove-input"]
Markdown(f"""Trung bình là {x.mean():.1f}.""")
'''


def test_the_checks_catch_english_changed_code_and_stale_entries(tmp_path):
    source = tmp_path / "seeded.py"
    source.write_text(NOTEBOOK, encoding="utf-8")
    (tmp_path / f"seeded.{TRANSLATION}.py").write_text(TRANSLATED_PROSE, encoding="utf-8")
    table = notebooks.table_path(source, TRANSLATION)
    kept = kept_words()
    found = untranslated(source, TRANSLATION, kept)
    assert [p.split(": ", 1)[1] for p in found] == [
        "comment 'the input, at zero' is English (the, input, at, zero)",
        "string 'mean of the output: {x.mean():.1f}' is English (mean, of, the, output)",
    ], found
    assert found[0].startswith("notebooks/seeded.py:7: "), found  # the English file's line of the comment
    table.write_text(
        '"the input, at zero" = "đầu vào, bằng 0"\n'
        '"mean of the output: {x.mean():.1f}" = "trung bình đầu ra: {x.mean():.1f}"\n'
        '"plain" = "thường"\n',
        encoding="utf-8",
    )
    assert untranslated(source, TRANSLATION, kept) == []
    assert translation_differences(source, TRANSLATION) == []
    assert unused_entries(source, TRANSLATION) == []
    ((_, shown_cell),) = code_cells(source, TRANSLATION)
    shown = shown_cell.source
    assert 'names = {"thường": 1}' in shown and 'names["thường"]' in shown, "a key is translated everywhere"
    # A translation that changes an f-string's field changes the code.
    table.write_text('"mean of the output: {x.mean():.1f}" = "trung bình đầu ra: {x.sum():.1f}"\n', encoding="utf-8")
    assert [p.split(": ", 1)[1] for p in translation_differences(source, TRANSLATION)] == [
        "the translation changes code (an f-string field?), not only words"
    ]
    # An entry that no comment or string has is reported.
    table.write_text('"the input, at one" = "đầu vào, bằng 1"\n', encoding="utf-8")
    assert unused_entries(source, TRANSLATION) == ["the input, at one"]


def test_the_number_check_sees_a_number_the_run_changed():
    cell = nbformat.v4.new_code_cell('print(f"mean {m:.2f} of 3 runs")')
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="mean 0.25 of 3 runs\n")]
    translated = nbformat.v4.new_code_cell('print(f"trung bình {m:.2f} của 3 lần chạy")')
    translated.outputs = [nbformat.v4.new_output("stream", name="stdout", text="trung bình 0.25 của 3 lần chạy\n")]
    assert run_numbers(cell) == run_numbers(translated) == Counter({"0.25": 1})
    translated.outputs[0].text = "trung bình 0.26 của 3 lần chạy\n"
    assert run_numbers(cell) != run_numbers(translated)


def test_a_vietnamese_cell_that_fails_names_the_english_line_and_the_table(tmp_path):
    """A key translated where it is a plain string but not inside an f-string: the Vietnamese run fails,
    naming the English file's line of the cell and the table (its lines are the English file's)."""
    from mkdocs.exceptions import PluginError

    (tmp_path / "notebooks").mkdir()
    source = tmp_path / "notebooks" / "keys.py"
    source.write_text(
        '# %% [markdown]\n# # Keys\n\n# %%\nscores = {"right": 1.0}\nprint(f"{scores[\'right\']}")\n',
        encoding="utf-8",
    )
    (tmp_path / "notebooks" / f"keys.{TRANSLATION}.py").write_text("# %% [markdown]\n# # Khóa\n", encoding="utf-8")
    notebooks.table_path(source, TRANSLATION).write_text('"right" = "đúng"\n', encoding="utf-8")
    with pytest.raises(PluginError) as failure:
        notebooks.executed(source, tmp_path / "cache", TRANSLATION)
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(failure.value))
    assert message.startswith(f"notebooks/keys.py:4 ({TRANSLATION}, translated by notebooks/keys.{TRANSLATION}.toml): ")
    assert "KeyError: 'right'" in message, message


# --- python -m tests.test_notebook_translations notebooks/<name>.py ... -------------------------------


def missing_entries(source: Path) -> list[str]:
    """TOML lines, `"English" = ""`, for each text of the notebook's code still in English: fill in the
    Vietnamese and add them to notebooks/<name>.vi.toml."""
    first: dict[str, str] = {}  # each text, where it is first written
    for at, _, text, _ in english_texts(source, TRANSLATION, kept_words()):
        first.setdefault(text, at)
    return [f'{json.dumps(text, ensure_ascii=False)} = ""  # {at}' for text, at in first.items()]


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        print("\n".join(missing_entries(ROOT / name)))


def test_a_translation_edit_executes_only_its_edition(tmp_path):
    """Each edition is cached under its own key: editing the Vietnamese prose or table re-executes the
    Vietnamese notebook only; editing the English notebook re-executes both."""
    english = NOTEBOOKS[0]
    for path in (english, notebooks.translations_of(english)[TRANSLATION], notebooks.table_path(english, TRANSLATION)):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    source = tmp_path / english.name

    def keys():
        return notebooks.cache_key(source), notebooks.cache_key(source, TRANSLATION)

    before = keys()
    for edited in (notebooks.table_path(source, TRANSLATION), notebooks.translations_of(source)[TRANSLATION]):
        edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        after = keys()
        assert after[0] == before[0] and after[1] != before[1], f"editing {edited.name}"
        before = after
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert all(a != b for a, b in zip(keys(), before)), "editing the English notebook"
