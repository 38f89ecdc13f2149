import os
import sys
from pathlib import Path

import pytest

from tests.result_cache import add_option as add_result_cache_option
from tests.result_cache import pytest_runtest_makereport, result_cache  # noqa: F401 (a hook and a fixture)
from tests.shared import ROOT, mkdocs_build

sys.path.insert(0, str(ROOT))  # `tests.<module>` imports

os.environ.setdefault("MPLBACKEND", "Agg")  # figure code on the pages runs headless
os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output lines of every snippet from a real run (make update-outputs)",
    )
    add_result_cache_option(parser)


# --- make update-outputs ---------------------------------------------------------------------------
# A test never rewrites a snippet while the session runs: it hands the new text to `output_rewrites`,
# and each test process writes what it collected when its session ends (under xdist every worker writes
# its own snippets, each snippet being tested by one worker). The summary lists the files changed.

REWRITES = pytest.StashKey[dict[Path, str]]()  # path -> new text, collected during the session
REWRITTEN = pytest.StashKey[list[str]]()  # files really changed at the end, relative to ROOT


SNIPPET_SECONDS = pytest.StashKey[dict[str, float]]()  # snippet -> seconds, from every worker
SLOWEST_SHOWN = 10


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "no_site_index: a browser test that neither searches nor navigates; its kept result (tests/result_cache.py) "
        "leaves out the search index and sitemaps every page fetches",
    )
    config.addinivalue_line(
        "markers",
        "no_figure_bytes: a browser test that checks no figure image's content; its kept result leaves out the "
        "figures' bytes (tests/test_browser.py's test_every_figure_on_a_page_loads loads them all)",
    )
    config.stash[REWRITES] = {}
    config.stash[REWRITTEN] = []
    config.stash[SNIPPET_SECONDS] = {}


@pytest.fixture
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")


@pytest.fixture
def output_rewrites(request) -> dict[Path, str]:
    """Where a test in update mode puts a snippet's new text; written at the end of the session."""
    return request.config.stash[REWRITES]


def pytest_sessionfinish(session):
    config = session.config
    for path, text in sorted(config.stash[REWRITES].items()):
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            config.stash[REWRITTEN].append(str(path.relative_to(ROOT)))
    config.stash[REWRITES].clear()
    from tests.snippet_outputs import SECONDS

    config.stash[SNIPPET_SECONDS].update(SECONDS)
    if hasattr(config, "workeroutput"):  # an xdist worker: its controller prints the summaries
        config.workeroutput["rewritten_snippets"] = config.stash[REWRITTEN]
        config.workeroutput["snippet_seconds"] = dict(SECONDS)


@pytest.hookimpl(optionalhook=True)  # an xdist hook, run by the controller as each worker ends
def pytest_testnodedown(node, error):
    node.config.stash[REWRITTEN].extend(getattr(node, "workeroutput", {}).get("rewritten_snippets", []))
    for path, seconds in getattr(node, "workeroutput", {}).get("snippet_seconds", {}).items():
        node.config.stash[SNIPPET_SECONDS][path] = node.config.stash[SNIPPET_SECONDS].get(path, 0.0) + seconds


def pytest_terminal_summary(terminalreporter, config):
    seconds = config.stash[SNIPPET_SECONDS]
    if seconds:  # what each snippet costs, as sphinx-gallery shows per example (all CPU paths summed)
        terminalreporter.section("slowest snippets")
        from tests.snippet_outputs import STARTUPS

        runs = {path: spent for path, spent in seconds.items() if path != STARTUPS}
        terminalreporter.write_line(f"{len(runs)} snippets ran for {sum(runs.values()):.1f} s in all")
        if STARTUPS in seconds:
            terminalreporter.write_line(f"  {seconds[STARTUPS]:6.2f} s  {STARTUPS}")
        seconds = runs
        for path, spent in sorted(seconds.items(), key=lambda item: -item[1])[:SLOWEST_SHOWN]:
            shown = Path(path).relative_to(ROOT) if Path(path).is_relative_to(ROOT) else path  # or a fixture's
            terminalreporter.write_line(f"  {spent:6.2f} s  {shown}")
    if not config.getoption("--update-outputs"):
        return
    rewritten = sorted(config.stash[REWRITTEN])
    terminalreporter.section("update-outputs")
    if rewritten:
        terminalreporter.write_line(f"rewrote the #> lines of {len(rewritten)} snippet(s); review the diff:")
        for path in rewritten:
            terminalreporter.write_line(f"  {path}")
    else:
        terminalreporter.write_line("no snippet changed")


# --- the site, built once ----------------------------------------------------------------------------


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
