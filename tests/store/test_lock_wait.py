"""Waiting for another writer's lock is contention, not a slow query: no warning on stderr."""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import slow_queries


def test_begin_immediate_waiting_for_a_writer_is_not_a_slow_query(
    ledger: Ledger, caplog: pytest.LogCaptureFixture
) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    other = sqlite3.connect(ledger.book.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process's write, holding the lock
    release = threading.Timer(0.4, lambda: other.execute("COMMIT"))
    before = (slow_queries.COUNTS.warnings, slow_queries.COUNTS.errors)
    caplog.set_level(logging.DEBUG, logger="permoney.sql")
    release.start()
    try:
        entries.add_entry(ledger, NewEntry(acc, date(2024, 1, 1), Decimal(-5)))
    finally:
        release.join()
        other.close()
    slow = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert slow == []
    assert (slow_queries.COUNTS.warnings, slow_queries.COUNTS.errors) == before
    waits = [r.getMessage() for r in caplog.records if r.name == "permoney.sql.lock"]
    assert len(waits) == 1
    assert "write lock (BEGIN IMMEDIATE)" in waits[0]
