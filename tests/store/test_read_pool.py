"""The one read pool and the one slow-query hook: register reads, the book's fast reads and the
engines all report through ``store.slow_queries``; the pool is the book's, closed with it."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries, register_reads, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import read_pool, slow_queries
from permoney_desktop.store.book import open_ready_book

SECRET = "Payee 987654321"


def _slow_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "permoney.sql"]


def test_a_slow_register_read_is_logged_like_an_engine_statement(
    ledger: Ledger, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    entries.add_entry(ledger, NewEntry(acc, date(2024, 1, 1), Decimal("-1"), payee=SECRET))
    monkeypatch.setattr(slow_queries, "WARN_MS", 0.0)  # every statement is "slow"
    before = slow_queries.COUNTS.warnings + slow_queries.COUNTS.errors
    with caplog.at_level(logging.WARNING, logger="permoney.sql"):
        assert register_reads.payees(ledger) == (SECRET,)
    records = [r for r in _slow_records(caplog) if "GROUP BY payee" in r.getMessage()]
    assert len(records) == 1
    # The engines' line format (ms, kind, statement), which the health page's log reads.
    assert isinstance(records[0].args, tuple) and len(records[0].args) == 3
    assert SECRET not in caplog.text
    assert slow_queries.COUNTS.warnings + slow_queries.COUNTS.errors > before


def test_the_fast_open_reports_its_read_too(
    ledger: Ledger, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(ledger.book.path)
    ledger.close()
    monkeypatch.setattr(slow_queries, "WARN_MS", 0.0)
    with caplog.at_level(logging.WARNING, logger="permoney.sql"):
        book = open_ready_book(path)
        assert book is not None
        assert book.setting_text("book.id") is not None
    texts = [r.getMessage() for r in _slow_records(caplog)]
    assert sum("FROM settings" in t for t in texts) == 2
    book.close()


def test_fast_statements_stay_quiet(ledger: Ledger, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="permoney.sql"):
        register_reads.entry_count(ledger)
    assert not _slow_records(caplog)


def test_one_pool_per_book_closed_with_the_book(ledger: Ledger) -> None:
    pool = read_pool.reader(ledger.book)
    assert isinstance(pool, read_pool.ReadPool)
    assert read_pool.reader(ledger.book) is pool
    register_reads.entry_count(ledger)
    assert len(pool.idle) == 1
    ledger.close()
    assert pool.closed and pool.idle == []
    # A read after the close opens a new pool rather than reusing closed connections.
    assert read_pool.reader(ledger.book) is not pool


def test_the_register_and_undo_name_the_same_next_steps(ledger: Ledger) -> None:
    assert register_reads.undo_labels(ledger) == (None, None)
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    entries.add_entry(ledger, NewEntry(acc, date(2024, 1, 1), Decimal("-1")), label="One")
    e2, _ = entries.add_entry(ledger, NewEntry(acc, date(2024, 1, 2), Decimal("-2")), label="Two")
    entries.delete_entries(ledger, [e2])
    undo.undo(ledger)
    undo.undo(ledger)
    expected = (undo.undo_label(ledger), undo.redo_label(ledger))
    assert expected == ("One", "Two")
    assert register_reads.undo_labels(ledger) == expected


def test_balance_reads_report_through_the_same_hook(
    ledger: Ledger, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from permoney_desktop.services import balances

    accounts.create_account(ledger, "Checking", "checking", "USD")
    monkeypatch.setattr(slow_queries, "WARN_MS", 0.0)
    with caplog.at_level(logging.WARNING, logger="permoney.sql"):
        assert [b.name for b in balances.balances_on(ledger)] == ["Checking"]
        reader = balances.reader_for_path(Path(ledger.book.path))
        assert [b.name for b in balances.balances_on(reader)] == ["Checking"]
        reader.conn.close()
    texts = [r.getMessage() for r in _slow_records(caplog)]
    assert sum("FROM accounts ORDER BY sort_order" in t for t in texts) == 2
