"""A client process of the shared-book fault test: writes to a PostgreSQL book until told to
stop (a STOP file beside its log) or killed.

Run as ``python -m tests.safety.shared_child ROLE URL LOG NAME``. ROLE ``edit`` adds entries and
edits its own; ``import`` imports small bank CSVs (``rows`` per file, every payee unique). Each
write is logged ``try KEY`` before the call and ``ok KEY`` after it returned (committed), with
an unbuffered ``os.write`` that survives a kill. A failed call (the server restarting) is
logged ``err KEY`` and the client goes on, as a person would try again.
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


def _edit(url: str, name: str, log, stop: Path) -> None:  # type: ignore[no-untyped-def]
    from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
    from permoney_desktop.domain.ids import AccountId
    from permoney_desktop.services import entries
    from permoney_desktop.services.ledger import Ledger

    with Ledger.open(url) as ledger:
        print("ready", flush=True)
        mine: list[int] = []
        i = 0
        while not stop.exists():
            i += 1
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
            except Exception as exc:  # the server restarting: try the next one
                log(f"err {key} {type(exc).__name__}")
                time.sleep(0.2)


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
