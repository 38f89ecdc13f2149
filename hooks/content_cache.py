"""Cache what the build computes under .cache/<name>/, in entries named by a hash of everything it depends on.

Shared by every build hook that keeps a result: figures.py (figures/), build_output.py (build-output/),
notebooks.py (notebooks/), explorer_data.py (explorer/), publishing.py (cards/), math_svg.py (math/) and
page_cache.py (pages/). Each names its entry with key_for (its inputs, the code that computes it, the
libraries whose upgrade changes it) and finds or makes it with cached (a folder) or use and
write_atomically (a file). An entry is always complete (written aside, then renamed), so a build where
nothing changed finds every result there and runs nothing, imports nothing.

A build killed while it writes (SIGKILL, a power cut) leaves its staging entry behind, named after the
process that made it (.partial-<pid>-...): the next build that writes to the same cache deletes the
staging entries of processes that no longer run (remove_abandoned), never those of a build still running
beside it.

Pruning: every entry a build uses is touched (its mtime is its last use) and remembered; at the end of the
build, hooks/cache_pruning.py calls prune_unused, which deletes in each cache folder the build used the
entries no build has used for KEPT_UNUSED seconds. Not at once: a build with figure rendering off, or on
another branch, would otherwise throw away the entries of the usual build.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

CACHE_DIR = ".cache"  # in the project's folder (git-ignored)
STAGING_PREFIX = ".partial-"
STAGING = re.compile(r"^\.partial-(\d+)-")  # .partial-<pid of the process writing it>-<name or random>
KEPT_UNUSED = 24 * 3600  # seconds an entry no build uses stays in the cache

_used: set[Path] = set()  # entries this build used (or wrote); their folders are the ones pruned


@cache  # importlib.metadata scans every site-packages entry (~5 ms); a build asks once per snippet
def library_version(name: str) -> bytes:
    """The installed version of a library whose upgrade must invalidate cached results."""
    return version(name).encode()


def content_key(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()[:32]


def key_for(*parts: bytes, code: Iterable[ModuleType | Path] = (), libraries: Iterable[str] = ()) -> str:
    """The key of an entry computed from parts by code (modules or files: their source; this module's is
    always in, since it decides how entries are stored) with libraries (their installed versions)."""
    sources = [Path(c.__file__) if isinstance(c, ModuleType) else c for c in code]
    versions = [library_version(name) for name in libraries]
    return content_key(*parts, *(path.read_bytes() for path in [*sources, Path(__file__)]), *versions)


def folder(root: Path, name: str) -> Path:
    """The cache folder `name` of the project at root: .cache/figures, .cache/pages, ..."""
    return root / CACHE_DIR / name


def use(entry: Path) -> Path:
    """Record that this build uses entry (a folder or a file in a cache folder): it is touched once per build,
    so its mtime says when a build last used it, and its folder is pruned at the end of the build."""
    if entry not in _used:
        _used.add(entry)
        try:
            os.utime(entry)
        except OSError:  # not there (yet), or a read-only checkout: nothing to keep fresh
            pass
    return entry


def write_atomically(path: Path, data: str | bytes) -> bool:
    """Write a cache file whole or not at all (written aside, then renamed); False when it cannot be written
    (a full disk, a read-only checkout: the build goes on, uncached)."""
    staging = path.with_name(f"{STAGING_PREFIX}{os.getpid()}-{path.name}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staging.write_bytes(data.encode() if isinstance(data, str) else data)
        staging.replace(path)
    except OSError:
        staging.unlink(missing_ok=True)
        return False
    use(path)
    return True


def cached(cache_root: Path, key: str, produce: Callable[[Path], None]) -> Path:
    """The cache folder for key; if missing, produce(folder) fills a new one first."""
    entry = cache_root / key
    if entry.is_dir():
        return use(entry)
    cache_root.mkdir(parents=True, exist_ok=True)
    remove_abandoned(cache_root, STAGING)
    staging = Path(tempfile.mkdtemp(dir=cache_root, prefix=f"{STAGING_PREFIX}{os.getpid()}-"))
    try:
        produce(staging)
        staging.rename(entry)  # atomic: a folder in the cache is always complete
    except OSError:
        if not entry.is_dir():  # not just another build that finished the same folder first
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return use(entry)


def process_is_running(pid: int) -> bool:
    """Whether process pid still runs (a zombie, killed but not yet reaped, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        return state not in ("Z", "X")
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_abandoned(folder: Path, pattern: re.Pattern = STAGING) -> list[str]:
    """Delete what a killed process was writing in folder: the entries whose name matches pattern (its first
    group, the writer's pid) and whose writer no longer runs. Returns their names."""
    removed = []
    for path in folder.glob(".*"):
        match = pattern.match(path.name)
        if match and int(match[1]) != os.getpid() and not process_is_running(int(match[1])):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


def new_build() -> None:
    """A build starts (not the next edition of the same one): no entry is used yet."""
    _used.clear()


def prune_unused(now: float | None = None) -> list[Path]:
    """In each cache folder this build used, delete the entries no build has used for KEPT_UNUSED seconds
    and what killed builds were writing. An entry being written is a staging entry of a running process:
    never deleted. Returns what was deleted."""
    now = time.time() if now is None else now
    removed = []
    for cache_root in sorted({entry.parent for entry in _used}):
        if not cache_root.is_dir():
            continue
        removed += [cache_root / name for name in remove_abandoned(cache_root)]
        for entry in cache_root.iterdir():
            if entry.name.startswith("."):  # a staging entry: being written, or remove_abandoned's
                continue
            try:
                unused_for = now - entry.stat().st_mtime
            except OSError:  # deleted by a build beside this one
                continue
            if entry not in _used and unused_for > KEPT_UNUSED:
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed
