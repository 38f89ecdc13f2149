"""A kept result (tests/result_cache.py) skips a test only while every input it read is unchanged; a failure,
a changed file, value or environment, CI=true, --rerun-passed and --update-outputs all run it again. The
records go to a temporary folder; one pytest session of its own checks the wiring to pytest's reports."""

from __future__ import annotations

import pytest

from tests import result_cache

pytest_plugins = ["pytester"]


class StubConfig:
    def __init__(self, options: dict[str, bool]):
        self.options = options

    def getoption(self, name: str, default: bool = False) -> bool:  # "--rerun-passed" -> rerun_passed
        return self.options.get(name.lstrip("-").replace("-", "_"), default)


class StubItem:
    """What ResultCache reads of a test item: its id, the run's options, and the stash the report hook fills."""

    def __init__(self, nodeid: str = "tests/test_x.py::test_x", **options: bool):
        self.nodeid = nodeid
        self.stash: dict = {}
        self.config = StubConfig(options)


def run_test(root, value: str = "one", passes: bool = True, **options: bool) -> str:
    """One run of a test that reads data.txt under root: "skipped", "passed" or "failed"."""
    cache = result_cache.ResultCache(StubItem(**options))
    try:
        cache.skip_if_passed_with(root, value=value)
    except pytest.skip.Exception:
        return "skipped"
    cache.keep_if_passed(root, ["data.txt"], value=value)
    cache.item.stash[result_cache.CALL_PASSED] = passes
    cache.finish()
    return "passed" if passes else "failed"


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setattr(result_cache, "RECORDS", tmp_path / "records")
    monkeypatch.delenv("CI", raising=False)
    (tmp_path / "data.txt").write_text("good")
    return tmp_path


def test_a_pass_is_kept_until_a_file_it_read_changes(root):
    assert run_test(root) == "passed"
    assert run_test(root) == "skipped"
    (root / "data.txt").write_text("good")  # the same bytes written again
    assert run_test(root) == "skipped"
    (root / "data.txt").write_text("changed")
    assert run_test(root) == "passed"
    (root / "data.txt").unlink()
    assert run_test(root) == "passed", "a file gone is a changed input"


def test_a_built_page_whose_version_stamp_alone_changed_keeps_the_pass(tmp_path):
    def fresh_digest(path):  # past the per-process cache, which is keyed on mtime and size
        return result_cache._digest_of_version.__wrapped__(path, 0, 0)

    page = tmp_path / "index.html"
    footer = '<p>ReLU</p><div class="md-copyright__stamp">\n  built on {}, commit <code>{}</code>\n</div>'
    page.write_text(footer.format("2026-12-07", "27725df"))
    first = fresh_digest(page)
    page.write_text(footer.format("2026-12-08", "560006d"))  # another day, another commit
    assert fresh_digest(page) == first
    page.write_text(footer.format("2026-12-08", "560006d").replace("ReLU", "GELU"))
    assert fresh_digest(page) != first, "a change outside the stamp is a changed input"
    text = tmp_path / "notes.txt"  # only built pages leave the stamp out
    text.write_text(footer.format("2026-12-07", "27725df"))
    first = fresh_digest(text)
    text.write_text(footer.format("2026-12-08", "560006d"))
    assert fresh_digest(text) != first


def test_a_failure_is_not_kept_and_deletes_the_kept_pass(root):
    assert run_test(root) == "passed"
    (root / "data.txt").write_text("bad")
    assert run_test(root, passes=False) == "failed"
    assert run_test(root, passes=False) == "failed", "a failing test must run again"
    (root / "data.txt").write_text("good")
    assert run_test(root) == "passed", "the pass kept before the failure was still there"


def test_a_changed_value_or_environment_runs_it_again(root, monkeypatch):
    run_test(root)
    assert run_test(root, value="two") == "passed"
    assert run_test(root, value="two") == "skipped"
    monkeypatch.setattr(result_cache, "environment", lambda: "another torch")
    assert run_test(root, value="two") == "passed"


def test_ci_rerun_passed_and_update_outputs_run_everything(root, monkeypatch):
    run_test(root)
    assert run_test(root, rerun_passed=True) == "passed"
    assert run_test(root, update_outputs=True) == "passed"
    monkeypatch.setenv("CI", "true")
    assert run_test(root) == "passed"
    monkeypatch.delenv("CI")
    assert run_test(root) == "skipped"


