"""The snippet runner's OpenMP wait policy (tests/snippet_outputs.py) changes how torch's idle threads wait, not
what a snippet prints: a multi-threaded reduction and matrix product, and the thread counts, are the same with
threads that sleep (the runner's) and threads that spin (a reader's default), on every CPU path with threads."""

import pytest

from cpu_paths import CPU_PATHS
from tests import snippet_outputs
from tests.shared import ROOT

PROBE = """\
import torch

print(torch.get_num_threads(), torch.get_num_interop_threads())
x = torch.randn(1500, 1500, generator=torch.Generator().manual_seed(0))
print((x @ x).sum().item(), x.exp().sum(dim=0)[:3].tolist(), torch.softmax(x, dim=1)[0, :3].tolist())
"""
THREADED = [name for name, env in CPU_PATHS.items() if env.get("OMP_NUM_THREADS") != "1"]


@pytest.mark.parametrize("cpu_path", THREADED)
def test_the_wait_policy_changes_no_output_or_thread_count(cpu_path, tmp_path, result_cache):
    # Its inputs: the runner (tests/snippet_outputs.py, imported: in the kept result's key) and the CPU path.
    result_cache.skip_if_passed_with(ROOT, cpu_path=cpu_path)
    result_cache.keep_if_passed(ROOT, ["tests/snippet_outputs.py"], cpu_path=cpu_path)
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    spinning = snippet_outputs.run_snippet(probe, {**CPU_PATHS[cpu_path], "OMP_WAIT_POLICY": "ACTIVE"})
    sleeping = snippet_outputs.run_snippet(probe, CPU_PATHS[cpu_path])  # the runner's own policy
    assert snippet_outputs.WAIT_POLICY == "PASSIVE"
    assert spinning.returncode == sleeping.returncode == 0, spinning.stderr + sleeping.stderr
    assert spinning.stdout == sleeping.stdout
    assert not spinning.stdout.startswith("1 "), "the probe ran on one thread: it shows nothing"
