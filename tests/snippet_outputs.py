"""Run a snippet in a fresh interpreter and compare what it prints with its `#>` comment lines.

A snippet shows its printed output right under the print, as comments, so a reader sees it and a
copy still runs (the pydantic / pytest-examples convention):

    print(torch.relu(x))
    #> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])

The run is a copy-paste check too: its own process from a clean `python -I` interpreter (no
PYTHONPATH, no project on sys.path), in an empty folder, so a snippet that leans on hidden set-up
fails. Only print() is patched, to note which statement printed each line.
"""

from __future__ import annotations

import ast
import atexit
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

OUTPUT_PREFIX = "#>"
AGG_SHOW_WARNING = "FigureCanvasAgg is non-interactive"
TIMEOUT = 60  # seconds for one snippet
WAIT_POLICY = "PASSIVE"  # OMP_WAIT_POLICY of the snippet interpreters (Zygote.run says why)

# A clean `python -I` interpreter that has imported torch and nothing of the project. For each snippet
# it forks a child that starts from an empty __main__ namespace in an empty folder, records (line,
# text) for every print to stdout and runs the file: a copy-paste check at a fraction of the cost of
# paying torch's import (about 2 s) once per snippet. torch and matplotlib.pyplot are preloaded, and a
# snippet must still import them itself: its namespace starts empty, so a forgotten `import torch` or
# `import matplotlib.pyplot as plt` fails as in a fresh Python. The one thing a preload could hide, a
# bare `import matplotlib` followed by `matplotlib.pyplot....`, is refused by a test in test_snippets.py.
ZYGOTE = r"""
import builtins, io, json, os, runpy, sys, time, traceback
import torch
# torch imports some of its own modules on first use (assert_close pulls in sympy, an optimizer step
# torch._dynamo: 0.7 s each); do that once here rather than in every child. The child's namespace is
# still empty: a snippet that forgets `import torch` fails as it would in a fresh Python.
torch.testing.assert_close(torch.ones(1), torch.ones(1))
_warm = torch.ones(1, requires_grad=True)
_warm.sum().backward()
torch.optim.SGD([_warm], lr=0.1).step()
del _warm
import matplotlib.pyplot  # 0.4 s; snippets import it as `import matplotlib.pyplot as plt` (a test checks)

protocol = os.fdopen(os.dup(1), "w")
protocol.write('{"ready": true}\n')  # the imports above are done: the time of a start-up is not a snippet's
protocol.flush()
real_print = builtins.print

def child(request):
    path = request["path"]
    os.chdir(request["cwd"])
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(request["out"], os.O_WRONLY | os.O_CREAT), 1)
    os.dup2(os.open(request["err"], os.O_WRONLY | os.O_CREAT), 2)
    records = []
    def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        if file is None or file is sys.stdout:
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename != path:
                frame = frame.f_back
            text = io.StringIO()
            real_print(*args, sep=sep, end=end, file=text)
            records.append((frame.f_lineno if frame else None, text.getvalue()))
        real_print(*args, sep=sep, end=end, file=file, flush=flush)
    builtins.print = recording_print
    sys.argv = [path]
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (exit.code is not None)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        with open(request["record"], "w") as f:
            json.dump(records, f)
    os._exit(code)

for line in sys.stdin:
    request = json.loads(line)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        child(request)
    deadline, status = time.monotonic() + request["timeout"], None
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        status = None
        time.sleep(0.005)
    if status is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    returncode = None if status is None else os.waitstatus_to_exitcode(status)
    protocol.write(json.dumps({"returncode": returncode}) + "\n")
    protocol.flush()
"""


@dataclass
class Run:
    returncode: int | None  # None: stopped after TIMEOUT seconds
    stdout: str
    stderr: str
    prints: list[tuple[int | None, str]] = field(default_factory=list)