def test_a_full_run_keeps_its_passes_but_update_outputs_does_not(root, monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert run_test(root) == "passed"
    monkeypatch.delenv("CI")
    assert run_test(root) == "skipped", "make test after CI=true or make test-all runs it again"
    (root / "data.txt").write_text("changed")
    assert run_test(root, update_outputs=True) == "passed"
    assert run_test(root) == "passed", "make update-outputs kept a pass, though it rewrites snippets after"


def test_pytest_keeps_a_pass_and_not_a_failure(pytester, monkeypatch, tmp_path):
    """The wiring: the report hook tells the fixture whether the test passed (a pytest session of its own,
    in a subprocess: an in-process one would unload modules the browser tests' event loop uses)."""
    pytester.makeconftest(
        f"""
from pathlib import Path
import tests.result_cache
from tests.result_cache import add_option, pytest_runtest_makereport, result_cache  # noqa: F401

tests.result_cache.RECORDS = Path({str(tmp_path / "records")!r})

def pytest_addoption(parser):
    add_option(parser)
"""
    )
    pytester.makepyfile(
        test_file="""
from pathlib import Path

def test_reads_a_file(result_cache):
    root = Path(__file__).parent
    result_cache.skip_if_passed_with(root)
    result_cache.keep_if_passed(root, ["data.txt"])
    assert (root / "data.txt").read_text() == "good"
"""
    )
    (pytester.path / "data.txt").write_text("bad")

    def outcomes() -> dict[str, int]:
        result = pytester.runpytest_subprocess("-p", "no:xdist", "-p", "no:cacheprovider")
        return {k: v for k, v in result.parseoutcomes().items() if k in ("passed", "skipped", "failed")}

    monkeypatch.setenv("PYTHONPATH", str(result_cache.ROOT))
    monkeypatch.delenv("CI", raising=False)
    assert outcomes() == {"failed": 1}
    assert outcomes() == {"failed": 1}, "a failure was kept as a pass"
    (pytester.path / "data.txt").write_text("good")
    assert outcomes() == {"passed": 1}
    assert outcomes() == {"skipped": 1}


def test_the_environment_holds_the_code_packages_and_cpu(tmp_path, monkeypatch):
    """Every kept result depends on these: editing a test or a hook, upgrading a package, another CPU path."""
    (tmp_path / "hooks").mkdir()
    hook = tmp_path / "hooks" / "figures.py"
    hook.write_text("A = 1\n")
    before = result_cache.environment_digest([tmp_path / "hooks"])
    assert result_cache.environment_digest([tmp_path / "hooks"]) == before
    hook.write_text("A = 2\n")
    assert result_cache.environment_digest([tmp_path / "hooks"]) != before, "an edited hook"
    hook.write_text("A = 1\n")
    monkeypatch.setenv(
        "ATEN_CPU_CAPABILITY", "avx2" if result_cache.os.environ.get("ATEN_CPU_CAPABILITY") else "default"
    )
    assert result_cache.environment_digest([tmp_path / "hooks"]) != before, "another CPU path"
    monkeypatch.undo()
    real = list(result_cache.metadata.distributions())
    upgraded = [type("Dist", (), {"metadata": {"Name": "torch"}, "version": "99"})(), *real]
    monkeypatch.setattr(result_cache.metadata, "distributions", lambda: upgraded)
    assert result_cache.environment_digest([tmp_path / "hooks"]) != before, "another package version"
    monkeypatch.undo()
    assert result_cache.environment_digest([tmp_path / "hooks"]) == before
    assert {folder.name for folder in result_cache.CODE} == {"tests", "hooks"}


def test_a_browser_test_reads_the_site_file_of_each_address_it_requested(tmp_path):
    """The browser tests' inputs are the addresses the browser requested: a folder's file is its index.html."""
    test_browser = pytest.importorskip("tests.test_browser")  # skips without Chromium, like the browser tests
    (tmp_path / "page").mkdir()
    assert test_browser.site_file(tmp_path, "/page/") == "page/index.html"
    assert test_browser.site_file(tmp_path, "/page") == "page/index.html"
    assert test_browser.site_file(tmp_path, "/") == "index.html"
    assert test_browser.site_file(tmp_path, "/fonts/a%20b.woff") == "fonts/a b.woff"
