"""The CPU paths on which every printed output and every notebook claim must hold.

torch picks its CPU kernels at run time: by the CPU's widest instruction set (AVX-512, AVX2, or the
scalar "default" path that ATEN_CPU_CAPABILITY=default forces), by the tensor's length (the first
multiple of the vector width goes through the vectorised loop, the tail through the scalar one) and
by the number of threads (how a reduction is split). Matrix products go through MKL and convolutions
through oneDNN, which choose their own code by CPU: MKL_ENABLE_INSTRUCTIONS and ONEDNN_MAX_CPU_ISA
pin those, so a forced path forces all three libraries. The sign of a zero, the gradient at a NaN input
and the last digits of a sum can change with each. A reader's machine may take any of these paths,
so the tests run snippets and notebooks on more than the one this machine takes by default.
"""

from __future__ import annotations

import torch

NATIVE = "native"

# name -> environment that selects the path (set before torch is imported in the child process)
CPU_PATHS: dict[str, dict[str, str]] = {
    NATIVE: {},
    # the scalar kernels, on one thread: the other end from the native path on any machine
    "scalar, 1 thread": {
        "ATEN_CPU_CAPABILITY": "default",
        "MKL_ENABLE_INSTRUCTIONS": "SSE4_2",
        "ONEDNN_MAX_CPU_ISA": "SSE41",
        # glibc's maths library (exp, log, ... in torch's scalar code) picks FMA/AVX versions by CPU too
        "GLIBC_TUNABLES": "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F,-AVX",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    },
}
# On an AVX-512 machine the AVX2 kernels (what most AMD and older Intel CPUs run) are a third path.
if torch.backends.cpu.get_cpu_capability() == "AVX512":
    CPU_PATHS["AVX2"] = {"ATEN_CPU_CAPABILITY": "avx2", "MKL_ENABLE_INSTRUCTIONS": "AVX2", "ONEDNN_MAX_CPU_ISA": "AVX2"}


def describe(name: str) -> str:
    """'scalar, 1 thread (ATEN_CPU_CAPABILITY=default OMP_NUM_THREADS=1 ...)', for failure messages."""
    env = CPU_PATHS[name]
    if not env:
        return f"{name} ({torch.backends.cpu.get_cpu_capability()}, {torch.get_num_threads()} threads)"
    return f"{name} ({' '.join(f'{k}={v}' for k, v in env.items())})"
