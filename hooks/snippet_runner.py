"""Run a snippet inside the MkDocs build, with a time limit and errors that name the file and line.

Shared by the build hooks that execute snippets (figures.py, build_output.py). Results are cached
under .cache/ by a content hash, so a build where nothing changed runs nothing and imports nothing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import tempfile
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from functools import cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.exceptions import PluginError

TIMEOUT_ENV = "FIGURE_TIMEOUT"  # seconds one run of a build snippet may take
DEFAULT_TIMEOUT = 60.0


class SnippetTimeout(BaseException):
    """BaseException, so a snippet's own `except Exception` cannot swallow the time limit."""


@cache  # importlib.metadata scans every site-packages entry (~5 ms); a build asks once per snippet
def library_version(name: str) -> bytes:
    """The installed version of a library whose upgrade must invalidate cached results."""
    return version(name).encode()


def content_key(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()[:32]


def snippet_line(tb, path: Path) -> int | None:
    """The line of the snippet where an exception left it (the deepest frame in that file)."""
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == str(path):
            line = lineno
    return line


@contextmanager
def time_limit(seconds: float, path: Path, shown_as: str, kind: str):
    # MkDocs builds (and `mkdocs serve` rebuilds) on the main thread, so SIGALRM can interrupt a snippet.
    def on_alarm(signum, frame):
        where = shown_as
        while frame is not None:
            if frame.f_code.co_filename == str(path):
                where = f"{shown_as}:{frame.f_lineno}"
                break
            frame = frame.f_back
        raise SnippetTimeout(
            f"{where}: {kind} still running after {seconds:g} s, so the build stopped it. "
            f"Make it faster, or raise the limit with {TIMEOUT_ENV}=<seconds>."
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(path: Path, shown_as: str, kind: str) -> None:
    """Execute the snippet as __main__ in a fresh namespace; any failure becomes a build error."""
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    timeout = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    try:
        with time_limit(timeout, path, shown_as, kind):
            exec(code, {"__name__": "__main__", "__file__": str(path)})
    except SnippetTimeout as exc:
        raise PluginError(str(exc)) from None
    except BaseException as exc:  # SystemExit and KeyboardInterrupt from a snippet fail too
        line = snippet_line(exc.__traceback__, path)
        trace = "".join(traceback.format_exception(exc))
        raise PluginError(f"{shown_as}:{line}: {kind} raised {type(exc).__name__}: {exc}\n{trace}") from None


def cached(cache_root: Path, key: str, produce: Callable[[Path], None]) -> Path:
    """The cache folder for key; if missing, produce(folder) fills a new one first."""
    folder = cache_root / key
    if folder.is_dir():
        return folder
    cache_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=cache_root, prefix=".partial-"))
    try:
        produce(staging)
        staging.rename(folder)  # atomic: a folder in the cache is always complete
    except OSError:
        if not folder.is_dir():  # not just another build that finished the same folder first
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder
