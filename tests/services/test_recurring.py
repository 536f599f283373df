"""Recurring proposals on a real book: found, accepted into a schedule that posts nothing old,
rejected for good (also after reopening), and the rejection undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, categories, entries, recurring, schedules, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import run_due

TODAY = date(2026, 6, 20)


def _fill(ledger: Ledger) -> AccountId:
    chk, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    subs, _ = categories.create_category(ledger, "Subscriptions", "expense")
    rows = []
    for m in range(1, 7):
        rows.append(
            NewEntry(chk, date(2026, m, 3), Decimal("-15.99"), payee="Streamly", category_id=subs)
        )
        rows.append(
            NewEntry(chk, date(2026, m, 1 + (m * 7) % 27), Decimal(-10 * m), payee="Corner shop")
        )
    for w in range(11):
        rows.append(
            NewEntry(chk, date(2026, 4, 3) + timedelta(days=7 * w), Decimal("-30"), payee="Gym")
        )
    entries.add_many(ledger, rows, label="fill")
    return chk


def test_find_accept_reject(tmp_path: Path, new_book: Callable[[Path], Path]) -> None:
    path = new_book(tmp_path / "r.permoney")
    with Ledger.open(path) as ledger:
        _fill(ledger)
        found = {p.payee: p for p in recurring.proposals(ledger, TODAY)}
        assert {(k, p.cadence.name) for k, p in found.items()} == {
            ("Streamly", "monthly"),
            ("Gym", "weekly"),
        }
        sid, _ = recurring.accept(ledger, found["Streamly"].id, TODAY)
        s = schedules.get_schedule(ledger, sid)
        assert s.template.amount == Decimal("-15.99") and s.category_name == "Subscriptions"
        assert s.recurrence.start == date(2026, 7, 1) and s.recurrence.day == 3
        assert run_due(ledger, TODAY).posted == []  # nothing already in the book again
        assert [p.payee for p in recurring.proposals(ledger, TODAY)] == ["Gym"]
        recurring.reject(ledger, found["Gym"].id, TODAY)
        assert recurring.proposals(ledger, TODAY) == []
    with Ledger.open(path) as ledger:
        assert recurring.proposals(ledger, TODAY) == []
        undo.undo(ledger)
        assert [p.payee for p in recurring.proposals(ledger, TODAY)] == ["Gym"]
        assert schedules.upcoming(ledger, TODAY, 10) == []
        assert [p.occurrence.due for p in schedules.upcoming(ledger, TODAY, 30)] == [
            date(2026, 7, 3)
        ]
