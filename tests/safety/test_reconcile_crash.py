"""Finishing a reconciliation is atomic under SIGKILL: a real child finishes, undoes and
restarts a reconciliation of thousands of entries until it is killed at a seeded random point;
the reopened book has either every ticked entry reconciled with its history row, or none."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.reconcile import EntryStatus
from permoney_desktop.services import accounts, entries, reconcile
from permoney_desktop.services.ledger import Ledger
from tests.safety.test_crash import POINTS, Run, _after_crash, _assert_sound, _run_child

TICKED = int(os.environ.get("PERMONEY_CRASH_RECONCILE", "8000"))
D0 = date(2024, 1, 1)


def _book(path: Path) -> None:
    with Ledger.open(path, create=True) as ledger:
        acc, _ = accounts.create_account(
            ledger, "Checking", AccountKind.CHECKING, "USD", opening_date=D0
        )
        rows = [
            NewEntry(acc, D0 + timedelta(days=i % 300), Decimal(-(i % 500) - 1) / 100)
            for i in range(TICKED + 50)
        ]
        ids, _ = entries.add_many(ledger, rows, label="Crash rows")
        ticked = sorted(ids)[:TICKED]
        reconcile.set_status(ledger, ticked, EntryStatus.CLEARED)
        total = sum(-(i % 500) - 1 for i in range(TICKED + 50))
        # The statement agrees with the ticked entries only: the rest stay uncleared.
        untouched = sum(r.amount for r, i in zip(rows, ids, strict=True) if i not in set(ticked))
        balance = Decimal(total).scaleb(-2) - untouched
        reconcile.start(ledger, int(acc), D0 + timedelta(days=400), balance)
        assert reconcile.current(ledger).tally().difference == 0


def _state(book: Path) -> tuple[int, dict[str, int], list[tuple[str, int]]]:
    with sqlite3.connect(book) as conn:
        reconciled = conn.execute(
            "SELECT count(*) FROM entries WHERE status = 'reconciled'"
        ).fetchone()[0]
        states = dict(
            conn.execute("SELECT state, count(*) FROM reconciliations GROUP BY state").fetchall()
        )
        links = conn.execute(
            "SELECT r.state, count(l.entry_id) FROM reconciliations r"
            " LEFT JOIN reconciled_entries l ON l.reconciliation_id = r.id GROUP BY r.id"
        ).fetchall()
    return int(reconciled), {str(k): int(v) for k, v in states.items()}, links


def _expected(run: Run) -> set[str]:
    """What the log allows the last reconciliation to be: finished, undone or open."""
    last = next((x for x in reversed(run.log) if not x.startswith("try-")), None)
    tried = run.log[-1] if run.log and run.log[-1].startswith("try-") else None
    after = {None: {"open"}, "finished": {"finished"}, "undone": {"undone"}, "started": {"open"}}
    allowed = set(after[last])
    if tried == "try-finish":
        allowed.add("finished")
    elif tried == "try-undo":
        allowed.add("undone")
    elif last == "undone":
        allowed.add("open")  # killed inside the next start
    return allowed


@pytest.mark.slow
def test_finish_is_atomic_under_kill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = tmp_path / "template.permoney"
    monkeypatch.setenv("PERMONEY_HOME", str(tmp_path / "home"))
    _book(template)
    seeds = [int(os.environ.get("PERMONEY_CRASH_SEED", "41")) + 5000 + i for i in range(POINTS)]
    for i, seed in enumerate(seeds):
        point = tmp_path / f"p{i}"
        point.mkdir()
        book = point / "book.permoney"
        book.write_bytes(template.read_bytes())
        monkeypatch.setenv("PERMONEY_HOME", str(point / "home"))
        run = _run_child("reconcile", book, point / "home", seed, 4.0, None)
        print(f"crash reconcile seed={seed} delay={run.delay:.3f}s log={run.log[-3:]}")
        assert run.killed
        reconciled, states, links = _state(book)
        # One reconciliation is the last word (finished or open); the earlier ones are undone.
        live = [name for name in states if name != "undone"]
        assert sum(states[name] for name in live) <= 1, (seed, states)
        last_state = live[0] if live else "undone"
        assert last_state in _expected(run), (seed, states, run.log[-3:])
        # Every ticked entry with its history row, or none of them.
        if last_state == "finished":
            assert reconciled == TICKED
            assert ("finished", TICKED) in links
        else:
            assert reconciled == 0
        with _after_crash(book, run) as ledger:
            _assert_sound(ledger, run)
