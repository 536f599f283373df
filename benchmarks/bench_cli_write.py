"""Whole-process start-up of a CLI write: ``permoney tx add`` beside ``permoney balances``.

Each command runs as a fresh process on a copy of a cached demo book (bytecode cached: one
warm-up run first), and the table shows the median wall time, CPU time (user + sys; the
machine may be shared, CPU is steadier) and max RSS. ``tx add`` includes bringing the
touched account up to date inline (no worker runs). Budget: ``tx add`` ≤ 150 ms.

    .venv/bin/python benchmarks/bench_cli_write.py [--size 10k] [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, fresh_copy
from bench_balances import run_cli

BUDGET_S = 0.150


def commands() -> dict[str, list[str]]:
    add = ["tx", "add", "--account", "Everyday Checking", "--date", END, "--amount", "-1.25"]
    return {
        "python -c pass": [],
        "permoney --version": ["--version"],
        "permoney tx add": add,
        "permoney balances": ["balances", "--to", END],
    }


def measure(book: Path, args: list[str], runs: int) -> tuple[float, float, float]:
    if not args:
        import subprocess
        import time

        walls = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            walls.append(time.perf_counter() - t)
        return statistics.median(walls), 0.0, 0.0
    run_cli(book, args)  # warm-up: bytecode compiled and cached, the book's pages in cache
    samples = [run_cli(book, args) for _ in range(runs)]
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10k")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = fresh_copy(args.size, Path(tmp))
        print(f"| command ({args.size} book) | wall | CPU | max RSS |")
        print("|---|---|---|---|")
        for label, argv in commands().items():
            wall, rss, cpu = measure(book, argv, args.runs)
            mark = ""
            if label == "permoney tx add":
                mark = " ✓" if wall <= BUDGET_S else f" (budget {BUDGET_S * 1000:.0f} ms)"
            print(
                f"| `{label}` | {wall * 1000:.0f} ms{mark} | {cpu * 1000:.0f} ms | {rss:.0f} MB |"
            )


if __name__ == "__main__":
    main()
