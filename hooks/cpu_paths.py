"""The CPU paths on which every printed output and every notebook claim must hold, and what names the CPU.

torch picks its CPU kernels at run time: by the CPU's widest instruction set (AVX-512, AVX2, or the
scalar "default" path that ATEN_CPU_CAPABILITY=default forces), by the tensor's length (the first
multiple of the vector width goes through the vectorised loop, the tail through the scalar one) and
by the number of threads (how a reduction is split). Matrix products go through MKL and convolutions
through oneDNN, which choose their own code by CPU: MKL_ENABLE_INSTRUCTIONS and ONEDNN_MAX_CPU_ISA
pin those, so a forced path forces all three libraries. The sign of a zero, the gradient at a NaN input
and the last digits of a sum can change with each. A reader's machine may take any of these paths,
so the tests run snippets and notebooks on more than the one this machine takes by default
(tests/test_snippets.py, tests/test_notebooks.py).

The build's notebook cache (hooks/notebooks.py) and the tests' kept results (tests/result_cache.py) key
on KERNEL_VARIABLES and fingerprint(): a cache copied to another machine, or a run under another path,
must not serve this one's numbers. Importing this module imports no torch (a warm build imports none);
CPU_PATHS, which asks torch which kernels this CPU runs, is computed when first read.
"""

from __future__ import annotations

import os
import platform
from functools import cache
from pathlib import Path

NATIVE = "native"

# The scalar kernels, on one thread: the other end from the native path on any machine.
SCALAR_ONE_THREAD = {
    "ATEN_CPU_CAPABILITY": "default",
    "MKL_ENABLE_INSTRUCTIONS": "SSE4_2",
    "ONEDNN_MAX_CPU_ISA": "SSE41",
    # glibc's maths library (exp, log, ... in torch's scalar code) picks FMA/AVX versions by CPU too
    "GLIBC_TUNABLES": "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F,-AVX",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}
# On an AVX-512 machine the AVX2 kernels (what most AMD and older Intel CPUs run) are a third path.
AVX2 = {"ATEN_CPU_CAPABILITY": "avx2", "MKL_ENABLE_INSTRUCTIONS": "AVX2", "ONEDNN_MAX_CPU_ISA": "AVX2"}

# Every variable that chooses torch's (and MKL's, oneDNN's, glibc's) kernels or thread count.
KERNEL_VARIABLES = tuple(SCALAR_ONE_THREAD)


def paths(capability: str) -> dict[str, dict[str, str]]:
    """name -> environment that selects the path (set before torch is imported in the child process), on a
    CPU whose native capability (torch.backends.cpu.get_cpu_capability()) is the one given."""
    found = {NATIVE: {}, "scalar, 1 thread": SCALAR_ONE_THREAD}
    return {**found, "AVX2": AVX2} if capability == "AVX512" else found


@cache
def _this_machines_paths() -> dict[str, dict[str, str]]:
    import torch

    return paths(torch.backends.cpu.get_cpu_capability())


def __getattr__(name: str):
    if name == "CPU_PATHS":  # the paths this machine can take (imports torch)
        return _this_machines_paths()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def describe(name: str) -> str:
    """'scalar, 1 thread (ATEN_CPU_CAPABILITY=default OMP_NUM_THREADS=1 ...)', for failure messages."""
    import torch

    env = _this_machines_paths()[name]
    if not env:
        return f"{name} ({torch.backends.cpu.get_cpu_capability()}, {torch.get_num_threads()} threads)"
    return f"{name} ({' '.join(f'{k}={v}' for k, v in env.items())})"


def kernel_environment() -> list[str]:
    """NAME=value of every kernel variable as this process has it (None when unset)."""
    return [f"{name}={os.environ.get(name)}" for name in KERNEL_VARIABLES]


@cache
def fingerprint() -> str:
    """The machine: its architecture, CPU model and instruction sets (torch, MKL and glibc choose their code
    by them) and core count (how a reduction is split)."""
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        described = "\n".join(sorted({line for line in lines if line.startswith(("model name", "flags"))}))
    except OSError:
        described = platform.processor()
    return f"{platform.machine()}\n{described}\n{os.cpu_count()} cores"
