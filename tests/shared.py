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

# The two editions (English at /, Vietnamese at /vi/ from docs/<page>.vi.md) are hooks/editions.py's.
from editions import TRANSLATION, is_translation, translation_of  # noqa: F401 (the tests import them from here)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "notebooks"


def english_pages() -> list[Path]:
    """docs/**/*.md in English (each has a .vi.md next to it: tests/test_translations.py)."""
    return sorted(p for p in DOCS.rglob("*.md") if not is_translation(p))


def english_notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOKS.glob("*.py") if not is_translation(p))


def page_address(source: Path) -> str:
    """Where the site serves a source: docs/activations/relu.md -> activations/relu/,
    docs/activations/relu.vi.md -> vi/activations/relu/, notebooks/dying_relu.vi.py -> vi/notebooks/dying_relu/."""
    prefix = f"{TRANSLATION}/" if is_translation(source) else ""
    stem = source.name.split(".")[0]
    if source.suffix == ".py":
        parts: tuple[str, ...] = ("notebooks", stem)
    else:
        parts = (*source.relative_to(DOCS).parent.parts, stem)
        parts = parts[:-1] if parts[-1] == "index" else parts
    return prefix + ("/".join(parts) + "/" if parts else "")


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
