"""Exchange rates: add, replace, CSV import all-or-nothing with file, line and field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services import accounts, entries, rates, undo
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends


def test_add_and_replace(ledger: Ledger) -> None:
    rates.add_rate(ledger, date(2024, 1, 1), "eur", "USD", "1.0850")
    rates.add_rate(ledger, date(2024, 1, 1), "EUR", "USD", Decimal("1.09"))
    (r,) = rates.list_rates(ledger)
    assert (r.base, r.quote, r.rate) == ("EUR", "USD", Decimal("1.09"))
    undo.undo(ledger)
    assert rates.list_rates(ledger)[0].rate == Decimal("1.0850")
    with pytest.raises(DomainError, match="must be positive"):
        rates.add_rate(ledger, date(2024, 1, 1), "EUR", "USD", "0")
    with pytest.raises(DomainError, match="two different currencies"):
        rates.add_rate(ledger, date(2024, 1, 1), "EUR", "EUR", "1")


def test_a_rate_dirties_accounts_with_foreign_entries_from_its_date(ledger: Ledger) -> None:
    usd, _ = accounts.create_account(ledger, "US", "checking", "USD")
    eur, _ = accounts.create_account(ledger, "EU", "checking", "EUR")
    entries.add_entry(
        ledger, NewEntry(usd, date(2024, 3, 1), Decimal(-5), currency=Currency("EUR"))
    )
    entries.add_entry(
        ledger, NewEntry(usd, date(2024, 1, 1), Decimal(-5), currency=Currency("EUR"))
    )
    entries.add_entry(ledger, NewEntry(eur, date(2024, 1, 1), Decimal(-5)))
    changes = rates.add_rate(ledger, date(2024, 2, 1), "USD", "EUR", "0.9")
    assert dict(changes.dirty_from) == {usd: date(2024, 3, 1)}


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "date,from,to,rate\n2024-01-01,EUR,USD,1.1\n2024-13-01,EUR,USD,1.1\n",
            "rates.csv, line 3, field 'date': invalid date '2024-13-01'",
        ),
        ("2024-01-01,EUR,USX,1.1\n", "rates.csv, line 1, field 'to': unknown currency code 'USX'"),
        ("2024-01-01,EUR,USD,abc\n", "rates.csv, line 1, field 'rate': not a number: 'abc'"),
        (
            "2024-01-01,EUR,USD,-1\n",
            "rates.csv, line 1, field 'line': an exchange rate must be positive",
        ),
        ("2024-01-01,EUR,USD\n", "rates.csv, line 1, field 'line': expected 4 fields, found 3"),
        ("\n\n", "rates.csv: no rates found"),
    ],
)
def test_import_errors_name_file_line_and_field(
    ledger: Ledger, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(text)
    with pytest.raises(rates.RateFileError) as info:
        rates.import_rates(ledger, path)
    assert str(info.value).startswith(message)
    assert rates.list_rates(ledger) == []


def test_import_is_one_undo_step(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("\ufeffdate,from,to,rate\n2024-01-01,EUR,USD,1.1\n2024-01-02,GBP,USD,1.27\n")
    count, changes = rates.import_rates(ledger, path)
    assert count == 2 and changes.label == "Import 2 exchange rates"
    assert len(rates.list_rates(ledger)) == 2
    undo.undo(ledger)
    assert rates.list_rates(ledger) == []
