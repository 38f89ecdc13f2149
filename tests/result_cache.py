"""Passing results of the slow tests, kept so that `make test` on a contributor's machine does not run a
test again while nothing it read has changed: the way `go test` caches a passing package's result.

A test that uses the `result_cache` fixture names its inputs: files under a folder (a snippet, or every
file the browser fetched from the built site) and values (the CPU path, the browser's version). When
the test passes, their digests are kept in .cache/test-results/, one record per test. The next run
skips that test, saying why, only if the record's files still have the same bytes, its values are the
same, so is the code the test runs (its test file, the conftest.py above it and every project module they
import: tests/imported_code.py) and so is what every result depends on (`environment()`: every installed
package's version, Python, the CPU and the variables that choose torch's CPU kernels). Code the test does
not import is not in its key: editing a plot style keeps the snippet tests' passes, editing a hook keeps
the browser tests' (they read the built site, whose files are their inputs).

Only a pass is kept, and a failure deletes the record: a failing test runs every time until it passes.
Under CI (CI=true), with `make test-all` (pytest --rerun-passed) and with `make update-outputs`, every
test runs and nothing is skipped; the first two keep their passes for the next `make test`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

import pytest

import cpu_paths
from tests.imported_code import imported_code
from tests.shared import ROOT

RECORDS = ROOT / ".cache" / "test-results"
REASON = "passed before with the same inputs (.cache/test-results); `make test-all` or CI=true runs it again"
CALL_PASSED = pytest.StashKey[bool]()

# conftest.py imports the option, the hook and the fixture below (as would a test run that tests them).


def add_option(parser: pytest.Parser) -> None:
    parser.addoption(
        "--rerun-passed",
        action="store_true",
        help="run every test, also those that passed before with the same inputs (make test-all; CI=true)",
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[CALL_PASSED] = report.passed
    return report


@pytest.fixture
def result_cache(request) -> Iterator[ResultCache]:
    cache = ResultCache(request.node)
    yield cache
    cache.finish()


def may_skip(config: pytest.Config) -> bool:
    """Only on a contributor's machine: CI and `make test-all` run every test."""
    return not (os.environ.get("CI") == "true" or config.getoption("--rerun-passed") or updating(config))


def may_keep(config: pytest.Config) -> bool:
    """A full run keeps its passes too (`make test-all`, then `make test` skips them), but not
    `make update-outputs`, which rewrites the snippets it runs when the session ends."""
    return not updating(config)


def updating(config: pytest.Config) -> bool:
    return config.getoption("--update-outputs", default=False)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return _digest_of_version(path, stat.st_mtime_ns, stat.st_size)


# The footer's version stamp (hooks/publishing.py) names the build's date and commit: every commit changes
# every page's bytes there and nowhere else. A built page's digest leaves the stamp's text out, so a commit
# that changes no page keeps the browser tests' passes (the stamp itself is checked by tests/test_publishing.py).
STAMP = re.compile(rb'(<div class="md-copyright__stamp">).*?(</div>)', re.DOTALL)


@functools.cache
def _digest_of_version(path: Path, mtime_ns: int, size: int) -> str | None:
    """Each version of a file is read once per test process: the browser tests share the site's assets."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
    return digest(STAMP.sub(rb"\1\2", data) if path.suffix == ".html" else data)


# Where the project's modules are imported from: tests/conftest.py puts hooks/ first on sys.path, then the
# project's folder (`tests.<module>`).
CODE_PATH = (ROOT / "hooks", ROOT)


@functools.cache
def environment() -> str:
    """What every kept result depends on besides its own inputs and code."""
    return environment_digest()


def environment_digest() -> str:
    """Every installed package's version, Python, the CPU and the variables that choose torch's CPU kernels."""
    parts = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions())
    # What a snippet, a notebook or torch inside a test computes depends on the CPU and its kernel path
    # (hooks/cpu_paths.py), and what it draws on the matplotlib backend.
    parts += [sys.version, cpu_paths.fingerprint(), *cpu_paths.kernel_environment()]
    parts.append(f"MPLBACKEND={os.environ.get('MPLBACKEND')}")
    return digest("\n".join(parts).encode())


def code_of(item) -> dict[str, str | None]:
    """The digest of each file of the code the test runs: its test file, every conftest.py between it and
    the rootdir, and every project module they import (tests/imported_code.py), keyed by their path
    (relative to the project where they are in it)."""
    test_file = Path(item.path)
    conftests = [
        folder / "conftest.py"
        for folder in test_file.parents
        if (folder / "conftest.py").is_file() and folder.is_relative_to(item.config.rootpath)
    ]
    search = (*CODE_PATH, test_file.parent)  # the last: where pytest imports a test file outside a package from
    files = {path for start in (test_file, *conftests) for path in imported_code(start, search)}
    return {_shown(path): file_digest(path) for path in sorted(files)}


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


class ResultCache:
    """The `result_cache` fixture of one test."""

    def __init__(self, item: pytest.Item):
        self.item = item
        self.may_skip = may_skip(item.config)
        self.may_keep = may_keep(item.config)
        self.record = RECORDS / f"{digest(item.nodeid.encode())[:32]}.json"
        self.code = code_of(item)
        self.kept: dict | None = None
        self.skipped = False

    def skip_if_passed_with(self, root: Path, **values: str) -> None:
        """Skip the test if it passed before with these values, and the files it read then, under root,
        still have the same bytes."""
        kept = self._kept_with(values)
        if kept and kept["files"] and self.unchanged_files(root, **values) == set(kept["files"]):
            self.skipped = True
            pytest.skip(REASON)

    def unchanged_files(self, root: Path, **values: str) -> set[str]:
        """The files (relative to root) that have the bytes they had when the test last passed with these
        values, the same code and environment; none where a skip is not allowed (CI, make test-all). A test
        made of independent parts (tests/test_build.py's reproducibility check) runs only the parts whose
        files changed."""
        kept = self._kept_with(values)
        if not kept:
            return set()
        return {name for name, sha in kept["files"].items() if file_digest(root / name) == sha}

    def _kept_with(self, values: dict[str, str]) -> dict | None:
        """The kept record, if a skip is allowed and it was kept with these values, this code and environment."""
        if not self.may_skip:
            return None
        try:
            kept = json.loads(self.record.read_text())
        except (OSError, ValueError):
            return None
        same = (
            kept.get("test") == self.item.nodeid
            and kept.get("environment") == environment()
            and kept.get("code") == self.code
            and kept.get("values") == values
            and isinstance(kept.get("files"), dict)
        )
        return kept if same else None

    def keep_if_passed(self, root: Path, files: Iterable[str | Path], **values: str) -> None:
        """What to keep if the test passes: the digests of files (relative to root), read now, and values.
        A test that read no file keeps nothing: what it depends on is not known."""
        if not self.may_keep:
            return
        names = sorted({Path(name).as_posix() for name in files})
        self.kept = {
            "test": self.item.nodeid,
            "environment": environment(),
            "code": self.code,
            "values": values,
            "files": {name: file_digest(root / name) for name in names},
        }

    def finish(self) -> None:
        if not self.may_keep or self.skipped:
            return
        if self.item.stash.get(CALL_PASSED, False) and self.kept and self.kept["files"]:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            self.record.write_text(json.dumps(self.kept, indent=1))
        else:
            self.record.unlink(missing_ok=True)
