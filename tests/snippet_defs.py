"""Load what a snippet defines without running its demo.

A snippet is a small script: definitions on top, then a demo that prints and asserts. A test that
calls the snippet's own function (tests import the code they test, never a retyped copy) wants only
the definitions. `definitions(path)` keeps the top-level imports, `def`s, `class`es and assignments
to UPPERCASE names (constants such as `ALPHA = 1.67...`), compiles them under the snippet's real
path (so a traceback names the snippet's file and line) and runs them in a fresh namespace.
"""

import ast
from pathlib import Path

KEPT = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)


def _is_constant(node: ast.stmt) -> bool:
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    else:
        return False
    return all(isinstance(t, ast.Name) and t.id.isupper() for t in targets)


def definitions(path: str | Path) -> dict:
    """The namespace left by the snippet's imports, functions, classes and UPPERCASE constants."""
    path = Path(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    tree.body = [node for node in tree.body if isinstance(node, KEPT) or _is_constant(node)]
    namespace = {"__name__": f"snippet:{path.parent.name}/{path.stem}", "__file__": str(path)}
    exec(compile(tree, str(path), "exec"), namespace)
    return namespace
