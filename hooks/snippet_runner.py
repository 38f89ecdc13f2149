"""Run a snippet inside the MkDocs build, with a time limit and errors that name the file and line.

Shared by the build hooks that execute Python in the build process (figures.py, build_output.py,
explorer_data.py). What they compute is cached by content_cache.py, so a build where nothing changed
runs nothing here.

The time limit is SNIPPET_TIMEOUT seconds (60 by default) per run.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import threading
import time
import traceback
import types
from contextlib import contextmanager
from pathlib import Path

from mkdocs.exceptions import PluginError

TIMEOUT_ENV = "SNIPPET_TIMEOUT"  # seconds one run of a build snippet may take
DEFAULT_TIMEOUT = 60.0

log = logging.getLogger("mkdocs.hooks.snippet_runner")


_preload: threading.Thread | None = None


def preload_in_background() -> None:
    """Import torch and matplotlib in a background thread (under `make serve`, once the site is served),
    so the first edit of a snippet does not wait about 2 s for them. Once per process."""
    global _preload
    if _preload is None:
        _preload = threading.Thread(target=_import_libraries, name="snippet-libraries", daemon=True)
        _preload.start()


def _import_libraries() -> None:
    started = time.perf_counter()
    import matplotlib

    matplotlib.use("Agg")  # what the hooks draw with; no GUI backend is looked for
    import matplotlib.pyplot  # noqa: F401
    import torch  # noqa: F401

    log.info("imported torch and matplotlib for the next snippet edit (%.1f s)", time.perf_counter() - started)


def wait_for_preload() -> None:
    """Called before anything imports torch or matplotlib in the build: two threads importing one
    package at once can see it half-initialised."""
    if _preload is not None:
        _preload.join()


class SnippetTimeout(BaseException):
    """BaseException, so a snippet's own `except Exception` cannot swallow the time limit."""


def time_limit_seconds() -> float:
    """SNIPPET_TIMEOUT, or 60."""
    return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))


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


def run(path: Path, shown_as: str, kind: str, source: str | None = None) -> dict:
    """Execute the snippet as __main__ in a fresh namespace, and return that namespace; any failure
    becomes a build error.

    `source` is the text to run instead of the file's, with the file's lines (its translation: errors
    name the file and line)."""
    code = compile(path.read_text(encoding="utf-8") if source is None else source, str(path), "exec")
    timeout = time_limit_seconds()
    wait_for_preload()
    namespace = {"__name__": "__main__", "__file__": str(path)}
    try:
        with time_limit(timeout, path, shown_as, kind):
            exec(code, namespace)
    except SnippetTimeout as exc:
        raise PluginError(str(exc)) from None
    except BaseException as exc:  # SystemExit and KeyboardInterrupt from a snippet fail too
        line = snippet_line(exc.__traceback__, path)
        trace = "".join(traceback.format_exception(exc))
        raise PluginError(f"{shown_as}:{line}: {kind} raised {type(exc).__name__}: {exc}\n{trace}") from None
    return namespace


def uses_torch(namespace: dict) -> bool:
    """Whether a snippet's namespace holds torch or something of it (import torch, from torch import nn)."""
    return any(
        (
            getattr(value, "__name__", "") if isinstance(value, types.ModuleType) else getattr(value, "__module__", "")
        ).partition(".")[0]
        == "torch"
        for value in namespace.values()
    )


def printed(path: Path, shown_as: str, kind: str, source: str | None = None) -> str:
    """Run the snippet like run() and return what it printed (build-output snippets, the explorer's data)."""
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        run(path, shown_as, kind, source)
    return stdout.getvalue()
