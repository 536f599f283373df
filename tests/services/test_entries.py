"""Entry services: validation, user_fields, edits across accounts, duplicates, filtered pages."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import (
    EntryFilter,
    EntryPatch,
    NewEntry,
    NotFoundError,
    to_minor,
)
from permoney_desktop.domain.errors import AmountError, CurrencyError, DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, categories, entries, merchants
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, max_value=10**12, min_value=-(10**12)
    )
)
@settings(max_examples=200)
def test_to_minor_is_exact_or_refuses(value: Decimal) -> None:
    usd = Currency("USD")
    if value == value.quantize(Decimal("0.01")):
        assert Decimal(to_minor(value, usd)).scaleb(-2) == value
    else:
        with pytest.raises(AmountError, match="more decimals than USD allows"):
            to_minor(value, usd)


def test_to_minor_uses_each_currency_exponent() -> None:
    assert to_minor("12", Currency("JPY")) == 12
    assert to_minor("1.234", Currency("BHD")) == 1234
    with pytest.raises(AmountError, match=r"JPY allows \(0 decimal places\)"):
        to_minor("1.5", Currency("JPY"))
    with pytest.raises(AmountError, match="not an amount"):
        to_minor("12abc", Currency("USD"))
    with pytest.raises(AmountError):
        to_minor(1.5, Currency("USD"))  # type: ignore[arg-type]


def _book(ledger: Ledger) -> tuple[AccountId, AccountId]:
    a, _ = accounts.create_account(ledger, "Checking", "checking", "USD", opening_date=D0)
    b, _ = accounts.create_account(ledger, "Euro", "checking", "EUR", opening_date=D0)
    return a, b


def test_validation_errors_are_domain_errors_with_clear_messages(ledger: Ledger) -> None:
    a, _ = _book(ledger)
    cases = [
        (NewEntry(AccountId(99), D0, Decimal(1)), NotFoundError, "no account with id 99"),
        (NewEntry(a, D0, Decimal(1), currency=Currency("XXX")), CurrencyError, "unknown currency"),
        (NewEntry(a, D0, Decimal(1), merchant_id=5), NotFoundError, "no merchant with id 5"),  # type: ignore[arg-type]
        (
            NewEntry(a, D0, Decimal(1), kind=EntryKind.VALUATION, currency=Currency("EUR")),
            DomainError,
            r"valuation is in its account's currency \(USD\)",
        ),
        (NewEntry(a, D0, Decimal(1), kind=EntryKind.TRANSFER), DomainError, "add_transfer"),
        (NewEntry(a, D0, Decimal(1), tags=(" ",)), DomainError, "a tag needs a name"),
    ]
    for new, error, match in cases:
        with pytest.raises(error, match=match):
            entries.add_entry(ledger, new)
    assert entries.count_entries(ledger) == 0


def test_user_fields_mark_what_was_set_by_hand(ledger: Ledger) -> None:
    a, _ = _book(ledger)
    e, _ = entries.add_entry(ledger, NewEntry(a, D0, Decimal("-1"), payee="Shop"))
    assert entries.get_entry(ledger, e).user_fields == {"account", "date", "amount", "payee"}
    imported, _ = entries.add_many(ledger, [NewEntry(a, D0, Decimal("-2"))], label="Import")
    assert entries.get_entry(ledger, imported[0]).user_fields == frozenset()
    food, _ = categories.create_category(ledger, "Food", "expense")
    entries.edit_entry(ledger, imported[0], EntryPatch(category_id=food, notes="n"))
    assert entries.get_entry(ledger, imported[0]).user_fields == {"category", "notes"}
    entries.edit_entry(ledger, e, EntryPatch(payee="Rule"), by_hand=False)
    assert entries.get_entry(ledger, e).user_fields == {"account", "date", "amount", "payee"}


def test_moving_an_entry_dirties_both_accounts_and_keeps_its_currency(ledger: Ledger) -> None:
    a, b = _book(ledger)
    e, _ = entries.add_entry(ledger, NewEntry(a, date(2024, 3, 1), Decimal("-4.50")))
    c = entries.edit_entry(ledger, e, EntryPatch(account_id=b, date=date(2024, 2, 1)))
    assert dict(c.dirty_from) == {a: date(2024, 3, 1), b: date(2024, 2, 1)}
    moved = entries.get_entry(ledger, e)
    assert moved.account_id == b and str(moved.amount) == "-4.50 USD"
    entries.edit_entry(ledger, e, EntryPatch(currency=Currency("EUR"), amount=Decimal("-4")))
    assert str(entries.get_entry(ledger, e).amount) == "-4.00 EUR"


def test_duplicate_copies_fields_and_tags(ledger: Ledger) -> None:
    a, _ = _book(ledger)
    shop, _ = merchants.create_merchant(ledger, "Shop")
    e, _ = entries.add_entry(
        ledger, NewEntry(a, D0, Decimal("-3"), payee="Shop", merchant_id=shop, tags=("b", "a"))
    )
    copy, c = entries.duplicate_entry(ledger, e, day=date(2024, 5, 1))
    view = entries.get_entry(ledger, copy)
    assert copy != e and view.tags == ("a", "b") and view.merchant == "Shop"
    assert view.date == date(2024, 5, 1) and c.label == "Duplicate entry"


def test_list_filters_and_keyset_pages(ledger: Ledger) -> None:
    a, b = _book(ledger)
    food, _ = categories.create_category(ledger, "Food", "expense")
    groceries, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    rows = [
        NewEntry(
            a if i % 2 else b,
            D0 + timedelta(days=i % 30),
            Decimal(i - 50),
            payee=f"Payee {i}",
            category_id=groceries if i % 3 == 0 else None,
            tags=("x",) if i % 5 == 0 else (),
        )
        for i in range(100)
    ]
    entries.add_many(ledger, rows, label="Import")
    assert entries.count_entries(ledger) == 100
    f = EntryFilter(account_ids=(a,))
    assert entries.count_entries(ledger, f) == 50
    seen = []
    after = None
    while True:
        page = entries.list_entries(ledger, f, limit=7, after=after)
        assert page.total == 50
        seen += [(e.date, e.id) for e in page.rows]
        if page.next_after is None:
            break
        after = page.next_after
    assert len(seen) == 50 and seen == sorted(seen, reverse=True)
    offset_page = entries.list_entries(ledger, f, limit=7, offset=7)
    assert [(e.date, e.id) for e in offset_page.rows] == seen[7:14]
    assert entries.count_entries(ledger, EntryFilter(category_ids=(food,))) == 34
    assert entries.count_entries(ledger, EntryFilter(uncategorized=True)) == 66
    assert entries.count_entries(ledger, EntryFilter(tag="X")) == 20
    assert entries.count_entries(ledger, EntryFilter(text="payee 1")) == 11
    amount = EntryFilter(amount_min=Decimal("-10"), amount_max=Decimal("10.5"))
    assert entries.count_entries(ledger, amount) == 21
    dates = EntryFilter(date_from=D0, date_to=D0 + timedelta(days=1))
    assert entries.count_entries(ledger, dates) == 8
    grocery = entries.list_entries(ledger, EntryFilter(category_ids=(groceries,)), limit=1)
    assert grocery.rows[0].category == "Food:Groceries"


def test_get_and_delete_unknown_entries(ledger: Ledger) -> None:
    a, _ = _book(ledger)
    e, _ = entries.add_entry(ledger, NewEntry(a, D0, Decimal("1")))
    with pytest.raises(NotFoundError, match="no entry with id 42"):
        entries.get_entry(ledger, 42)
    with pytest.raises(NotFoundError, match="no entry with id 42"):
        entries.delete_entries(ledger, [e, 42])
    assert entries.count_entries(ledger) == 1


def test_bulk_edit_is_one_step(ledger: Ledger) -> None:
    from permoney_desktop.services import undo

    a, _ = _book(ledger)
    food, _ = categories.create_category(ledger, "Food", "expense")
    ids, _ = entries.add_many(
        ledger, [NewEntry(a, D0, Decimal(-i)) for i in range(1, 4)], label="Import"
    )
    changes = entries.edit_entries(ledger, ids[:2], EntryPatch(category_id=food, tags=("t",)))
    assert changes.label == "Edit 2 entries"
    assert [entries.get_entry(ledger, i).category for i in ids] == ["Food", "Food", ""]
    with pytest.raises(NotFoundError):
        entries.edit_entries(ledger, [ids[2], 999], EntryPatch(notes="x"))
    assert entries.get_entry(ledger, ids[2]).notes == ""
    undo.undo(ledger)
    assert [entries.get_entry(ledger, i).tags for i in ids] == [(), (), ()]


def test_a_valuation_is_a_level_and_one_per_day(ledger: Ledger) -> None:
    from permoney_desktop.services import valuations

    loan, _ = accounts.create_account(ledger, "Loan", "loan", "USD", opening_balance="1000")
    v, c = valuations.set_valuation(ledger, loan, date(2024, 2, 1), "900.10")
    assert c.label == "Add valuation" and dict(c.dirty_from) == {loan: date(2024, 2, 1)}
    view = entries.get_entry(ledger, v)
    assert view.kind is EntryKind.VALUATION and str(view.amount) == "900.10 USD"
    again, c = valuations.set_valuation(ledger, loan, date(2024, 2, 1), Decimal("850"))
    assert again == v and c.label == "Edit valuation"
    assert str(entries.get_entry(ledger, v).amount) == "850.00 USD"
    with pytest.raises(AmountError, match=r"balance 1\.001 has more decimals"):
        valuations.set_valuation(ledger, loan, date(2024, 3, 1), "1.001")
    assert entries.count_entries(ledger) == 1
