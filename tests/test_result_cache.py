"""A kept result (tests/result_cache.py) skips a test only while every input it read is unchanged; a failure,
a changed file, value, code the test runs or environment, CI=true, --rerun-passed and --update-outputs all run
it again, and code the test does not run does not. The records go to a temporary folder, the tests run in a
fixture project; one pytest session of its own checks the wiring to pytest's reports."""

from __future__ import annotations

import pytest
import yaml

from tests import result_cache

pytest_plugins = ["pytester"]


class StubConfig:
    def __init__(self, rootpath, options: dict[str, bool]):
        self.rootpath = rootpath
        self.options = options

    def getoption(self, name: str, default: bool = False) -> bool:  # "--rerun-passed" -> rerun_passed
        return self.options.get(name.lstrip("-").replace("-", "_"), default)


class StubItem:
    """What ResultCache reads of a test item: its id and file, the run's rootdir and options, and the stash
    the report hook fills."""

    def __init__(self, path, **options: bool):
        self.nodeid = f"tests/{path.name}::test"
        self.path = path
        self.stash: dict = {}
        self.config = StubConfig(path.parent.parent, options)


def run_test(project, value="one", passes=True, test="test_x.py", reads=("data.txt",), under="", **options) -> str:
    """One run of the test in tests/<test> of the fixture project, which reads the files `reads` in the
    project's folder `under`: "skipped", "passed" or "failed"."""
    cache = result_cache.ResultCache(StubItem(project / "tests" / test, **options))
    try:
        cache.skip_if_passed_with(project / under, value=value)
    except pytest.skip.Exception:
        return "skipped"
    cache.keep_if_passed(project / under, reads, value=value)
    cache.item.stash[result_cache.CALL_PASSED] = passes
    cache.finish()
    return "passed" if passes else "failed"


# A fixture project shaped like this one: a snippet test importing its runner, which imports the CPU paths in a
# function; a browser test; a conftest and what it imports; hooks (one the snippet test imports, the figure hook
# it does not) and a plot style; a built site.
FIXTURE_PROJECT = {
    "tests/__init__.py": "",
    "tests/conftest.py": "from tests import kept\n",
    "tests/kept.py": "KEPT = 1\n",
    "tests/test_x.py": "def test():\n    pass\n",
    "tests/test_snippet.py": "from tests.runner import run\nimport build_output\n",
    "tests/runner.py": "def run():\n    from tests.cpu_paths import PATHS\n    return PATHS\n",
    "tests/cpu_paths.py": "PATHS = {'native': {}}\n",
    "tests/test_page_in_a_browser.py": "import pytest\nshared = pytest.importorskip('tests.shared')\n",
    "tests/shared.py": "ROOT = None\n",
    "hooks/build_output.py": "import snippet_runner\n",
    "hooks/snippet_runner.py": "TIMEOUT = 60\n",
    "hooks/figures.py": "import snippet_runner\nSTYLE = 'plot_style/light.mplstyle'\n",
    "hooks/plot_style/light.mplstyle": "lines.linewidth: 1.5\n",
    "data.txt": "good",
    "site/a/index.html": "<p>page a</p>",
    "site/b/index.html": "<p>page b</p>",
    "site/assets/bundle.js": "material();",
}


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setattr(result_cache, "RECORDS", tmp_path / "records")
    monkeypatch.setattr(result_cache, "CODE_PATH", (tmp_path / "hooks", tmp_path))
    monkeypatch.delenv("CI", raising=False)
    for name, text in FIXTURE_PROJECT.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
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


def test_a_test_of_independent_parts_learns_which_files_changed_since_its_pass(root, monkeypatch):
    """unchanged_files: what a test made of parts (the reproducibility check) need not run again; nothing when
    the record does not hold (another value, other code, a failure) or a skip is not allowed (CI)."""
    (root / "other.txt").write_text("same")

    def unchanged(value="one", **options) -> set[str]:
        cache = result_cache.ResultCache(StubItem(root / "tests" / "test_x.py", **options))
        return cache.unchanged_files(root, value=value)

    assert unchanged() == set(), "nothing kept yet"
    assert run_test(root, reads=["data.txt", "other.txt"]) == "passed"
    assert unchanged() == {"data.txt", "other.txt"}
    (root / "data.txt").write_text("changed")
    assert unchanged() == {"other.txt"}
    assert unchanged(value="two") == set()
    assert unchanged(rerun_passed=True) == set()
    monkeypatch.setenv("CI", "true")
    assert unchanged() == set()
    monkeypatch.delenv("CI")
    edit(root / "tests" / "test_x.py")
    assert unchanged() == set(), "the test's code changed"


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


def test_the_environment_holds_the_packages_python_and_cpu(monkeypatch):
    """Every kept result depends on these: upgrading a package, another CPU path."""
    before = result_cache.environment_digest()
    assert result_cache.environment_digest() == before
    other = "avx2" if result_cache.os.environ.get("ATEN_CPU_CAPABILITY") else "default"
    monkeypatch.setenv("ATEN_CPU_CAPABILITY", other)
    assert result_cache.environment_digest() != before, "another CPU path"
    monkeypatch.undo()
    real = list(result_cache.metadata.distributions())
    upgraded = [type("Dist", (), {"metadata": {"Name": "torch"}, "version": "99"})(), *real]
    monkeypatch.setattr(result_cache.metadata, "distributions", lambda: upgraded)
    assert result_cache.environment_digest() != before, "another package version"
    monkeypatch.undo()
    assert result_cache.environment_digest() == before


