"""The project's code a test runs: its own file and every project module it imports, transitively.

A kept result (tests/result_cache.py) depends on this code and not on the rest of tests/ and hooks/: a snippet
test's pass is kept when a plot style, a browser test or a hook the snippet test never imports is edited.
The imports are read from the source (ast), not from sys.modules: a pytest worker has imported every test
file's modules by the time a test runs, and most of them are not what this test runs.

Found: `import x`, `from x import y` (y too when it is a module), anywhere in a file (a function's own
imports count), and the string literal of `importlib.import_module("x")` and `pytest.importorskip("x")`.
Not found: code a test runs in another process by path or as a string (tests/reproducible.py's script
imports hooks that way): such a test names those files among the inputs it keeps.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

DYNAMIC_IMPORTS = {"import_module", "importorskip"}  # importlib.import_module("x"), pytest.importorskip("x")


@functools.cache
def imported_code(start: Path, search: tuple[Path, ...]) -> tuple[Path, ...]:
    """start and every file of search's folders that it imports, transitively, sorted. search is the
    sys.path of the project's code, in order (its first folder holding a module is the one imported)."""
    found, todo = {start}, [start]
    while todo:
        for name in imported_names(todo.pop()):
            module = resolve(name, search)
            if module is not None and module not in found:
                found.add(module)
                todo.append(module)
    return tuple(sorted(found))


def imported_names(path: Path) -> Iterator[str]:
    """The dotted names a Python file imports, each with its parents ("a.b" gives "a" and "a.b"). A file
    that does not parse imports nothing known: its own digest already makes every result depending on it
    run again."""
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (SyntaxError, ValueError):
        return
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and _called_name(node.func) in DYNAMIC_IMPORTS and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names = [first.value]
        for name in names:
            parts = name.split(".")
            yield from (".".join(parts[: i + 1]) for i in range(len(parts)))


def resolve(name: str, search: tuple[Path, ...]) -> Path | None:
    """The file of a module in the first search folder that has it; None for a module from elsewhere
    (torch, the standard library) or a name that is not a module (`from tests.shared import ROOT`)."""
    relative = Path(*name.split("."))
    for folder in search:
        for candidate in (folder / relative.with_suffix(".py"), folder / relative / "__init__.py"):
            if candidate.is_file():
                return candidate
    return None


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None
