"""Account services: validation, editing rules, archive, delete with entries."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import EntryFilter, NewEntry, NotFoundError
from permoney_desktop.domain.errors import AmountError, CurrencyError, DomainError
from permoney_desktop.services import accounts, entries, transfers
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends


def test_create_reads_back_as_the_user_sees_it(ledger: Ledger) -> None:
    a, _ = accounts.create_account(
        ledger,
        "  Car   loan ",
        "loan",
        "usd",
        opening_balance="18000.50",
        opening_date=date(2024, 1, 1),
    )
    acc = accounts.get_account(ledger, a)
    assert acc.name == "Car loan" and acc.kind is AccountKind.LOAN
    assert acc.currency == "USD" and str(acc.opening_balance.amount) == "18000.50"
    assert acc.opening_date == date(2024, 1, 1) and acc.classification.value == "liability"
    assert accounts.find_account(ledger, "CAR LOAN").id == a


@pytest.mark.parametrize(
    "args, error, match",
    [
        (("", "checking", "USD"), DomainError, "needs a name"),
        (("X", "piggy", "USD"), DomainError, "unknown account type 'piggy'"),
        (("X", "checking", "XYZ"), CurrencyError, "unknown currency code 'XYZ'"),
    ],
)
def test_create_rejects_bad_input(
    ledger: Ledger, args: tuple[str, str, str], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        accounts.create_account(ledger, *args)
    assert accounts.list_accounts(ledger) == []


def test_names_are_unique_ignoring_case_and_minor_units_are_checked(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Wallet", "cash", "USD")
    with pytest.raises(DomainError, match="already exists"):
        accounts.create_account(ledger, "wallet", "cash", "USD")
    with pytest.raises(AmountError, match="more decimals than JPY allows"):
        accounts.create_account(ledger, "Yen", "cash", "JPY", opening_balance="1.5")
    with pytest.raises(NotFoundError, match="unknown account 'nope'"):
        accounts.find_account(ledger, "nope")


def test_edit_keeps_classification_and_currency_with_entries(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "Card", "credit_card", "USD")
    accounts.edit_account(ledger, a, kind="other_liability", notes="n")
    assert accounts.get_account(ledger, a).kind is AccountKind.OTHER_LIABILITY
    with pytest.raises(DomainError, match="from liability into asset"):
        accounts.edit_account(ledger, a, kind="checking")
    accounts.edit_account(ledger, a, currency_code="EUR")
    entries.add_entry(ledger, NewEntry(a, date(2024, 1, 1), Decimal("-1")))
    with pytest.raises(DomainError, match="it has entries"):
        accounts.edit_account(ledger, a, currency_code="USD")


def test_archive_hides_from_active_list(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "Old", "savings", "USD")
    assert accounts.set_archived(ledger, a).label == "Archive account"
    assert accounts.list_accounts(ledger, include_archived=False) == []
    assert accounts.get_account(ledger, a).archived
    accounts.set_archived(ledger, a, False)
    assert len(accounts.list_accounts(ledger, include_archived=False)) == 1


def test_delete_takes_entries_and_unlinks_transfer_partners(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "A", "checking", "USD")
    b, _ = accounts.create_account(ledger, "B", "savings", "USD")
    entries.add_entry(ledger, NewEntry(a, date(2024, 1, 1), Decimal("-1"), tags=("t",)))
    transfers.add_transfer(ledger, a, b, date(2024, 1, 2), Decimal("5"))
    accounts.delete_account(ledger, a)
    with pytest.raises(NotFoundError):
        accounts.get_account(ledger, a)
    (left,) = entries.list_entries(ledger).rows
    assert left.account_id == b and left.transfer_id is None and left.kind.value == "transaction"
    assert str(left.amount.amount) == "5.00"
    assert entries.count_entries(ledger, EntryFilter(account_ids=(a,))) == 0