def edit(path) -> None:
    """New bytes, and a new size: the per-process digest cache sees a new version of the file."""
    path.write_text(path.read_text() + "\n# edited\n")


def test_a_snippet_pass_is_kept_when_the_plot_style_or_code_it_does_not_run_changes(root):
    """A snippet test's key is the snippet and the code it runs (its file, the runner it imports and what that
    imports, inside a function too, the conftest and its imports), not the rest of tests/ and hooks/."""
    snippet = {"test": "test_snippet.py"}  # it reads data.txt: the snippet
    assert run_test(root, **snippet) == "passed"
    for unrelated in ("hooks/plot_style/light.mplstyle", "hooks/figures.py", "tests/test_page_in_a_browser.py"):
        edit(root / unrelated)
        assert run_test(root, **snippet) == "skipped", f"editing {unrelated} ran a snippet test again"
    runs = ("tests/test_snippet.py", "tests/runner.py", "tests/cpu_paths.py", "hooks/build_output.py")
    for code in (*runs, "hooks/snippet_runner.py", "tests/conftest.py", "tests/kept.py", "data.txt"):
        edit(root / code)
        assert run_test(root, **snippet) == "passed", f"editing {code} kept a snippet test's pass"
        assert run_test(root, **snippet) == "skipped"


def test_another_cpu_path_runs_a_snippet_again(root, monkeypatch):
    monkeypatch.setattr(result_cache, "environment", result_cache.environment_digest)  # read anew each run
    snippet = {"test": "test_snippet.py"}
    assert run_test(root, **snippet) == "passed"
    assert run_test(root, **snippet) == "skipped"
    other = "avx2" if result_cache.os.environ.get("ATEN_CPU_CAPABILITY") else "default"
    monkeypatch.setenv("ATEN_CPU_CAPABILITY", other)
    assert run_test(root, **snippet) == "passed"


def test_a_browser_test_of_one_page_is_kept_when_another_page_or_a_hook_changes(root):
    """A browser test's key is the built files it requested (and the shared assets) and the browser tests' code."""
    page_a = {"test": "test_page_in_a_browser.py", "under": "site", "reads": ["a/index.html", "assets/bundle.js"]}
    assert run_test(root, **page_a) == "passed"
    for unrelated in ("site/b/index.html", "hooks/figures.py", "hooks/plot_style/light.mplstyle", "tests/runner.py"):
        edit(root / unrelated)
        assert run_test(root, **page_a) == "skipped", f"editing {unrelated} ran the browser test of page a again"
    for read in ("site/a/index.html", "site/assets/bundle.js", "tests/test_page_in_a_browser.py", "tests/shared.py"):
        edit(root / read)
        assert run_test(root, **page_a) == "passed", f"editing {read} kept the browser test of page a"
        assert run_test(root, **page_a) == "skipped"


def test_this_projects_tests_are_keyed_on_the_code_they_run():
    """The real files: the snippet tests' key holds the runner and the CPU paths but no plot style, figure hook
    or browser test; the browser tests' holds no build hook (only the definitions the tests share with the
    hooks: the editions, the CPU paths); the notebook tests' holds the hook that runs them."""

    def code(test_file: str) -> set[str]:
        return set(result_cache.code_of(StubItem(result_cache.ROOT / "tests" / test_file)))

    snippets = code("test_snippets.py")
    runner = {"tests/snippet_outputs.py", "hooks/cpu_paths.py", "tests/conftest.py", "tests/result_cache.py"}
    assert {"tests/test_snippets.py", *runner} <= snippets, snippets
    assert not {name for name in snippets if "plot_style" in name or "browser" in name or "figures" in name}
    browser = code("test_browser.py")
    assert {"tests/test_browser.py", "tests/conftest.py"} <= browser, browser
    build_hooks = set(yaml.safe_load((result_cache.ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["hooks"])
    assert build_hooks and not browser & build_hooks, browser
    assert {"tests/test_notebooks.py", "hooks/notebooks.py", "hooks/cpu_paths.py"} <= code("test_notebooks.py")


def test_a_browser_test_reads_the_site_file_of_each_address_it_requested(tmp_path):
    """The browser tests' inputs are the addresses the browser requested: a folder's file is its index.html."""
    test_browser = pytest.importorskip("tests.test_browser")  # skips without Chromium, like the browser tests
    (tmp_path / "page").mkdir()
    assert test_browser.site_file(tmp_path, "/page/") == "page/index.html"
    assert test_browser.site_file(tmp_path, "/page") == "page/index.html"
    assert test_browser.site_file(tmp_path, "/") == "index.html"
    assert test_browser.site_file(tmp_path, "/fonts/a%20b.woff") == "fonts/a b.woff"
