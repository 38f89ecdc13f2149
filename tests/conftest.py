import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests import the build hooks (hooks/figures.py) to expand pages as MkDocs does

os.environ.setdefault("MPLBACKEND", "Agg")  # figure code on the pages runs headless
os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output lines of every snippet from a real run (make update-outputs)",
    )


@pytest.fixture
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")
