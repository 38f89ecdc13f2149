"""Every snippet runs alone in a fresh interpreter and prints exactly what its `#>` lines show, on every
CPU path a reader's machine may take (hooks/cpu_paths.py)."""

import ast
import json
import tempfile
from pathlib import Path

import pytest

import snippet_translation
from build_output import snippets_in
from cpu_paths import CPU_PATHS, NATIVE, describe
from tests.shared import DOCS, ROOT, SNIPPETS, TRANSLATION
from tests.snippet_outputs import Run, output_mismatches, printed_outputs, run_snippet, with_outputs

SNIPPET_FILES = sorted(SNIPPETS.rglob("*.py"))
# The Vietnamese pages show (and their figures and tables run) a snippet with its folder's vi.toml applied
# (hooks/snippet_translation.py): each translated one runs here like the English ones.
TRANSLATED = [path for path in SNIPPET_FILES if snippet_translation.is_translated(path, TRANSLATION)]
# Snippets whose printed output the build puts on a page (<!-- build-output: ... -->): what they print
# is computed at build time, so it is not repeated in #> lines; they must still run alone and print.
BUILD_OUTPUT = {ROOT / s for page in DOCS.rglob("*.md") for s in snippets_in(page.read_text(encoding="utf-8"))}


def test_there_are_snippets():
    assert SNIPPET_FILES, "no snippets found under snippets/"


def test_snippets_import_pyplot_by_name():
    """The runner preloads matplotlib.pyplot, so `import matplotlib` and then `matplotlib.pyplot.plot(...)`
    would pass here and fail in a reader's fresh Python: snippets import `matplotlib.pyplot as plt`."""
    bare = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in SNIPPET_FILES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import) and any(alias.name == "matplotlib" for alias in node.names)
    ]
    assert not bare, f"write `import matplotlib.pyplot as plt` instead of a bare `import matplotlib`: {bare}"


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_snippet_runs_alone_and_prints_what_it_shows_on_every_cpu_path(
    path, update_outputs, output_rewrites, result_cache
):
    # A snippet runs alone: what it prints depends on its own text and on what every kept result's key
    # holds (the Python, its packages, the CPU, the code this file imports: the runner, the CPU paths).
    # Whether a page prints it at build time decides what is checked.
    build_output = str(path in BUILD_OUTPUT)
    result_cache.skip_if_passed_with(ROOT, build_output=build_output)
    result_cache.keep_if_passed(ROOT, [path.relative_to(ROOT), *registry_read_by(path)], build_output=build_output)
    run = run_snippet(path)
    assert run.returncode == 0, f"{path.relative_to(ROOT)} fails when run alone:\n{run.stderr}"
    assert not run.stderr, f"{path.relative_to(ROOT)} writes to stderr (a warning?):\n{run.stderr}"
    if path in BUILD_OUTPUT:
        assert run.stdout.strip(), f"{path.relative_to(ROOT)} is a build-output snippet but prints nothing"
    elif update_outputs:
        # make update-outputs: check the rewritten text and hand it to conftest.py, which writes it when
        # the session ends; the snippet itself is not touched while the tests run.
        rewritten = with_outputs(path, run)
        problems = rewritten_mismatches(path, rewritten, run)
        assert not problems, (
            "\n".join(problems) + "\n(the rewritten #> lines do not match a fresh run: file left unchanged)"
        )
        if rewritten != path.read_text(encoding="utf-8"):
            output_rewrites[path] = rewritten
    else:
        problems = output_mismatches(path, run)
        assert not problems, "\n".join(problems) + "\n(run `make update-outputs` if the new output is right)"
    assert_same_on_every_cpu_path(path, str(path.relative_to(ROOT)), run)


