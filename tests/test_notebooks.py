"""Each notebook runs top to bottom in a fresh kernel, in under 30 s, and the numbers it computes
support the conclusion it states. A notebook keeps its key numbers in a dict named RESULTS."""

import json
import time
from pathlib import Path

import jupytext
import nbclient
import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.py"))
TIME_LIMIT = 30  # seconds on 2 CPU cores


def check_softmax_in_practice(r):
    assert r["naive_is_nan"], "the naive softmax should overflow to nan at large logits"


# One check per notebook: the claims of its final cell, asserted on the numbers it computed.
CLAIMS = {
    "softmax_in_practice": check_softmax_in_practice,
}


def run_notebook(path: Path, workdir: Path) -> tuple[dict, float]:
    notebook = jupytext.read(path)
    notebook.cells.append(nbformat.v4.new_code_cell("import json; print(json.dumps(RESULTS))"))
    client = nbclient.NotebookClient(
        notebook, timeout=TIME_LIMIT, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    )
    start = time.perf_counter()
    client.execute()
    elapsed = time.perf_counter() - start
    printed = "".join(o.get("text", "") for o in notebook.cells[-1].outputs if o.output_type == "stream")
    return json.loads(printed), elapsed


def test_every_notebook_has_its_claims_checked():
    assert {p.stem for p in NOTEBOOKS} == set(CLAIMS), "add the notebook's checks to CLAIMS (or remove stale ones)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_fast_and_its_numbers_support_its_conclusion(path, tmp_path):
    results, elapsed = run_notebook(path, tmp_path)
    assert elapsed < TIME_LIMIT, f"{path.name} took {elapsed:.1f} s"
    CLAIMS[path.stem](results)
