"""Split entries: lines sum exactly (domain and write gate), transfer lines move money, metrics
see lines by category, every split write is one undo step."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.splits import SplitError, SplitLine
from permoney_desktop.services import (
    accounts,
    balances,
    categories,
    entries,
    exports,
    materialize,
    reports,
    splits,
    undo,
)
from permoney_desktop.services.ledger import Ledger

# Dialect differences in these reads and writes must not hide: both backends.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)
DAY = date(2024, 3, 5)


def _book(ledger: Ledger) -> tuple[AccountId, AccountId, CategoryId, CategoryId]:
    a, _ = accounts.create_account(ledger, "Checking", "checking", "USD", opening_date=D0)
    b, _ = accounts.create_account(ledger, "Savings", "savings", "USD", opening_date=D0)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    home, _ = categories.create_category(ledger, "Home", CategoryKind.EXPENSE)
    return a, b, food, home


def _entry(ledger: Ledger, acc: AccountId, amount: str) -> int:
    new = NewEntry(account_id=acc, date=DAY, amount=Decimal(amount), payee="Store")
    entry_id, _ = entries.add_entry(ledger, new)
    return int(entry_id)


def _balance(ledger: Ledger, acc: AccountId) -> Decimal:
    materialize.sync_account(ledger, acc, full=True)
    (row,) = balances.balances_on(ledger, DAY, [acc])
    return Decimal(row.minor).scaleb(-2)


def _spending(ledger: Ledger) -> dict[str, int]:
    rows = reports.category_totals(ledger, D0, DAY)
    return {r.category: r.amount for r in rows}


def test_lines_must_sum_exactly_to_the_entry(ledger: Ledger) -> None:
    a, _b, food, home = _book(ledger)
    e = _entry(ledger, a, "-50.00")
    with pytest.raises(SplitError, match=r"sum to -49\.99 USD.*\(-0\.01 USD still to assign\)"):
        splits.split_entry(
            ledger, e, [SplitLine(Decimal("-30"), food), SplitLine(Decimal("-19.99"), home)]
        )
    with pytest.raises(SplitError, match="at least two lines"):
        splits.split_entry(ledger, e, [SplitLine(Decimal("-50"), food)])
    with pytest.raises(Exception, match="more decimals"):
        splits.split_entry(
            ledger, e, [SplitLine(Decimal("-30.001"), food), SplitLine(Decimal("-19.999"), home)]
        )
    assert splits.lines_of(ledger, [e]) == {}
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-30"), food), SplitLine(Decimal("-20"), home)]
    )
    (lines,) = splits.lines_of(ledger, [e]).values()
    assert [(line.minor, line.category) for line in lines] == [(-3000, "Food"), (-2000, "Home")]


def test_the_gate_refuses_an_amount_edit_that_breaks_the_split(ledger: Ledger) -> None:
    a, _b, food, home = _book(ledger)
    e = _entry(ledger, a, "-50.00")
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-30"), food), SplitLine(Decimal("-20"), home)]
    )
    with pytest.raises(SplitError, match=f"entry {e}: its split lines sum to"):
        entries.edit_entry(ledger, e, EntryPatch(amount=Decimal("-60")))
    assert entries.get_entry(ledger, e).amount.amount == Decimal("-50.00")
    entries.edit_entry(ledger, e, EntryPatch(payee="Market"))  # other fields stay editable


def test_a_transfer_line_moves_money_into_the_other_account(ledger: Ledger) -> None:
    a, b, food, _home = _book(ledger)
    e = _entry(ledger, a, "-100.00")
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-60"), food), SplitLine(Decimal("-40"), None, b)]
    )
    assert _balance(ledger, a) == Decimal("-100.00")
    assert _balance(ledger, b) == Decimal("40.00")
    assert _spending(ledger) == {"Food": 6000}
    # A changed date carries the counterpart along.
    entries.edit_entry(ledger, e, EntryPatch(date=date(2024, 3, 1)))
    (lines,) = splits.lines_of(ledger, [e]).values()
    counter = entries.get_entry(ledger, lines[1].counter_entry_id or 0)
    assert counter.date == date(2024, 3, 1)
    with pytest.raises(Exception, match=f"transfer line of split entry {e}"):
        entries.edit_entry(ledger, counter.id, EntryPatch(amount=Decimal("10")))
    # Deleting the entry deletes its counterpart; undo brings both back with the lines.
    entries.delete_entry(ledger, e)
    assert _balance(ledger, b) == Decimal("0.00")
    undo.undo(ledger)
    assert _balance(ledger, b) == Decimal("40.00")
    assert len(splits.lines_of(ledger, [e])[e]) == 2


def test_deleting_the_counterpart_leaves_an_uncategorized_line(ledger: Ledger) -> None:
    a, b, food, _home = _book(ledger)
    e = _entry(ledger, a, "-100.00")
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-60"), food), SplitLine(Decimal("-40"), None, b)]
    )
    counter = splits.lines_of(ledger, [e])[e][1].counter_entry_id
    entries.delete_entry(ledger, counter or 0)
    line = splits.lines_of(ledger, [e])[e][1]
    assert (line.transfer_account_id, line.counter_entry_id, line.minor) == (None, None, -4000)
    assert _balance(ledger, b) == Decimal("0.00")
    assert _spending(ledger) == {"Food": 6000, "Uncategorized": 4000}


def test_metrics_see_lines_by_category_and_undo_redo_every_split_write(ledger: Ledger) -> None:
    a, _b, food, home = _book(ledger)
    e = _entry(ledger, a, "-50.00")
    entries.edit_entry(ledger, e, EntryPatch(category_id=food))
    assert _spending(ledger) == {"Food": 5000}
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-35"), food), SplitLine(Decimal("-15"), home)]
    )
    assert _spending(ledger) == {"Food": 3500, "Home": 1500}
    splits.clear_split(ledger, e)
    assert _spending(ledger) == {"Food": 5000}
    undo.undo(ledger)
    assert _spending(ledger) == {"Food": 3500, "Home": 1500}
    undo.undo(ledger)
    assert _spending(ledger) == {"Food": 5000}
    undo.redo(ledger)
    assert _spending(ledger) == {"Food": 3500, "Home": 1500}


def test_add_split_entry_is_one_undo_step(ledger: Ledger) -> None:
    a, b, food, _home = _book(ledger)
    new = NewEntry(account_id=a, date=DAY, amount=Decimal("-10"), payee="Shop")
    splits.add_split_entry(
        ledger, new, [SplitLine(Decimal("-4"), food), SplitLine(Decimal("-6"), None, b)]
    )
    assert _balance(ledger, b) == Decimal("6.00")
    undo.undo(ledger)
    assert _balance(ledger, a) == Decimal("0.00")
    assert _balance(ledger, b) == Decimal("0.00")


def test_deleting_a_category_or_an_account_keeps_the_split_whole(ledger: Ledger) -> None:
    a, b, food, home = _book(ledger)
    e = _entry(ledger, a, "-50.00")
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-30"), food), SplitLine(Decimal("-20"), None, b)]
    )
    categories.delete_category(ledger, food, reassign_to=home)
    assert splits.lines_of(ledger, [e])[e][0].category == "Home"
    accounts.delete_account(ledger, b)
    assert splits.lines_of(ledger, [e])[e][1].transfer_account_id is None
    undo.undo(ledger)
    assert splits.lines_of(ledger, [e])[e][1].transfer_account_id == b
    undo.undo(ledger)
    assert splits.lines_of(ledger, [e])[e][0].category == "Food"


def test_book_zip_round_trips_splits_and_refuses_lines_that_do_not_sum(
    ledger: Ledger, tmp_path: Path
) -> None:
    a, b, food, home = _book(ledger)
    e = _entry(ledger, a, "-50.00")
    splits.split_entry(
        ledger,
        e,
        [
            SplitLine(Decimal("-30.25"), food, memo="milk", tags=("weekly", "dairy")),
            SplitLine(Decimal("-4.75"), home),
            SplitLine(Decimal("-15"), None, b, memo="to savings"),
        ],
    )
    zpath = tmp_path / "book.zip"
    counts = exports.export_book(ledger, zpath)
    assert counts["entry_splits.csv"] == 3
    expected = splits.lines_of(ledger, [e])
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        exports.import_book(copy, zpath)
        assert splits.lines_of(copy, [e]) == expected
        assert _balance(copy, b) == Decimal("15.00")
        assert _spending(copy) == {"Food": 3025, "Home": 475}
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(zpath) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "entry_splits.csv":
                data = data.replace(b"-4.75", b"-4.76")
            dst.writestr(name, data)
    with Ledger.open(tmp_path / "copy2.permoney", create=True) as copy:
        with pytest.raises(ImportFileError) as err:
            exports.import_book(copy, broken)
        assert (err.value.file, err.value.field) == ("entry_splits.csv", "amount")
        assert accounts.list_accounts(copy) == []


def test_budget_spending_counts_split_lines_by_category(ledger: Ledger) -> None:
    from permoney_desktop.services.budget_flows import read_month_flows

    a, _b, food, home = _book(ledger)
    e = _entry(ledger, a, "-50.00")
    entries.edit_entry(ledger, e, EntryPatch(category_id=food))
    splits.split_entry(
        ledger, e, [SplitLine(Decimal("-35.10"), food), SplitLine(Decimal("-14.90"), home)]
    )
    refund = _entry(ledger, a, "12.00")  # a refund split back into both categories
    splits.split_entry(
        ledger, refund, [SplitLine(Decimal("2"), food), SplitLine(Decimal("10"), home)]
    )
    with ledger.book.reading() as session:
        month = read_month_flows(ledger, session).months[DAY.replace(day=1)]
    assert dict(month.spent) == {food: 3310, home: 490}