def assert_same_on_every_cpu_path(path: Path, shown: str, run: Run) -> None:
    """What a snippet prints must not depend on the reader's CPU (the sign of a zero, a gradient at NaN or
    the last digits of a sum can): such a snippet prints something stable, and its page says why."""
    for name, env in CPU_PATHS.items():
        if name != NATIVE:
            other = run_snippet(path, env)
            assert _seen(other) == _seen(run), (
                f"{shown} prints differently depending on the CPU path:\n"
                f"--- {describe(NATIVE)}\n{_seen(run)}\n--- {describe(name)}\n{_seen(other)}"
            )


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: f"{p.relative_to(ROOT)}[{TRANSLATION}]")
def test_translated_snippet_runs_alone_and_prints_what_it_shows_on_every_cpu_path(path, result_cache):
    english = path.relative_to(ROOT)
    table = snippet_translation.table_path(path, TRANSLATION).relative_to(ROOT)
    build_output = str(path in BUILD_OUTPUT)
    result_cache.skip_if_passed_with(ROOT, build_output=build_output, language=TRANSLATION)
    inputs = [english, table, *registry_read_by(path)]
    result_cache.keep_if_passed(ROOT, inputs, build_output=build_output, language=TRANSLATION)
    # The copy the Vietnamese page includes (hooks/translated_includes.py), run as a reader would run it.
    copy = ROOT / snippet_translation.write_translated(ROOT, english.as_posix(), TRANSLATION)
    shown = f"{english} as translated by {table}"
    run = run_snippet(copy)
    assert run.returncode == 0, f"{shown} fails when run alone:\n{run.stderr}"
    assert not run.stderr, f"{shown} writes to stderr (a warning?):\n{run.stderr}"
    if path in BUILD_OUTPUT:
        assert run.stdout.strip(), f"{shown} is a build-output snippet but prints nothing"
    else:
        problems = [p.replace(str(copy), str(english)) for p in output_mismatches(copy, run)]
        # What the English #> lines become: the entries to write in the table (make update-outputs cannot
        # write them: a Vietnamese output line lives in the table, not in a file of its own).
        wanted = output_entries(path, with_outputs(copy, run))
        assert not problems, (
            "\n".join(problems) + f"\n{shown}: the Vietnamese #> lines come from {table}; entries that would "
            "make them match this run:\n" + "\n".join(wanted)
        )
    assert_same_on_every_cpu_path(copy, shown, run)


def output_entries(english: Path, rewritten: str) -> list[str]:
    """TOML lines "<English #> line>" = "<translated run's line>" for the #> lines that differ."""
    before = [
        line.lstrip() for line in english.read_text(encoding="utf-8").splitlines() if line.lstrip().startswith("#>")
    ]
    after = [line.lstrip() for line in rewritten.splitlines() if line.lstrip().startswith("#>")]
    if len(before) != len(after):
        return [f"(the translated run prints {len(after)} output lines, the English file shows {len(before)})"]
    return [f"{toml_string(b)} = {toml_string(a)}" for b, a in zip(before, after, strict=True) if b != a]


def toml_string(output_line: str) -> str:
    """The table key of an output line: its text after "#> " (hooks/snippet_translation.py), as a TOML string."""
    text = output_line.removeprefix("#>").removeprefix(" ").rstrip()
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML one


def registry_read_by(path: Path) -> list[str]:
    """The build-output tables (cheat sheet, kinks) read their rows from activations.toml: an input of their run."""
    return ["activations.toml"] if "activations.toml" in path.read_text(encoding="utf-8") else []


def rewritten_mismatches(path: Path, rewritten: str, run: Run) -> list[str]:
    """Where the rewritten text would still differ from what it prints, without writing the snippet.
    Unchanged, it is checked against run; changed, its #> lines moved the line numbers, so a copy of it
    runs afresh, under the snippet's name in a temporary folder."""
    if rewritten == path.read_text(encoding="utf-8"):
        return output_mismatches(path, run)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_text(rewritten, encoding="utf-8")
        problems = output_mismatches(copy, run_snippet(copy))
    return [problem.replace(str(copy), str(path)) for problem in problems]


def _seen(run: Run) -> str:
    return f"exit code {run.returncode}\nstdout:\n{run.stdout}stderr:\n{run.stderr}"


def test_a_loops_output_is_grouped_by_print_as_the_introduction_says():
    """docs/index.md: the lines of a print inside a loop are shown together under it, grouped by print,
    not interleaved as on the screen."""
    source = "for i in range(2):\n    print('a', i)\n    print('b', i)\n"
    run = Run(0, "a 0\nb 0\na 1\nb 1\n", "", [(2, "a 0\n"), (3, "b 0\n"), (2, "a 1\n"), (3, "b 1\n")])
    assert printed_outputs(source, run) == {2: ["a 0", "a 1"], 3: ["b 0", "b 1"]}
    assert "their lines are grouped by print, not interleaved" in (ROOT / "docs" / "index.md").read_text(
        encoding="utf-8"
    )
