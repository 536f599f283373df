"""Whole-process start-up of a CLI write: ``permoney tx add`` beside ``permoney balances``.

Each command runs as a fresh process on a copy of a cached demo book (bytecode cached: one
warm-up run first; run it without PYTHONDONTWRITEBYTECODE, as an installed app runs), and the
table shows the median wall time, CPU time (user + sys; the machine may be shared, CPU is
steadier) and max RSS, beside two baselines (``python -c pass`` and ``python -c "import
sqlite3"``) and the machine's load average, so a figure from a busy machine can be judged.
``tx add`` includes bringing the touched account up to date inline (no worker runs). Budget:
``tx add`` ≤ 150 ms.

``--compare DIR`` also times ``tx add`` from another checkout's sources (``DIR`` holding
``permoney_desktop/``, e.g. ``git archive main | tar -x -C DIR``) on its own copy of the book,
alternating run by run with this one so that both see the same load.

    .venv/bin/python benchmarks/bench_cli_write.py [--size 10k] [--runs 9] [--compare DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, fresh_copy

BUDGET_S = 0.150
ADD = ["tx", "add", "--account", "Everyday Checking", "--date", END, "--amount", "-1.25"]


# Baselines: the interpreter alone, and with the stdlib SQLite driver (what any write costs).
PYTHON_ONLY = {"python -c pass": "pass", 'python -c "import sqlite3"': "import sqlite3"}


def commands() -> dict[str, list[str]]:
    return {
        **{label: [] for label in PYTHON_ONLY},
        "permoney --version": ["--version"],
        "permoney tx add": ADD,
        "permoney balances": ["balances", "--to", END],
    }


def run_once(
    book: Path, args: list[str], src: Path | None = None, code: str = "pass"
) -> tuple[float, float, float]:
    """Wall time, max RSS (MB) and CPU time (user + sys) of one process."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    cmd = [sys.executable, "-c", code]
    if args:
        cmd = [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args]
    t = time.perf_counter()
    # Run beside the book: ``-m`` puts the working folder first on the path, which must not
    # shadow the sources under test (``--compare``).
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=book.parent
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status):
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed: {err}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def medians(samples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    wall, rss, cpu = (statistics.median(s[i] for s in samples) for i in range(3))
    return wall, rss, cpu


def row(label: str, figures: tuple[float, float, float], budget: bool = False) -> str:
    wall, rss, cpu = figures
    mark = ""
    if budget:
        mark = " ✓" if wall <= BUDGET_S else f" (budget {BUDGET_S * 1000:.0f} ms)"
    return f"| `{label}` | {wall * 1000:.0f} ms{mark} | {cpu * 1000:.0f} ms | {rss:.0f} MB |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10k")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--compare", type=Path, default=None, metavar="DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = fresh_copy(args.size, Path(tmp))
        print(f"| command ({args.size} book) | wall | CPU | max RSS |")
        print("|---|---|---|---|")
        for label, argv in commands().items():
            code = PYTHON_ONLY.get(label, "pass")
            run_once(book, argv, code=code)  # warm-up: bytecode compiled and cached, pages in cache
            if label == "permoney tx add" and args.compare is not None:
                # Its own copy: the two checkouts may upgrade the book to different schemas.
                (Path(tmp) / "theirs").mkdir()
                their_book = fresh_copy(args.size, Path(tmp) / "theirs")
                run_once(their_book, argv, args.compare)
                theirs, ours = [], []
                for _ in range(args.runs):
                    theirs.append(run_once(their_book, argv, args.compare))
                    ours.append(run_once(book, argv))
                print(row(f"{label} ({args.compare.name})", medians(theirs), budget=True))
                print(row(label, medians(ours), budget=True))
                continue
            samples = [run_once(book, argv, code=code) for _ in range(args.runs)]
            print(row(label, medians(samples), budget=label == "permoney tx add"))
        # Wall time on a shared machine waits for the CPU: say how busy it was.
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"\nload average (1, 5, 15 min) at the end: {load}")


if __name__ == "__main__":
    main()
