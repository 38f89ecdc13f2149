"""Cache what the build computes under .cache/, in folders named by a hash of everything it depends on.

Shared by the build hooks (figures.py, build_output.py, notebooks.py, explorer_data.py). A folder in the
cache is always complete (written aside, then renamed), so a build where nothing changed finds every
result there and runs nothing, imports nothing.

A build killed while it writes (SIGKILL, a power cut) leaves its staging folder behind, named after the
process that made it (.partial-<pid>-...): the next build that writes to the same cache deletes the
staging folders of processes that no longer run (remove_abandoned), never those of a build still running
beside it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path

STAGING_PREFIX = ".partial-"
STAGING = re.compile(r"^\.partial-(\d+)-")  # .partial-<pid of the process writing it>-<random>


@cache  # importlib.metadata scans every site-packages entry (~5 ms); a build asks once per snippet
def library_version(name: str) -> bytes:
    """The installed version of a library whose upgrade must invalidate cached results."""
    return version(name).encode()


def content_key(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()[:32]


def cached(cache_root: Path, key: str, produce: Callable[[Path], None]) -> Path:
    """The cache folder for key; if missing, produce(folder) fills a new one first."""
    folder = cache_root / key
    if folder.is_dir():
        return folder
    cache_root.mkdir(parents=True, exist_ok=True)
    remove_abandoned(cache_root, STAGING)
    staging = Path(tempfile.mkdtemp(dir=cache_root, prefix=f"{STAGING_PREFIX}{os.getpid()}-"))
    try:
        produce(staging)
        staging.rename(folder)  # atomic: a folder in the cache is always complete
    except OSError:
        if not folder.is_dir():  # not just another build that finished the same folder first
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


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
