"""A book whose last recorded check found the file damaged refuses user writes (CLI and
window alike) until a clean check; reads and settings still work."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.app import open_for_window
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, integrity, read_only
from permoney_desktop.services.ledger import BookError, Ledger

DAMAGED_RECORD = {
    "checked_at": "2026-01-01T00:00:00+00:00",
    "duration_ms": 1,
    "findings": [{"check": "sqlite", "severity": "error", "message": "row 1 missing"}],
}


def test_writes_are_refused_until_a_clean_check(book_path: Path) -> None:
    with Ledger.open(book_path, create=True) as ledger:
        acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        ledger.set_setting(read_only.LAST_CHECK_SETTING, DAMAGED_RECORD)
    ledger = open_for_window(book_path, create=False)
    try:
        assert ledger.writes_refused == read_only.READ_ONLY
        new = NewEntry(AccountId(acct), date(2024, 1, 2), Decimal("-1"))
        with pytest.raises(BookError, match="read-only"):
            entries.add_entry(ledger, new)
        assert [a.name for a in accounts.list_accounts(ledger)] == ["Checking"]  # reads work
        assert integrity.check(ledger).ok  # the file is fine after all: writes come back
        assert ledger.writes_refused is None
        entries.add_entry(ledger, new)
    finally:
        ledger.close()


@pytest.mark.parametrize(
    "record",
    [None, "nonsense", {"findings": [{"check": "balances", "severity": "error"}]}],
)
def test_other_records_leave_the_book_writable(record: object) -> None:
    assert not read_only.record_says_damaged(record)
