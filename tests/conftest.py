import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `tests.<module>` imports
sys.path.insert(0, str(ROOT / "hooks"))  # the build hooks, importable as MkDocs loads them (`import figures`)

os.environ.setdefault("MPLBACKEND", "Agg")  # figure code on the pages runs headless
os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output lines of every snippet from a real run (make update-outputs)",
    )


@pytest.fixture
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")


def mkdocs_build(site_dir: Path, *python_flags: str):
    """`mkdocs build --strict` of the project into site_dir, in a new process."""
    import subprocess

    return subprocess.run(
        [sys.executable, *python_flags, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, worker_id) -> Path:
    """The project's site, built once per test run and shared by the xdist workers (a file lock makes
    the first worker build it while the others wait)."""
    import fcntl

    root = tmp_path_factory.getbasetemp()
    if worker_id != "master":  # each worker has its own basetemp; their parent is shared
        root = root.parent
    site_dir, done = root / "site", root / "site.built"
    with open(root / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            build = mkdocs_build(site_dir)
            assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stderr}"
            done.touch()
    return site_dir
