"""The child process of the fault-injection suite: works on a book until it is SIGKILLed.

Run as ``python -m tests.safety.crash_child SCENARIO BOOK LOG SEED [MIGRATIONS]``. It prints
``ready`` once the book is open, then loops over its scenario's work. Each write whose call
returned (so it is committed) is appended to LOG with an unbuffered ``os.write``, which
survives the kill; intentions are logged *before* a call, so the parent knows which writes
may or may not have landed.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from random import Random


def _logger(path: Path):  # type: ignore[no-untyped-def]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def log(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    return log


def _ready() -> None:
    sys.stdout.write("ready\n")
    sys.stdout.flush()


def _accounts(ledger):  # type: ignore[no-untyped-def]
    with ledger.book.reading() as s:
        rows = s.connection().exec_driver_sql("SELECT id, currency FROM accounts").all()
    return [int(a) for a, c in rows if c == "USD"]


def writes(book: Path, log, rng: Random, *, materialize_too: bool = False) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
    from permoney_desktop.domain.ids import AccountId
    from permoney_desktop.services import entries, materialize, transfers
    from permoney_desktop.services.ledger import Ledger

    ledger = Ledger.open(book)
    accounts = _accounts(ledger)
    mine: list[int] = []
    _ready()
    start = date(2023, 1, 1)
    n = 0
    while True:
        n += 1
        day = start + timedelta(days=rng.randrange(540))
        roll = rng.random()
        if roll < 0.55 or not mine:
            new = NewEntry(
                AccountId(rng.choice(accounts)),
                day,
                Decimal(rng.randrange(-50000, 50000)) / 100,
                payee=f"Crash payee {n}",
                notes=f"note {n}",
            )
            entry_id, _ = entries.add_entry(ledger, new)
            mine.append(int(entry_id))
            log(f"add {entry_id}")
        elif roll < 0.7:
            a, b = rng.sample(accounts, 2)
            tid, _ = transfers.add_transfer(
                ledger, a, b, day, Decimal(rng.randrange(1, 90000)) / 100
            )
            with ledger.book.reading() as s:
                sides = s.connection().exec_driver_sql(
                    "SELECT id FROM entries WHERE transfer_id = ?", (int(tid),)
                )
                for (side,) in sides:
                    log(f"add {side}")
            log(f"transfer {tid}")
        elif roll < 0.85:
            victim = mine.pop(rng.randrange(len(mine)))
            log(f"try-del {victim}")
            entries.delete_entries(ledger, [victim])
            log(f"del {victim}")
        else:
            target = rng.choice(mine)
            entries.edit_entry(
                ledger, target, EntryPatch(amount=Decimal(rng.randrange(-9000, 9000)) / 100)
            )
        if materialize_too and n % 3 == 0:
            if rng.random() < 0.2:
                materialize.sync_all(ledger, full=True)
            else:
                materialize.sync_pending(ledger)


def imports(book: Path, log, rng: Random, files: Path) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.services import imports as service
    from permoney_desktop.services.ledger import Ledger

    ledger = Ledger.open(book)
    _ready()
    for path in sorted(files.glob("*.csv")):
        log(f"try-import {path.stem}")
        service.run_import(
            ledger, service.ImportRequest.from_path(path, account="Everyday Checking")
        )
        log(f"imported {path.stem}")
    log("all-imported")


def migrate(book: Path, log, rng: Random, scripts: Path) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.store import migrate as m

    m.migrations_dir = lambda: scripts  # type: ignore[assignment]
    _ready()
    m.upgrade(book, "9000")  # test_crash.PROBE_REVISION: the probe past the app's head
    log("migrated")


def reconcile(book: Path, log, rng: Random) -> None:  # type: ignore[no-untyped-def]
    """Finish the open reconciliation, undo it, start it again, … until killed."""
    from permoney_desktop.services import reconcile as service
    from permoney_desktop.services.ledger import Ledger

    ledger = Ledger.open(book)
    state = service.current(ledger)
    account, day, balance = state.account.id, state.statement_date, state.statement_balance
    _ready()
    while True:
        log("try-finish")
        service.finish(ledger, account)
        log("finished")
        log("try-undo")
        service.undo_last(ledger, account)
        log("undone")
        service.start(ledger, account, day, Decimal(balance) / 100)
        log("started")


def main() -> None:
    scenario, book, log_path, seed = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    extra = Path(sys.argv[5]) if len(sys.argv) > 5 else None
    rng = Random(int(seed))
    log = _logger(log_path)
    if scenario == "writes":
        writes(book, log, rng)
    elif scenario == "materialize":
        writes(book, log, rng, materialize_too=True)
    elif scenario == "import":
        assert extra is not None
        imports(book, log, rng, extra)
    elif scenario == "reconcile":
        reconcile(book, log, rng)
    elif scenario == "migrate":
        assert extra is not None
        migrate(book, log, rng, extra)
    else:
        raise SystemExit(f"unknown scenario {scenario}")


if __name__ == "__main__":
    main()
