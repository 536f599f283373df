"""``permoney check``: a clean book passes; each kind of damage is found; repair rebuilds."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import entries, integrity, materialize
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger

# The checks read both dialects; those about the file itself are marked sqlite_only.
pytestmark = pytest.mark.backends


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    fill_demo(ledger, transactions=600, years=1, seed=5, end=date(2024, 6, 30))
    materialize.sync_all(ledger, full=True)
    return ledger


def _sql(ledger: Ledger, sql: str) -> None:
    """Damage the book behind the services' back (a plain connection: foreign keys off)."""
    if ledger.paths.url is not None:
        with psycopg.connect(ledger.paths.url, autocommit=True) as server:
            # Triggers off for this session, foreign keys' included (a superuser's switch).
            server.execute("SET session_replication_role = replica")
            server.execute(sql)  # type: ignore[arg-type]
        return
    conn = sqlite3.connect(ledger.paths.book, isolation_level=None)
    try:
        conn.execute(sql)
    finally:
        conn.close()


def _checks(report: integrity.CheckReport) -> set[str]:
    return {f.check for f in report.errors}


def test_clean_book_passes_and_is_recorded(book: Ledger) -> None:
    report = integrity.check(book)
    assert report.ok and report.findings == ()
    assert report.accounts_compared == 7 and report.balance_rows_compared > 300
    assert integrity.last_check(book) == report


def test_tampered_balance_is_found_and_repaired(book: Ledger) -> None:
    _sql(book, 'UPDATE balances SET "end" = "end" + 1 WHERE id = (SELECT max(id) FROM balances)')
    report = integrity.check(book)
    assert _checks(report) == {"balances"}
    (finding,) = report.errors
    assert "first differs on" in finding.message
    repaired = integrity.repair(book)
    assert repaired.ok and any("rebuilt the balances" in r for r in repaired.repaired)
    assert integrity.last_check(book) == repaired


def test_stale_tail_is_found(book: Ledger) -> None:
    _sql(
        book,
        "INSERT INTO balances (account_id, date, currency, start, inflows, outflows, adjustment,"
        " \"end\", partial) SELECT account_id, '2030-01-01', currency, 0, 0, 0, 0, 0, 0 "
        "FROM balances LIMIT 1",
    )
    report = integrity.check(book)
    assert any("stale day(s) from 2030-01-01" in f.message for f in report.errors)
    assert integrity.repair(book).ok


def test_broken_transfer_pairs_are_found(book: Ledger) -> None:
    with book.book.reading() as s:
        t1, t2 = s.execute(text("SELECT id FROM transfers ORDER BY id LIMIT 2")).scalars()
    # One side lost, and a pair whose sides no longer cancel out.
    _sql(
        book,
        f"DELETE FROM entries WHERE id = (SELECT min(id) FROM entries WHERE transfer_id = {t1})",
    )
    side = f"(SELECT max(id) FROM entries WHERE transfer_id = {t2})"
    _sql(book, f"UPDATE entries SET amount = amount + 1 WHERE id = {side}")
    report = integrity.check(book)
    messages = [f.message for f in report.errors if f.check == "transfers"]
    assert f"transfer {t1} has 1 entries instead of 2" in messages
    assert f"transfer {t2}: the sides do not cancel out" in messages
    # Not derived data: repair cannot invent the missing side.
    assert "transfers" in _checks(integrity.repair(book))


def test_orphan_rows_are_found(book: Ledger) -> None:
    _sql(
        book,
        "UPDATE entry_tags SET tag_id = 999999"
        " WHERE entry_id = (SELECT min(entry_id) FROM entry_tags)",
    )
    report = integrity.check(book)
    assert any(
        f.check == "foreign keys" and "entry_tags" in f.message and "tags" in f.message
        for f in report.errors
    )


def test_pending_accounts_are_reported_not_compared(book: Ledger) -> None:
    account = AccountId(1)
    entries.add_entry(book, NewEntry(account, date(2024, 6, 1), Decimal("-12.34"), payee="Cafe"))
    report = integrity.check(book)
    assert report.ok and report.accounts_compared == 6
    assert any("await a sync" in f.message for f in report.findings)
    materialize.sync_pending(book)
    assert integrity.check(book).findings == ()


def test_undo_journal_mismatch_is_found_and_cleared(book: Ledger) -> None:
    entry_id, _ = entries.add_entry(
        book, NewEntry(AccountId(1), date(2024, 6, 1), Decimal("-5"), payee="Kiosk")
    )
    materialize.sync_pending(book)
    assert integrity.check(book).ok
    _sql(book, f"DELETE FROM entries WHERE id = {entry_id}")  # behind the journal's back
    report = integrity.check(book)
    assert any(
        f.check == "undo journal" and f"entries row {entry_id} is missing" in f.message
        for f in report.errors
    )
    repaired = integrity.repair(book)
    assert repaired.ok, repaired.findings
    assert any("undo history" in r for r in repaired.repaired)


def test_undecodable_and_nonlinear_journal(book: Ledger) -> None:
    _sql(
        book,
        "INSERT INTO undo_steps (label, created_at, undone, payload) VALUES "
        "('Broken', '2024-01-01 00:00:00.000000', 1, 'not json'), "
        "('Later', '2024-01-01 00:00:00.000000', 0, '{\"ops\": [], \"dirty\": {}, \"kinds\": []}')",
    )
    messages = [f.message for f in integrity.check(book).errors]
    assert any("cannot be decoded" in m for m in messages)
    assert any("not linear" in m for m in messages)


def test_findings_never_carry_amounts_or_payees(book: Ledger) -> None:
    _sql(book, 'UPDATE balances SET "end" = 123456789 WHERE id = (SELECT min(id) FROM balances)')
    report = integrity.check(book)
    text_out = " ".join(f.message for f in report.findings)
    assert "123456789" not in text_out and "1234567.89" not in text_out


def test_undo_and_redo_keep_the_journal_consistent(book: Ledger) -> None:
    from permoney_desktop.services import undo

    for amount in ("-1", "-2", "-3"):
        entries.add_entry(book, NewEntry(AccountId(2), date(2024, 6, 2), Decimal(amount)))
    entries.delete_entries(book, [1, 2])
    undo.undo(book)
    undo.undo(book)
    undo.redo(book)
    materialize.sync_pending(book)
    report = integrity.check(book)
    assert report.ok and report.findings == (), report.findings
