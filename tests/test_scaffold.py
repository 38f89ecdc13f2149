"""`make new-activation` (site_tools/new_activation.py) in a copy of the project: what it writes runs, the
build and the coverage tests then fail on its TODO markers and nothing else, each failure naming a TODO,
and they pass once a person (here the test, with known-good text) has written what the TODOs ask.

The copy takes the project's docs/, snippets/, hooks/, site_tools/, tests/, overrides/, notebooks/,
mkdocs.yml and activations.toml, and a copy of .cache/ (so only what the new activation changes is computed:
its figure, its pages, the cheat sheet, the kinks table and the explorer, which read the registry).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.shared import DOCS, ROOT
from tests.snippet_outputs import output_mismatches, run_snippet

SLUG = "tanhshrink-scaffolded"
CLASS = "torch.nn.Tanhshrink"
COPIED = [
    "docs",
    "snippets",
    "hooks",
    "site_tools",
    "tests",
    "overrides",
    "notebooks",
    "mkdocs.yml",
    "activations.toml",
]
# The coverage tests: every torch.nn class has a page, figure, nav entry and cheat-sheet row, and no
# registry entry holds a TODO; the new page's claims and At a glance answers; the kinks table covers it;
# every hand-written snippet is compared with torch (its from_scratch.py too).
COVERAGE = [
    "tests/test_coverage.py",
    "tests/test_formulas.py",
    "tests/test_kinks.py::test_table_is_on_the_page_and_covers_every_activation_class",
    "tests/test_from_scratch.py",
]
COVERAGE_SELECTED = f"{SLUG} or coverage or todo or Tanhshrink or listed"

# What a person writes where the page's TODO(<what>) markers are (Tanhshrink's facts).
PAGE_TEXT = {
    "description": "Tanhshrink in PyTorch, written from the scaffold.",
    "summary": r"Tanhshrink subtracts $\tanh(x)$ from its input.",
    "formula": r"$\operatorname{Tanhshrink}(x) = x - \tanh(x)$",
    "derivative": r"$\operatorname{Tanhshrink}'(x) = \tanh^2(x)$",
    "range": r"$(-\infty, \infty)$",
    "at_zero": r"$\operatorname{Tanhshrink}(0) = 0$, slope 0",
    "monotonic": "yes",
    "zero_centred": "yes: an odd function",
    "smoothness": r"$C^\infty$",
    "saturates": "no: the slope tends to 1 at both ends",
    "dead_zone": "no",
    "definition": (
        "$$\n\\operatorname{Tanhshrink}(x) = x - \\tanh(x)\n$$\n\n"
        "$$\n\\operatorname{Tanhshrink}'(x) = 1 - \\bigl(1 - \\tanh^2(x)\\bigr) = \\tanh^2(x)\n$$"
    ),
    "alt": "Tanhshrink and its derivative from autograd on x from -4 to 4",
    "implement": "In two torch operations:",
    "gradients": "The slope is 0 at 0 and tends to 1 on both sides.",
    "pitfalls": "In float32, x - tanh(x) cancels near 0.",
    "when": "Rarely in hidden layers; see the",
    "references": "PyTorch's documentation of nn.Tanhshrink.",
}
TODO = re.compile(r"TODO\((\w+)\)(?:[^\n|\[\]]*[^\s|\[\]])?")  # to the end of its text: line, cell or link


def run(root: Path, *command: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MPLBACKEND": "Agg", "CI": ""}
    return subprocess.run([sys.executable, *command], cwd=root, capture_output=True, text=True, env=env)


def scaffold(root: Path, *arguments: str) -> subprocess.CompletedProcess:
    return run(root, "-m", "site_tools.new_activation", *arguments, "--root", str(root))


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    ignore = shutil.ignore_patterns("__pycache__", ".pytest_cache")
    for name in COPIED:
        source = ROOT / name
        (shutil.copytree(source, root / name, ignore=ignore) if source.is_dir() else shutil.copy2(source, root / name))
    if (ROOT / ".cache").is_dir():  # a copy: the real cache is never written by this test
        shutil.copytree(ROOT / ".cache", root / ".cache", ignore=shutil.ignore_patterns("test-results", ".partial-*"))
    return root


def build(root: Path) -> subprocess.CompletedProcess:
    return run(root, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site"))


def failures(root: Path) -> dict[str, str]:
    """test id -> failure message of the coverage tests run in the tree (a pytest of its own)."""
    report = root / "report.xml"
    result = run(root, "-m", "pytest", "-n", "0", "-q", "-p", "no:cacheprovider", "--rerun-passed",
                 f"--junitxml={report}", "-k", COVERAGE_SELECTED, *COVERAGE)  # fmt: skip
    assert report.is_file(), f"the coverage tests did not run:\n{result.stdout}\n{result.stderr}"
    found = {}
    for case in ET.parse(report).iter("testcase"):
        for problem in [*case.iter("failure"), *case.iter("error")]:
            found[f"{case.get('classname')}::{case.get('name')}"] = f"{problem.get('message')}\n{problem.text}"
    assert "passed" in result.stdout or found, result.stdout
    return found


def test_it_refuses_a_taken_slug_and_an_unknown_class(tree):
    taken = scaffold(tree, "relu", "torch.nn.ReLU")
    assert taken.returncode == 2 and "NAME=relu: the slug is taken" in taken.stderr, taken.stderr
    unknown = scaffold(tree, "no-such-thing", "torch.nn.NoSuchThing")
    assert unknown.returncode == 2 and "CLASS=torch.nn.NoSuchThing: no torch.nn class" in unknown.stderr
    assert not (tree / "snippets" / "no-such-thing").exists()


def scaffold_inputs() -> list[Path]:
    """What this test's outcome depends on: the scaffold and the build (site_tools/, hooks/, overrides/,
    mkdocs.yml, the registry), the coverage tests it runs, and the pages and tables a new activation
    changes. Another page's prose changes neither what the scaffold writes nor how the build treats the
    new page (the project's own build test checks that page), so editing it keeps this slow test's pass."""
    folders = [ROOT / name for name in ("site_tools", "hooks", "overrides")]
    files = [p for folder in folders for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += sorted((ROOT / "tests").glob("*.py"))
    files += [ROOT / name for name in ("mkdocs.yml", "activations.toml")]
    files += [ROOT / "snippets" / name / "table.py" for name in ("cheat-sheet", "kinks")]
    files += [DOCS / f"{page}{suffix}" for page in ("cheat-sheet", "kinks", "explorer") for suffix in (".md", ".vi.md")]
    return [p.relative_to(ROOT) for p in files]


def test_scaffold_fails_only_on_its_todos_until_they_are_written(tree, result_cache):
    result_cache.skip_if_passed_with(ROOT)
    result_cache.keep_if_passed(ROOT, scaffold_inputs())
    written = scaffold(tree, SLUG, CLASS)
    assert written.returncode == 0, written.stderr
    folder = tree / "snippets" / SLUG
    assert sorted(p.name for p in folder.iterdir()) == ["from_scratch.py", "functional.py", "module.py", "plot.py"]

    # Its snippets run alone and print what they show.
    for snippet in sorted(folder.iterdir()):
        outcome = run_snippet(snippet)
        assert outcome.returncode == 0, f"{snippet.name}:\n{outcome.stderr}"
        assert not output_mismatches(snippet, outcome), output_mismatches(snippet, outcome)

    # The build fails on the TODOs, listing each, and on nothing else.
    first = build(tree)
    assert first.returncode != 0, "the build passed with TODO markers on the page"
    log = first.stdout + first.stderr
    assert "the site still holds TODO markers" in log, log[-3000:]
    listed = re.findall(r"^(\S+:\d+): (TODO\(\w+\).*)$", log, re.M)
    assert {f"docs/activations/{SLUG}.md", "docs/cheat-sheet.md", f"snippets/{SLUG}/from_scratch.py"} <= {
        where.rsplit(":", 1)[0] for where, _ in listed
    }, listed
    other = [line for line in log.splitlines() if re.match(r"(WARNING|ERROR)\b", line) and "TODO" not in line]
    assert not other, f"the build failed on more than TODOs: {other}"

    # The coverage tests fail, and every failure names a TODO.
    failed = failures(tree)
    assert failed, "the coverage tests passed with TODOs in the registry and on the page"
    assert {name: message[:300] for name, message in failed.items() if "TODO(" not in message} == {}

    write_what_the_todos_ask(tree)
    second = build(tree)
    assert second.returncode == 0, (second.stdout + second.stderr)[-3000:]
    assert failures(tree) == {}


def write_what_the_todos_ask(root: Path) -> None:
    """Replace each TODO as a person would: the page's with PAGE_TEXT, the registry entry's with
    Tanhshrink's tables, the from-scratch function with its two torch operations."""
    for page in (root / "docs" / "activations").glob(f"{SLUG}*.md"):
        page.write_text(TODO.sub(lambda m: PAGE_TEXT[m[1]], page.read_text(encoding="utf-8")), encoding="utf-8")
    scratch = root / "snippets" / SLUG / "from_scratch.py"
    code = re.sub(
        r"    # TODO\(from_scratch\).*\n    return .*\n", "    return x - torch.tanh(x)\n", scratch.read_text()
    )
    scratch.write_text(code, encoding="utf-8")

    registry = root / "activations.toml"
    text = registry.read_text(encoding="utf-8")
    known = tomllib.loads(text)
    (tanhshrink,) = [e for e in known["activation"] if e["slug"] == "tanhshrink"]
    start = text.index(f"slug = '{SLUG}'")
    block = text[start : text.index("\n# ===", start)]
    filled = block
    for table in ("cheat_sheet", "claims"):
        for key, value in tanhshrink[table].items():
            todo = re.compile(rf"(?m)^{key} = .*TODO\(.*$")
            filled = todo.sub(lambda m, k=key, v=value: f"{k} = {toml_value(v)}", filled, count=1)
    registry.write_text(text.replace(block, filled), encoding="utf-8")


def toml_value(value) -> str:
    if isinstance(value, str):
        return "'''" + value + "'''"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return repr(value)  # a number: inf and -inf are TOML too


def test_filling_replaces_every_todo():
    """The test's own filling leaves no TODO id unknown (a scaffold that writes a new TODO id fails here first)."""
    from site_tools.new_activation import PAGE, PAGE_VI

    ids = set(TODO.findall(PAGE)) | set(TODO.findall(PAGE_VI))
    assert ids <= set(PAGE_TEXT), f"TODO ids with no text in PAGE_TEXT: {ids - set(PAGE_TEXT)}"
