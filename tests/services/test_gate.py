"""The write gate: one transaction, bumped versions, one pending sync per account, Changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry, NotFoundError
from permoney_desktop.domain.errors import AmountError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, gate, transfers, undo, valuations
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.schema import Base
from tests.services.book_state import book_state, connect, pending_syncs, versions

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D = date


def _two_accounts(ledger: Ledger) -> tuple[AccountId, AccountId]:
    a, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="100", opening_date=D(2024, 1, 1)
    )
    b, _ = accounts.create_account(
        ledger, "Visa", "credit_card", "USD", opening_balance="0", opening_date=D(2024, 1, 1)
    )
    return a, b


def test_entry_row_positions_match_schema() -> None:
    # status is written apart (services.reconcile, imports) and version by the journal alone:
    # the row builders leave both out and new rows take their defaults.
    assert [c.name for c in Base.metadata.tables["entries"].columns] == [
        *entries.COLUMNS,
        "status",
        "version",
    ]
    assert entries.COLUMNS[entries.DATE] == "date"
    assert entries.COLUMNS[entries.ACCOUNT] == "account_id"
    assert entries.COLUMNS[entries.TRANSFER] == "transfer_id"
    assert entries.COLUMNS[entries.UPDATED] == "updated_at"


def test_every_write_bumps_versions_and_keeps_one_pending_sync(
    ledger: Ledger,
) -> None:
    a, b = _two_accounts(ledger)
    assert versions(ledger) == {a: 1, b: 1}
    assert pending_syncs(ledger) == {a: ("2024-01-01", 1), b: ("2024-01-01", 1)}

    e, c = entries.add_entry(ledger, NewEntry(a, D(2024, 3, 5), Decimal("-10")))
    assert c.kinds == {ChangeKind.ENTRIES}
    assert dict(c.dirty_from) == {a: D(2024, 3, 5)}
    assert dict(c.versions) == {a: 2}
    assert c.label == "Add entry"
    # The window keeps the earliest date of all writes still pending.
    assert pending_syncs(ledger)[a] == ("2024-01-01", 2)

    # Pretend the worker finished: the next write opens a fresh pending row.
    with connect(ledger) as conn:
        conn.execute("UPDATE syncs SET status = 'completed'")
    c = entries.edit_entry(ledger, e, EntryPatch(date=D(2024, 2, 1), account_id=b))
    assert dict(c.dirty_from) == {a: D(2024, 3, 5), b: D(2024, 2, 1)}
    assert dict(c.versions) == {a: 3, b: 2}
    assert pending_syncs(ledger) == {a: ("2024-03-05", 3), b: ("2024-02-01", 2)}

    c = entries.add_entry(ledger, NewEntry(a, D(2024, 1, 20), Decimal("1")))[1]
    assert pending_syncs(ledger)[a] == ("2024-01-20", 4)
    assert versions(ledger) == {a: 4, b: 2}

    _t, c = transfers.add_transfer(ledger, a, b, D(2024, 4, 1), Decimal("5"))
    assert dict(c.dirty_from) == {a: D(2024, 4, 1), b: D(2024, 4, 1)}
    assert dict(c.versions) == {a: 5, b: 3}

    c = valuations.set_valuation(ledger, b, D(2024, 5, 1), "40")[1]
    assert dict(c.versions) == {b: 4} and c.label == "Add valuation"

    c = undo.undo(ledger)
    assert c is not None and c.label == "Undo Add valuation"
    assert dict(c.dirty_from) == {b: D(2024, 5, 1)} and dict(c.versions) == {b: 5}
    assert pending_syncs(ledger)[b] == ("2024-02-01", 5)


def test_metadata_edits_do_not_dirty_balances(ledger: Ledger) -> None:
    a, _ = _two_accounts(ledger)
    c = accounts.rename_account(ledger, a, "Main")
    assert c.kinds == {ChangeKind.ACCOUNTS} and not c.dirty_from and not c.versions
    assert versions(ledger)[a] == 1
    c = accounts.edit_account(ledger, a, opening_balance="150")
    assert dict(c.dirty_from) == {a: D(2024, 1, 1)} and dict(c.versions) == {a: 2}


def test_a_failed_write_leaves_nothing_behind(ledger: Ledger) -> None:
    a, _ = _two_accounts(ledger)
    before = book_state(ledger)
    syncs_before = pending_syncs(ledger)
    with pytest.raises(AmountError, match=r"more decimals than USD"):
        entries.add_entry(ledger, NewEntry(a, D(2024, 2, 1), Decimal("1.234"), tags=("new",)))
    with pytest.raises(NotFoundError, match="no category with id 99"):
        entries.add_entry(ledger, NewEntry(a, D(2024, 2, 1), Decimal("1"), category_id=99))  # type: ignore[arg-type]
    with pytest.raises(RuntimeError), gate.write(ledger, "Broken") as w:
        w.journal.insert("tags", [(1, "half")], ["id", "name"])
        w.touch(a, D(2024, 1, 1))
        raise RuntimeError("boom")
    assert book_state(ledger) == before
    assert pending_syncs(ledger) == syncs_before
    assert versions(ledger)[a] == 1
    assert undo.undo_label(ledger) == "Add account"


def test_bulk_add_many_is_one_step_with_ids_only(ledger: Ledger) -> None:
    a, b = _two_accounts(ledger)
    from permoney_desktop.domain.entry_values import NewTransfer

    rows: list[NewEntry | NewTransfer] = [
        NewEntry(a, D(2024, 1, 1) if i % 2 else D(2024, 6, 1), Decimal(-i), tags=("bulk",))
        for i in range(1, 301)
    ]
    rows.append(NewTransfer(a, b, D(2023, 12, 31), Decimal("7.5")))
    ids, c = entries.add_many(ledger, rows, label="Import 301 rows")
    assert len(ids) == 302 and len(set(ids)) == 302
    assert dict(c.dirty_from) == {a: D(2023, 12, 31), b: D(2023, 12, 31)}
    assert entries.count_entries(ledger) == 302
    with connect(ledger) as conn:
        (payload,) = conn.execute(
            "SELECT payload FROM undo_steps ORDER BY id DESC LIMIT 1"
        ).fetchone()
    # The insert is journaled as id ranges, not row images.
    assert len(payload) < 600, payload
    assert '"ranges":[[1,302]]' in payload
    assert undo.undo_label(ledger) == "Import 301 rows"
    undo.undo(ledger)
    assert entries.count_entries(ledger) == 0
    undo.redo(ledger)
    assert entries.count_entries(ledger) == 302
    assert entries.list_entries(ledger, limit=1, newest_first=False).rows[0].tags == ()


def test_add_many_rejects_a_bad_row_by_number(ledger: Ledger) -> None:
    a, _ = _two_accounts(ledger)
    before = book_state(ledger)
    rows = [NewEntry(a, D(2024, 1, 1), Decimal("1")), NewEntry(a, D(2024, 1, 2), Decimal("0.001"))]
    with pytest.raises(AmountError, match=r"^row 2: amount 0.001 has more decimals"):
        entries.add_many(ledger, rows, label="Import")
    assert book_state(ledger) == before
