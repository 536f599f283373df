"""Shared-book benchmark: the same commands on a SQLite book and on a PostgreSQL book.

Starts a private PostgreSQL (``packaging/services.py``), fills a shared book with the same demo
household as the SQLite one (``permoney demo``, ten years), and times whole processes, as a
user runs them: ``permoney balances`` (median of ``--runs``), and a first import of an N-row
bank CSV into an empty account (``bench_import.make_csv``). Wall and CPU seconds per row;
CPU is what a loaded machine distorts least (the server's own CPU is not in it: see wall).

    .venv/bin/python benchmarks/bench_shared.py [--sizes 10k,100k] [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, SIZES, YEARS, cached_book
from bench_import import make_csv, run

HERE = Path(__file__).resolve().parent

EXE = [sys.executable, "-m", "permoney_desktop"]


def services() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "permoney_services", HERE.parent / "packaging" / "services.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["permoney_services"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def median_run(cmd: list[str], runs: int) -> tuple[float, float]:
    run(cmd)  # warms the bytecode cache and the server's buffers; not timed
    results = [run(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def shared_demo(server: object, size: str) -> str:
    url = server.url(f"demo_{size.lower()}")  # type: ignore[attr-defined]
    run([*EXE, "init", url])
    run(
        [
            *EXE,
            "--book",
            url,
            "demo",
            "--transactions",
            str(SIZES[size]),
            "--years",
            str(YEARS),
            "--end",
            END,
        ]
    )
    return url


def import_book(server: object, tmp: Path, name: str, shared: bool) -> str:
    book = server.url(name) if shared else str(tmp / f"{name}.permoney")  # type: ignore[attr-defined]
    run([*EXE, "init", book])
    run(
        [
            *EXE,
            "--book",
            book,
            "accounts",
            "add",
            "Checking",
            "--type",
            "checking",
            "--currency",
            "USD",
        ]
    )
    return book


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10k,100k")
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    server = services().start_postgres()
    tmp = Path(tempfile.mkdtemp(prefix="bench-shared-"))
    table: list[tuple[str, str, str, float, float]] = []
    try:
        for size in args.sizes.split(","):
            for backend, book in (
                ("sqlite", str(cached_book(size))),
                ("postgresql", shared_demo(server, size)),
            ):
                wall, cpu = median_run([*EXE, "--book", book, "balances"], args.runs)
                table.append(("permoney balances", size, backend, wall, cpu))
        csv_path = tmp / "bank.csv"
        make_csv(csv_path, args.rows)
        rows = f"{args.rows // 1000}k rows"
        for backend in ("sqlite", "postgresql"):
            warm = import_book(server, tmp, "warm_import", backend == "postgresql")
            imp = ["import", str(csv_path), "--account", "Checking", "--date-format", "%d/%m/%Y"]
            run([*EXE, "--book", warm, *imp])  # not timed
            book = import_book(server, tmp, "timed_import", backend == "postgresql")
            wall, cpu = run([*EXE, "--book", book, *imp])
            table.append(("permoney import (first, CSV)", rows, backend, wall, cpu))
    finally:
        server.close()
    print(f"{'command':32} {'size':>9} {'backend':>11} {'wall s':>8} {'CPU s':>8}")
    for what, size, backend, wall, cpu in table:
        print(f"{what:32} {size:>9} {backend:>11} {wall:8.3f} {cpu:8.3f}")


if __name__ == "__main__":
    main()
