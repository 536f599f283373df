"""A client process of the shared-book fault test: writes to a PostgreSQL book until told to
stop (a STOP file beside its log) or killed.

Run as ``python -m tests.safety.shared_child ROLE URL LOG NAME``. ROLE ``edit`` adds entries and
edits its own; ``import`` imports small bank CSVs (``rows`` per file, every payee unique). Each
write is logged ``try KEY`` before the call and ``ok KEY`` after it returned (committed), with
an unbuffered ``os.write`` that survives a kill. A failed call (the server restarting) is
logged ``err KEY`` and the client goes on, as a person would try again once the window says
the server is back (the window's probe clears the ledger's refusal; here ``_back``).

Each client also undoes its own last step now and then (it logs in as a role of its own, and
undo takes that person's latest step): right after an add or import that committed, logged
``tryundo KEY``, then ``undone KEY`` when the undo returned, or ``errundo KEY`` when it failed
or was refused (then it may or may not have committed).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROWS = 40


def _logger(path: Path):  # type: ignore[no-untyped-def]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def log(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    return log


# An editor undoes the add it just committed every third round; an importer undoes its
# import of rounds 1, 4, 7... (the first one too: on a loaded machine it gets few rounds).
UNDO_EVERY = 3


def _back(ledger) -> None:  # type: ignore[no-untyped-def]
    """As the window's server watch does (``ui.server_watch``): a write that found the server
    gone makes the ledger refuse writes until a probe finds it answering again."""
    from permoney_desktop.services import server_health

    if ledger.unreachable is not None and server_health.probe(ledger, timeout_s=1) is None:
        ledger.unreachable = None


def _undo_edit(ledger, key: str, log) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.services import undo

    log(f"tryundo {key}")
    try:
        changes = undo.undo(ledger)
    except Exception as exc:  # the server restarting: it may or may not have committed
        log(f"errundo {key} {type(exc).__name__}")
        time.sleep(0.2)
        _back(ledger)
        return
    assert changes is not None and changes.label == "Undo Add entry", changes
    log(f"undone {key}")


def _edit(url: str, name: str, log, stop: Path) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
    from permoney_desktop.domain.ids import AccountId
    from permoney_desktop.services import entries
    from permoney_desktop.services.ledger import Ledger

    with Ledger.open(url) as ledger:
        print("ready", flush=True)
        mine: list[int] = []
        last: str | None = None  # the key of the add just committed
        i = 0
        while not stop.exists():
            i += 1
            if last is not None and i % UNDO_EVERY == 0:
                _undo_edit(ledger, last, log)
                mine.pop()  # undone (or perhaps): never edited again
                last = None
                continue
            last = None
            key = f"{name}-{i}"
            log(f"try {key}")
            try:
                if i % 4 == 0 and mine:
                    entries.edit_entry(ledger, mine[-1], EntryPatch(amount=Decimal(-i)))
                    log(f"edit {key}")
                    continue
                day = date(2024, 1, 1) + timedelta(days=i % 300)
                account = AccountId(1 + i % 2)
                new = NewEntry(account, day, Decimal(f"-{i}.25"), payee=key)
                entry_id, _ = entries.add_entry(ledger, new)
                mine.append(int(entry_id))
                log(f"ok {key}")
                last = key
            except Exception as exc:  # the server restarting: try the next one
                log(f"err {key} {type(exc).__name__}")
                time.sleep(0.2)
                _back(ledger)


def _import(url: str, name: str, log, stop: Path, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.cli import main

    print("ready", flush=True)
    i = 0
    while not stop.exists():
        i += 1
        key = f"{name}-{i}"
        csv = folder / f"{key}.csv"
        lines = ["Date,Description,Amount"]
        for j in range(ROWS):
            lines.append(f"2024-02-{1 + j % 28:02d},{key}-{j},-{j + 1}.50")
        csv.write_text("\n".join(lines) + "\n")
        log(f"try {key}")
        code = main(["--book", url, "import", str(csv), "--account", "Checking"])
        log(f"{'ok' if code == 0 else 'err'} {key}")
        if code:
            time.sleep(0.2)
        elif i % UNDO_EVERY == 1:  # the import just committed (the first one too), undone
            log(f"tryundo {key}")
            code = main(["--book", url, "undo"])
            log(f"{'undone' if code == 0 else 'errundo'} {key}")


def main() -> None:
    role, url, log_path, name = sys.argv[1:5]
    log = _logger(Path(log_path))
    stop = Path(log_path).with_name("STOP")
    if role == "edit":
        _edit(url, name, log, stop)
    else:
        _import(url, name, log, stop, Path(log_path).parent)


if __name__ == "__main__":
    main()
