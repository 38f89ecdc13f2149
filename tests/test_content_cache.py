"""The cache every build hook keeps its results in (hooks/content_cache.py): one key recipe, and pruning.

An entry no build has used for a day goes at the end of the next build; an entry this build used stays,
however old; an entry being written (a staging entry of a process still running) is never deleted, one a
killed process left behind is. The last test proves the wiring: a fixture `mkdocs build` prunes every
cache folder it used, and a warm build keeps everything it reads.
"""

import os
import subprocess
import sys
import time

import pytest

import content_cache
from tests.shared import mkdocs_build
from tests.test_failures import LINE, make_tree

DAY_AND_A_BIT = content_cache.KEPT_UNUSED + 60


def age(path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def new_build():
    content_cache.new_build()
    yield
    content_cache.new_build()  # what this test used is not pruned by another test's build


def produce_file(folder):
    (folder / "result.txt").write_text("computed", encoding="utf-8")


def test_an_old_unused_entry_goes_and_a_used_one_stays(tmp_path, new_build):
    cache = tmp_path / ".cache" / "figures"
    used = content_cache.cached(cache, "used", produce_file)
    old, recent = (content_cache.cached(cache, name, produce_file) for name in ("old", "recent"))
    old_file = cache / "old-file.json"
    old_file.write_text("{}", encoding="utf-8")
    for path in (used, old, old_file):
        age(path, DAY_AND_A_BIT)
    content_cache.new_build()
    assert content_cache.cached(cache, "used", produce_file) == used  # found, not made again
    content_cache.prune_unused()
    assert used.is_dir(), "an entry this build used was deleted"
    assert time.time() - used.stat().st_mtime < 60, "using an entry must make it fresh"
    assert recent.is_dir(), "an entry used within the day was deleted"
    assert not old.exists() and not old_file.exists(), "entries unused for a day were kept"


def test_an_entry_being_written_is_never_deleted(tmp_path, new_build):
    cache = tmp_path / ".cache" / "notebooks"
    content_cache.cached(cache, "used", produce_file)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        writing = cache / f"{content_cache.STAGING_PREFIX}{sleeper.pid}-abc"  # another build, still running
        writing.mkdir()
        ours = cache / f"{content_cache.STAGING_PREFIX}{os.getpid()}-page.json"  # this process's own
        ours.write_text("{", encoding="utf-8")
        for path in (writing, ours):
            age(path, DAY_AND_A_BIT)
        content_cache.prune_unused()
        assert writing.is_dir() and ours.is_file(), "a staging entry of a running process was deleted"
    finally:
        sleeper.kill()
        sleeper.wait()
    content_cache.prune_unused()
    assert not writing.exists(), "a staging entry a dead process left behind was kept"


def test_only_the_folders_a_build_used_are_pruned(tmp_path, new_build):
    """A fixture build must not prune the project's cache, nor a build the caches of another project."""
    elsewhere = tmp_path / "other" / ".cache" / "figures" / "old"
    elsewhere.mkdir(parents=True)
    age(elsewhere, DAY_AND_A_BIT)
    content_cache.cached(tmp_path / ".cache" / "figures", "used", produce_file)
    content_cache.prune_unused()
    assert elsewhere.is_dir()


def test_written_files_are_whole_and_count_as_used(tmp_path, new_build):
    path = tmp_path / ".cache" / "pages" / "page-x.json"
    assert content_cache.write_atomically(path, '{"a": 1}')
    assert path.read_text(encoding="utf-8") == '{"a": 1}'
    assert [p.name for p in path.parent.iterdir()] == ["page-x.json"], "a staging file was left"
    age(path, DAY_AND_A_BIT)
    content_cache.prune_unused()
    assert path.is_file(), "a file this build wrote was deleted"


def test_the_key_covers_the_inputs_the_code_and_the_libraries(tmp_path, monkeypatch):
    code = tmp_path / "hook.py"
    code.write_text("x = 1\n", encoding="utf-8")
    key = content_cache.key_for(b"snippet", code=[code], libraries=["torch"])
    assert content_cache.key_for(b"snippet", code=[code], libraries=["torch"]) == key
    assert content_cache.key_for(b"snippet2", code=[code], libraries=["torch"]) != key, "an input"
    assert content_cache.key_for(b"snippet", code=[code], libraries=["torch", "matplotlib"]) != key, "a library"
    code.write_text("x = 2\n", encoding="utf-8")
    assert content_cache.key_for(b"snippet", code=[code], libraries=["torch"]) != key, "the code that computes it"
    code.write_text("x = 1\n", encoding="utf-8")
    real = content_cache.library_version
    monkeypatch.setattr(content_cache, "library_version", lambda name: real(name) + b".post1")
    assert content_cache.key_for(b"snippet", code=[code], libraries=["torch"]) != key, "a library upgrade"
    monkeypatch.undo()
    # how entries are stored is content_cache.py's: its source is in every key
    real_read = content_cache.Path.read_bytes
    edited = lambda path: real_read(path) + (b"# edited" if path.name == "content_cache.py" else b"")  # noqa: E731
    monkeypatch.setattr(content_cache.Path, "read_bytes", edited)
    assert content_cache.key_for(b"snippet", code=[code], libraries=["torch"]) != key, "the cache's own code"


def test_a_build_prunes_every_cache_it_used_and_keeps_what_it_reads(tmp_path):
    page = (
        "# Fixture\n\n![a line](figure:snippets/one/plot.py)\n\n"
        "<!-- build-output: snippets/one/table.py -->\n\nMath: $x^2$.\n"
    )
    tree = make_tree(tmp_path, {"index.md": page}, {"one/plot.py": LINE, "one/table.py": "print('| a |')\n"})
    cache = tree / ".cache"
    stale = [cache / name / "stale" for name in ("figures", "build-output", "cards", "math")]
    stale.append(cache / "pages" / "page-stale.json")
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir() if path.suffix != ".json" else path.write_text("{}", encoding="utf-8")
        age(path, DAY_AND_A_BIT)
    cold = mkdocs_build(tree / "site", project=tree, MPLBACKEND="Agg")
    assert cold.returncode == 0, cold.stderr
    assert not [p for p in stale if p.exists()], "a build left entries no build used for a day"
    first = {p.relative_to(cache) for p in cache.rglob("*") if "templates" not in p.parts}

    for path in cache.rglob("*"):  # every entry last used long ago: the next build uses them again
        age(path, DAY_AND_A_BIT)
    warm = mkdocs_build(tree / "site", project=tree, MPLBACKEND="Agg")
    assert warm.returncode == 0, warm.stderr
    assert "pages rendered: 0 of 1" in warm.stderr, "the warm build rendered again: an entry it needed was gone"
    kept = {p.relative_to(cache) for p in cache.rglob("*") if "templates" not in p.parts}
    assert kept == first, f"a warm build deleted entries it used: {sorted(map(str, first - kept))}"