class Zygote:
    """One preloaded interpreter per test process and CPU path (its environment), started on first use."""

    processes: dict[tuple[tuple[str, str], ...], subprocess.Popen] = {}

    @classmethod
    def run(cls, request: dict, env_overrides: dict[str, str]) -> int | None:
        key = tuple(sorted(env_overrides.items()))
        process = cls.processes.get(key)
        if process is None or process.poll() is not None:
            env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
            env["MPLBACKEND"] = "Agg"  # headless here; a reader's plt.show() opens a window instead
            # How torch's idle OpenMP threads wait (libgomp), not how many there are or how work is split: the
            # same output (tests/test_snippet_runner.py). Spinning threads of two test workers and the browsers
            # on two cores made the multi-threaded snippets 3-5 times slower than sleeping ones.
            env["OMP_WAIT_POLICY"] = WAIT_POLICY
            env.update(env_overrides)  # before torch is imported: the CPU path is chosen at import
            process = cls.processes[key] = subprocess.Popen(
                # The warning that Agg cannot show a window is about this machine, not the snippet.
                [sys.executable, "-I", "-W", f"ignore:{AGG_SHOW_WARNING}", "-c", ZYGOTE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
                cwd=tempfile.gettempdir(),
            )
            started = time.monotonic()
            if not process.stdout.readline():
                raise RuntimeError("the snippet runner process died while importing torch")
            SECONDS[STARTUPS] = SECONDS.get(STARTUPS, 0.0) + time.monotonic() - started
        process.stdin.write(json.dumps(request) + "\n")
        process.stdin.flush()
        answer = process.stdout.readline()
        if not answer:
            raise RuntimeError("the snippet runner process died")
        return json.loads(answer)["returncode"]

    @classmethod
    def close(cls) -> None:
        """End of the test process: closing stdin ends each zygote's loop; its pipes are closed too,
        or the interpreter warns about them at exit (ResourceWarning: unclosed file)."""
        for process in cls.processes.values():
            process.stdin.close()
            process.wait(timeout=10)
            process.stdout.close()
        cls.processes.clear()


atexit.register(Zygote.close)


# Seconds each snippet took, summed over the CPU paths it ran on (conftest.py prints the slowest), and
# under STARTUPS the zygotes' own start-ups (importing torch), which the first snippet would pay.
SECONDS: dict[str, float] = {}
STARTUPS = "(snippet interpreters starting: importing torch and matplotlib)"


def run_snippet(path: Path, env: dict[str, str] | None = None) -> Run:
    """Run the snippet alone; env selects a CPU path (hooks/cpu_paths.py), none the native one."""
    path = path.resolve()
    started, starting = time.monotonic(), SECONDS.get(STARTUPS, 0.0)
    with tempfile.TemporaryDirectory() as scratch:
        files = {name: str(Path(scratch) / name) for name in ("out", "err", "record")}
        empty = Path(scratch) / "cwd"
        empty.mkdir()
        returncode = Zygote.run({"path": str(path), "cwd": str(empty), "timeout": TIMEOUT, **files}, env or {})
        stdout, stderr = (Path(files[n]).read_text() if Path(files[n]).exists() else "" for n in ("out", "err"))
        record = Path(files["record"])
        prints = [tuple(p) for p in json.loads(record.read_text())] if record.exists() else []
    if returncode is None:
        stderr += f"\n{path}: still running after {TIMEOUT} s"
    spent = time.monotonic() - started - (SECONDS.get(STARTUPS, 0.0) - starting)
    SECONDS[str(path)] = SECONDS.get(str(path), 0.0) + spent
    return Run(returncode, stdout, stderr, prints)


def statement_ends(source: str) -> dict[int, tuple[int, int]]:
    """Map every line of a simple statement to (its last line, its indent): output goes after it."""
    ends = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and not hasattr(node, "body"):
            for line in range(node.lineno, node.end_lineno + 1):
                ends[line] = (node.end_lineno, node.col_offset)
    return ends


def shown_outputs(source: str) -> dict[int, list[str]]:
    """The `#>` blocks of a snippet, keyed by the line just above each block."""
    blocks: dict[int, list[str]] = {}
    lines = source.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith(OUTPUT_PREFIX):
            anchor = i  # 1-based number of the line above
            block = []
            while i < len(lines) and lines[i].strip().startswith(OUTPUT_PREFIX):
                block.append(lines[i].strip()[len(OUTPUT_PREFIX) :].removeprefix(" "))
                i += 1
            blocks[anchor] = block
        else:
            i += 1
    return blocks


def printed_outputs(source: str, run: Run) -> dict[int, list[str]]:
    """What the run printed, keyed by the last line of the statement that printed it."""
    ends = statement_ends(source)
    text: dict[int, str] = {}
    for line, printed in run.prints:
        anchor = ends.get(line, (line, 0))[0] if line else 0
        text[anchor] = text.get(anchor, "") + printed
    return {a: [ln.rstrip() for ln in t.rstrip("\n").split("\n")] for a, t in text.items()}


def output_mismatches(path: Path, run: Run) -> list[str]:
    """Every place where the `#>` lines differ from the real output, as 'file:line: ...' messages."""
    source = path.read_text(encoding="utf-8")
    shown, printed = shown_outputs(source), printed_outputs(source, run)
    problems = []
    if run.stdout != "".join(p for _, p in run.prints):
        problems.append(f"{path}: writes to stdout other than with print(); a page cannot show that")
    for anchor in sorted(set(shown) | set(printed)):
        want, got = shown.get(anchor), printed.get(anchor)
        if want == got:
            continue
        if got is None:
            problems.append(f"{path}:{anchor + 1}: shows output, but the statement above prints nothing")
        elif want is None:
            problems.append(f"{path}:{anchor}: prints, but no #> lines follow:\n" + _quote(got))
        else:
            problems.append(
                f"{path}:{anchor + 1}: shown output is stale.\nshown:\n{_quote(want)}\nprinted:\n{_quote(got)}"
            )
    return problems


def with_outputs(path: Path, run: Run) -> str:
    """The snippet's source with every `#>` block rewritten from the run (make update-outputs)."""
    source = path.read_text(encoding="utf-8")
    printed = printed_outputs(source, run)
    indents = {end: indent for end, indent in statement_ends(source).values()}
    out = []
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip().startswith(OUTPUT_PREFIX):
            continue
        out.append(line)
        for shown in printed.get(number, []):
            out.append(" " * indents.get(number, 0) + (f"{OUTPUT_PREFIX} {shown}" if shown else OUTPUT_PREFIX))
    return "\n".join(out) + "\n"


def _quote(lines: list[str]) -> str:
    return "\n".join(f"    | {line}" for line in lines)
