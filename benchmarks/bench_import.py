"""Import benchmark: a 100k-row bank CSV with 50 rules, as a whole `permoney import` process.

Run: ``.venv/bin/python benchmarks/bench_import.py [--rows 100000] [--rules 50]``

Prints a table: the whole CLI process (interpreter start to exit, wall clock) for a first
import into an empty account, a re-import of the same file (everything a duplicate), and a
dry run; then the in-process stages of a first import (parse, plan = dedupe + rules +
transfer matching, write). Budget (issue 7): 100k rows in ≤ 3 s as a whole process.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PAYEES = [
    "FreshMart",
    "Green Grocer",
    "Costwise",
    "Bean There",
    "Daily Grind",
    "Shell",
    "Chevron",
    "City Metro",
    "Luigi's",
    "Sushi Go",
    "StreamFlix",
    "TechHub",
    "HomeGoods",
    "CarePharm",
    "Grand Cinema",
    "Acme Corp Payroll",
    "Oakwood Apartments",
    "City Power & Water",
    "FiberNet",
    "Page Turner",
]


def make_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Date,Description,Memo,Amount,Id\n")
        for i in range(rows):
            day = start + timedelta(days=rng.randrange(3650))
            payee = rng.choice(PAYEES)
            # Card payments carry a store number: many distinct payees, as in real exports.
            if rng.random() < 0.3:
                payee = f"{payee} #{rng.randrange(1000)}"
            amount = rng.randrange(-30000, 5000)
            fh.write(f"{day:%d/%m/%Y},{payee},ref {i % 97},{amount / 100:.2f},TX{i:07d}\n")


def _child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


PYCACHE = Path(__file__).resolve().parent / ".books" / "pycache"


def _child_env() -> dict[str, str]:
    """An installed app runs from compiled bytecode; this environment sets
    PYTHONDONTWRITEBYTECODE, so the children get a private bytecode cache (warmed by a
    discarded run, as in bench_gui.py) instead of compiling every module on every start."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one child process (CPU time is what a shared, loaded
    machine distorts least)."""
    cpu0, started = _child_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, text=True, env=_child_env())
    return time.perf_counter() - started, _child_cpu() - cpu0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--rules", type=int, default=50)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    csv_path = tmp / "bank.csv"
    make_csv(csv_path, args.rows)
    exe = [sys.executable, "-m", "permoney_desktop"]

    def fresh_book(name: str) -> Path:
        from permoney_desktop.domain.accounts import AccountKind
        from permoney_desktop.domain.rules import Condition
        from permoney_desktop.services import accounts, rules
        from permoney_desktop.services.ledger import Ledger

        book = tmp / f"{name}.permoney"
        with Ledger.open(book, create=True) as ledger:
            accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
            for i in range(args.rules):
                payee = PAYEES[i % len(PAYEES)].split("'")[0]
                if i % 3:
                    conds = [Condition.parse("payee", "contains", f"{payee.lower()} #{i}")]
                else:
                    conds = [Condition.parse("payee", "regex", rf"^{payee}\b")]
                if i % 5 == 0:
                    conds.append(Condition.parse("amount", "between", "-100", "0"))
                rules.add_rule(ledger, f"r{i}", conds, tags=[f"t{i % 7}"], merchant=payee)
        return book

    run(
        [
            *exe,
            "--book",
            str(fresh_book("warm")),
            "import",
            str(csv_path),
            "--account",
            "Checking",
            "--date-format",
            "%d/%m/%Y",
        ]
    )  # fills the bytecode cache; not timed
    book = fresh_book("cli")
    imp = [
        *exe,
        "--book",
        str(book),
        "import",
        str(csv_path),
        "--account",
        "Checking",
        "--date-format",
        "%d/%m/%Y",
    ]
    first = run(imp)
    again = run(imp)
    dry = run([*imp, "--dry-run"])
    version = run([*exe, "--version"])

    # In-process stages on another fresh book.
    from permoney_desktop.domain.imports.csv_format import CsvOptions
    from permoney_desktop.services import imports
    from permoney_desktop.services.ledger import Ledger

    book2 = fresh_book("stages")
    request = imports.ImportRequest.from_path(
        csv_path, account="Checking", options=CsvOptions(date_format="%d/%m/%Y")
    )
    with Ledger.open(book2) as ledger:
        w0, c0 = time.perf_counter(), time.process_time()
        parsed = imports.parse_file(request)
        w1, c1 = time.perf_counter(), time.process_time()
        plan = imports.plan_import(ledger, request)
        w2, c2 = time.perf_counter(), time.process_time()
        report = imports.run_import(ledger, request)
        w3, c3 = time.perf_counter(), time.process_time()
    assert len(parsed.rows) == args.rows and report.imported == args.rows
    load = os.getloadavg()[0]
    print(
        f"import benchmark: {args.rows} CSV rows, {args.rules} rules "
        f"({plan.rules_applied} rows matched a rule); load average {load:.1f} "
        f"on {os.cpu_count()} cores"
    )
    print(f"{'what':<52} {'wall s':>7} {'CPU s':>7}")
    print("-" * 68)
    for label, (wall, cpu) in [
        ("permoney --version (interpreter + CLI start)", version),
        ("permoney import, first time (whole process)", first),
        ("permoney import, same file again (all duplicates)", again),
        ("permoney import --dry-run (all duplicates)", dry),
        ("in process: parse + validate", (w1 - w0, c1 - c0)),
        ("in process: parse + plan (dedupe, rules, transfers)", (w2 - w1, c2 - c1)),
        ("in process: whole import (parse, plan, write, commit)", (w3 - w2, c3 - c2)),
    ]:
        print(f"{label:<52} {wall:>7.2f} {cpu:>7.2f}")


if __name__ == "__main__":
    main()
