"""Cache what the build computes under .cache/, in folders named by a hash of everything it depends on.

Shared by the build hooks (figures.py, build_output.py, notebooks.py, explorer_data.py). A folder in the
cache is always complete (written aside, then renamed), so a build where nothing changed finds every
result there and runs nothing, imports nothing.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path


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
