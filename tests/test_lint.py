"""What readers copy is linted: snippets, notebooks, hooks, site_tools and tests pass `ruff check`, and hooks,
site_tools and
tests are formatted by `ruff format` (configured in pyproject.toml; `make format` fixes what it can).
Snippets are linted but not formatted: ruff would rewrite each `#> output` line to `# > output`."""

import subprocess
import sys

from tests.shared import ROOT

LINTED = ["snippets", "notebooks", "hooks", "site_tools", "tests"]
FORMATTED = ["hooks", "site_tools", "tests"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check_passes():
    result = ruff("check", "--output-format", "concise", *LINTED)
    assert result.returncode == 0, (
        f"ruff check found problems (`make format` fixes some):\n{result.stdout}{result.stderr}"
    )


def test_hooks_and_tests_are_formatted():
    result = ruff("format", "--check", *FORMATTED)
    assert result.returncode == 0, f"run `make format`:\n{result.stdout}{result.stderr}"
