"""The tests import the build hooks as MkDocs loads them (`import figures`, `import editions`): hooks/ goes
on sys.path here, before any test module or `python -m tests.<module>` runs."""

import sys
from pathlib import Path

HOOKS = str(Path(__file__).resolve().parent.parent / "hooks")
if HOOKS not in sys.path:
    sys.path.insert(0, HOOKS)
