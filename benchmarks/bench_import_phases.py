"""Where one ``permoney import`` spends its time, phase by phase, on a SQLite or a shared book.

Runs the command in this process (as ``permoney --book BOOK import CSV …`` would) with timers
around its phases: wall time, this process's CPU time, and their difference (time spent
waiting: on the server, on disk, or for a CPU on a loaded machine). Phases nest (``write
rows`` is inside ``write``); ``sync after`` is the inline recompute of the imported account.

    .venv/bin/python benchmarks/bench_import_phases.py BOOK CSV [import options…]
"""

from __future__ import annotations

import functools
import importlib
import sys
import time
from collections.abc import Callable
from typing import Any

# (module, attribute path, label): the phases of cli/commands/imports.py → services/imports.
PHASES = [
    ("permoney_desktop.cli.context", "open_ledger", "open the book"),
    ("permoney_desktop.services.imports.write", "parse_file", "parse the file"),
    ("permoney_desktop.services.imports.write", "build_plan", "plan (dedupe, rules)"),
    ("permoney_desktop.services.imports.write", "_write", "write"),
    ("permoney_desktop.services.imports.write", "_drop_entry_indexes", "  drop indexes"),
    ("permoney_desktop.services.imports.write", "_write_rows", "  write rows"),
    ("permoney_desktop.store.import_queries", "create_indexes", "  build indexes"),
    ("permoney_desktop.services.imports.write", "closing_check.after_write", "closing check"),
    ("permoney_desktop.services.gate", "split_flows.refresh", "gate: split flows"),
    ("permoney_desktop.services.gate", "undo_steps.store_step", "gate: undo step"),
    ("permoney_desktop.cli.write_sync", "after_write", "sync after"),
]

Timing = tuple[float, float]  # wall, CPU


def _timed(fn: Callable[..., Any], into: list[Timing]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            into.append((time.perf_counter() - wall, time.process_time() - cpu))

    return run


def _install() -> dict[str, list[Timing]]:
    found: dict[str, list[Timing]] = {}
    for module_name, path, label in PHASES:
        owner: Any = importlib.import_module(module_name)
        *parents, name = path.split(".")
        for part in parents:
            owner = getattr(owner, part)
        found[label] = []
        setattr(owner, name, _timed(getattr(owner, name), found[label]))
    return found


def main() -> None:
    book, csv, *options = sys.argv[1:]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    from permoney_desktop.cli import main as permoney

    phases = _install()
    code = permoney(["--book", book, "import", csv, *options])
    total = (time.perf_counter() - wall0, time.process_time() - cpu0)
    print(f"{'phase':24} {'wall s':>8} {'CPU s':>8} {'waiting s':>10}")
    for label, got in [*phases.items(), ("whole command", [total])]:
        if got:
            wall, cpu = sum(t[0] for t in got), sum(t[1] for t in got)
            print(f"{label:24} {wall:8.3f} {cpu:8.3f} {wall - cpu:10.3f}")
    sys.exit(code)


if __name__ == "__main__":
    main()
