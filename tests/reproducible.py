"""Made again, the same bytes: what a build computes (figures, build-time tables, the explorer's data) is
computed a second time in a new process and compared with the build's cache entries.

The second run is a new Python, so torch and NumPy start from other random seeds and other memory; it goes
through the snippets in the reverse page order, so each runs after other snippets than in the build. A
figure that plots unseeded random numbers, or a result whose last digits depend on where its inputs lie in
memory (MKL's float32 least squares did: snippets/intro/abs_fit.py), gives other bytes and is named.

Used by tests/test_build.py (the site) and tests/test_failures.py (a fixture tree with a figure that is
not reproducible). Executed notebooks are checked by tests/test_notebooks.py, whose native run of each is
compared with the build's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.shared import ROOT

HOOKS = ROOT / "hooks"
KINDS = ("figures", "build-output", "explorer")  # the folders of .cache/ this compares

# Run in a new process, in the project folder (as a build runs its snippets). One job per line of output.
REMAKE = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import build_output, editions, explorer_data, figures
out = Path(sys.argv[3])
for kind, path, shown_as, edition in json.loads(sys.argv[2]):
    if kind == "figures":
        folder = figures.cached_figures(Path.cwd(), path, edition, out / kind)
    elif kind == "build-output":  # the hook returns the text, not its folder: the one new folder
        before = set((out / kind).glob("*"))
        source = None if edition == editions.ORIGINAL else figures.source_of(path, edition, Path.cwd())
        build_output.printed_output(Path(path), shown_as, out / kind, source)
        (folder,) = set((out / kind).glob("*")) - before
    else:
        folder = explorer_data.cached_data(out / kind)
    print(json.dumps([kind, shown_as, folder.name]), flush=True)
"""


def jobs(project: Path) -> list[tuple[str, str, str, str]]:
    """(kind, snippet path, name shown, edition) of everything the pages of project ask the build to compute,
    once each, in the reverse of page order: a Vietnamese page's translated figures and tables too."""
    import build_output
    import explorer_data
    import figures
    import markers
    from editions import ORIGINAL

    found: dict[tuple[str, str, str], None] = {}  # (kind, snippet, edition drawn or printed)
    for page in sorted((project / "docs").rglob("*.md")):
        text, uri = page.read_text(encoding="utf-8"), page.relative_to(project / "docs").as_posix()
        found.update(
            dict.fromkeys(
                ("figures", ref.snippet, figures.edition(ref.snippet, uri, project))
                for ref in figures.find_figure_refs(text)
            )
        )
        found.update(
            dict.fromkeys(
                ("build-output", snippet, figures.edition(snippet, uri, project))
                for snippet in build_output.snippets_in(text)
            )
        )
        if markers.EXPLORER in text:
            found[("explorer", str(explorer_data.GENERATOR.relative_to(ROOT)), ORIGINAL)] = None
    return [
        (kind, name, name if edition == ORIGINAL else f"{name} ({edition})", edition)
        for kind, name, edition in reversed(found)
    ]


def remake(project: Path, out: Path, todo: list[tuple[str, str, str]] | None = None) -> list[tuple[str, str, str]]:
    """Compute again, in a new process, what the pages of project ask for (or the jobs todo, some of them),
    into out/<kind>/<key>/. Returns (kind, name shown, key) for each."""
    todo = jobs(project) if todo is None else todo
    run = subprocess.run(
        [sys.executable, "-c", REMAKE, str(HOOKS), json.dumps(todo), str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    assert run.returncode == 0, f"computing the build's results again failed:\n{run.stderr}"
    return [tuple(json.loads(line)) for line in run.stdout.splitlines() if line.startswith("[")]


def differences(cache: Path, out: Path, made: list[tuple[str, str, str]]) -> list[str]:
    """What differs between the build's cache entries (cache/<kind>/<key>/) and the ones made again."""
    found = []
    for kind, shown_as, key in made:
        built, again = cache / kind / key, out / kind / key
        if not built.is_dir():
            found.append(f"{shown_as}: the build has no cache entry {kind}/{key} (built with other inputs?)")
            continue
        names = sorted({p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()})
        names_again = sorted({p.relative_to(again).as_posix() for p in again.rglob("*") if p.is_file()})
        if names != names_again:
            found.append(f"{shown_as}: made {names_again} again, the build made {names}")
            continue
        changed = [name for name in names if (built / name).read_bytes() != (again / name).read_bytes()]
        if changed:
            found.append(f"{shown_as}: {', '.join(changed)} not the same bytes when made again")
    return found
