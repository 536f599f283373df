"""Shared-book benchmark: the same commands on a SQLite book and on a PostgreSQL book.

Starts a private PostgreSQL (``packaging/services.py``), copies the cached SQLite demo book of
each size into it with ``permoney book copy`` (timed too: the same household on both), and
times whole processes, as a user runs them, alternating SQLite and PostgreSQL run by run so a
noisy shared machine hits both alike: ``permoney balances`` (median of ``--runs`` each), and a
first import of an N-row bank CSV into an empty account (``bench_import.make_csv``; median of
``--import-runs`` each). Wall and CPU seconds of the client process, and the ratio of the
PostgreSQL median to the SQLite one (the server's own CPU is not in the CPU column: see wall).
``pg/psycopg`` is the same ``balances`` through psycopg's reader instead of the command's
standard-library client (``store/pg_wire.py``). ``--phases`` then runs one import on each
backend through ``bench_import_phases.py`` (wall, CPU and waiting per phase).

    .venv/bin/python benchmarks/bench_shared.py [--sizes 10k,100k] [--rows 100000] [--runs 5]
        [--import-runs 2] [--phases]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import cached_book
from bench_import import _child_env as child_env
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


Row = tuple[str, str, str, float, float, float]


def alternating(cmds: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) per backend, the backends' runs interleaved; one untimed run each
    first (bytecode cache, the server's buffers)."""
    for cmd in cmds.values():
        run(cmd)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(run(cmd))
    return {
        name: (statistics.median(t[0] for t in got), statistics.median(t[1] for t in got))
        for name, got in times.items()
    }


def rows_for(what: str, size: str, medians: dict[str, tuple[float, float]]) -> list[Row]:
    base = medians["sqlite"][0]
    return [
        (what, size, name, wall, cpu, wall / base if base else 0.0)
        for name, (wall, cpu) in medians.items()
    ]


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
    ap.add_argument("--import-runs", type=int, default=1)
    ap.add_argument("--phases", action="store_true", help="then one import of each, by phase")
    args = ap.parse_args()
    server = services().start_postgres()
    tmp = Path(tempfile.mkdtemp(prefix="bench-shared-"))
    table: list[Row] = []
    try:
        for size in args.sizes.split(","):
            sqlite = str(cached_book(size))
            url = server.url(f"demo_{size.lower()}")
            wall, cpu = run([*EXE, "book", "copy", sqlite, url])
            table.append(("permoney book copy (file → server)", size, "both", wall, cpu, 0.0))
            medians = alternating(
                {
                    "sqlite": [*EXE, "--book", sqlite, "balances"],
                    "postgresql": [*EXE, "--book", url, "balances"],
                    # The same read through psycopg (a libpq variable makes the command
                    # leave its standard-library client): what the light path saves.
                    "pg/psycopg": ["env", "PGCONNECT_TIMEOUT=10", *EXE, "--book", url, "balances"],
                },
                args.runs,
            )
            table += rows_for("permoney balances", size, medians)
        if args.import_runs < 1:  # balances only
            return
        csv_path = tmp / "bank.csv"
        make_csv(csv_path, args.rows)
        imp = ["import", str(csv_path), "--account", "Checking", "--date-format", "%d/%m/%Y"]
        for backend in ("sqlite", "postgresql"):  # warm-up: not timed
            run([*EXE, "--book", import_book(server, tmp, "warm", backend == "postgresql"), *imp])
        times: dict[str, list[tuple[float, float]]] = {"sqlite": [], "postgresql": []}
        for i in range(args.import_runs):
            for backend, got in times.items():
                book = import_book(server, tmp, f"timed_{i}", backend == "postgresql")
                got.append(run([*EXE, "--book", book, *imp]))
        medians = {
            b: (statistics.median(t[0] for t in got), statistics.median(t[1] for t in got))
            for b, got in times.items()
        }
        table += rows_for("permoney import (first, CSV)", f"{args.rows // 1000}k rows", medians)
        if args.phases:
            for backend in ("sqlite", "postgresql"):
                book = import_book(server, tmp, "phases", backend == "postgresql")
                print(f"\nwhere the time goes: permoney import, {backend}")
                subprocess.run(
                    [sys.executable, str(HERE / "bench_import_phases.py"), book, *imp[1:]],
                    check=True,
                    env=child_env(),
                )
    finally:
        server.close()
        _print(table)


def _print(table: list[Row]) -> None:
    print(f"{'command':36} {'size':>9} {'backend':>11} {'wall s':>8} {'CPU s':>8} {'÷ SQLite':>9}")
    for what, size, backend, wall, cpu, ratio in table:
        shown = f"{ratio:9.2f}" if ratio else f"{'':9}"
        print(f"{what:36} {size:>9} {backend:>11} {wall:8.3f} {cpu:8.3f} {shown}")


if __name__ == "__main__":
    main()
