"""What the test files share: the project's folders, the grid of extreme inputs, and a strict build.

Fixtures live in conftest.py (`built_site`, the site built once per run; `update_outputs`); plain
names and helpers live here, so a test file imports them instead of deriving them again.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "notebooks"

# The inputs where an activation's formula and torch most often part ways: ±inf, ±1e4 (overflow in
# exp), ±1, ±1e-3, signed zeros and nan. Each formula test puts them in front of its ordinary grid.
EXTREMES = [-math.inf, -1e4, -1.0, -1e-3, -0.0, 0.0, 1e-3, 1.0, 1e4, math.inf, math.nan]


def mkdocs_build(
    site_dir: Path, *python_flags: str, project: Path = ROOT, strict: bool = True, **env: str
) -> subprocess.CompletedProcess:
    """`mkdocs build` of project (the site itself unless a fixture tree is given) into site_dir, in a
    new process; python_flags go to its interpreter (e.g. "-X", "importtime"), env adds variables."""
    command = [sys.executable, *python_flags, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    return subprocess.run(
        command + (["--strict"] if strict else []),
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
    )
