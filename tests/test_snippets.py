"""Every snippet runs alone in a fresh interpreter and prints exactly what its `#>` lines show, on every
CPU path a reader's machine may take (tests/cpu_paths.py)."""

import ast
from pathlib import Path

import pytest

from build_output import snippets_in
from tests.cpu_paths import CPU_PATHS, NATIVE, describe
from tests.snippet_outputs import Run, output_mismatches, run_snippet, with_outputs

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))
# Snippets whose printed output the build puts on a page (<!-- build-output: ... -->): what they print
# is computed at build time, so it is not repeated in #> lines; they must still run alone and print.
BUILD_OUTPUT = {ROOT / s for page in (ROOT / "docs").rglob("*.md") for s in snippets_in(page.read_text(encoding="utf-8"))}


def test_there_are_snippets():
    assert SNIPPETS, "no snippets found under snippets/"


def test_snippets_import_pyplot_by_name():
    """The runner preloads matplotlib.pyplot, so `import matplotlib` and then `matplotlib.pyplot.plot(...)`
    would pass here and fail in a reader's fresh Python: snippets import `matplotlib.pyplot as plt`."""
    bare = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in SNIPPETS
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import) and any(alias.name == "matplotlib" for alias in node.names)
    ]
    assert not bare, f"write `import matplotlib.pyplot as plt` instead of a bare `import matplotlib`: {bare}"


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: str(p.relative_to(ROOT)))
def test_snippet_runs_alone_and_prints_what_it_shows_on_every_cpu_path(path, update_outputs):
    run = run_snippet(path)
    assert run.returncode == 0, f"{path.relative_to(ROOT)} fails when run alone:\n{run.stderr}"
    assert not run.stderr, f"{path.relative_to(ROOT)} writes to stderr (a warning?):\n{run.stderr}"
    if path in BUILD_OUTPUT:
        assert run.stdout.strip(), f"{path.relative_to(ROOT)} is a build-output snippet but prints nothing"
    else:
        if update_outputs:
            path.write_text(with_outputs(path, run), encoding="utf-8")
            run = run_snippet(path)  # line numbers moved: check the rewritten file with a fresh run
        problems = output_mismatches(path, run)
        assert not problems, "\n".join(problems) + "\n(run `make update-outputs` if the new output is right)"
    # What a snippet prints must not depend on the reader's CPU (the sign of a zero, a gradient at NaN or
    # the last digits of a sum can): such a snippet prints something stable, and its page says why.
    for name, env in CPU_PATHS.items():
        if name != NATIVE:
            other = run_snippet(path, env)
            assert _seen(other) == _seen(run), (
                f"{path.relative_to(ROOT)} prints differently depending on the CPU path:\n"
                f"--- {describe(NATIVE)}\n{_seen(run)}\n--- {describe(name)}\n{_seen(other)}"
            )


def _seen(run: Run) -> str:
    return f"exit code {run.returncode}\nstdout:\n{run.stdout}stderr:\n{run.stderr}"
