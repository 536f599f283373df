"""Filters by category find split entries by their lines alone (never by the entry's own
category): the register's category filter, a dashboard figure's category drill-down and
``list_entries`` (``tx list --category``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import EntryFilter, NewEntry
from permoney_desktop.domain.register_query import RegisterQuery
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, entries, register_reads, splits
from permoney_desktop.services.ledger import Ledger

DAY = date(2024, 3, 5)


def _book(ledger: Ledger) -> tuple[int, int, int, int, int]:
    """(Food, Food:Fruit, Home, plain Home entry, split entry with Food:Fruit and Home lines)."""
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    fruit, _ = categories.create_category(ledger, "Fruit", CategoryKind.EXPENSE, parent_id=food)
    home, _ = categories.create_category(ledger, "Home", CategoryKind.EXPENSE)
    plain, _ = entries.add_entry(
        ledger, NewEntry(account_id=acc, date=DAY, amount=Decimal("-5"), category_id=home)
    )
    split, _ = entries.add_entry(
        ledger, NewEntry(account_id=acc, date=DAY, amount=Decimal("-50"), payee="Market")
    )
    lines = [SplitLine(Decimal("-20"), fruit), SplitLine(Decimal("-30"), home)]
    splits.split_entry(ledger, split, lines)
    return int(food), int(fruit), int(home), int(plain), int(split)


@pytest.mark.backends
def test_category_filters_find_split_entries_by_their_lines(ledger: Ledger) -> None:
    food, fruit, home, plain, split = _book(ledger)

    def register(**kw: object) -> set[int]:
        q = RegisterQuery(**kw)  # type: ignore[arg-type]
        ids = {int(x.id) for x in register_reads.fetch_page(ledger, q, limit=50)}
        assert register_reads.count_entries(ledger, q) == len(ids)
        return ids

    def listed(cats: tuple[int, ...]) -> set[int]:
        page = entries.list_entries(ledger, EntryFilter(category_ids=cats))  # type: ignore[arg-type]
        return {int(e.id) for e in page.rows}

    assert register(category_id=food) == {split}  # through its child's line
    assert register(category_id=home) == {plain, split}
    assert register(category_ids=(fruit,)) == {split}  # a figure's drill-down
    assert listed((food,)) == {split}
    assert listed((home,)) == {plain, split}
    assert listed((fruit,)) == {split}


@pytest.mark.backends
def test_a_split_entry_s_own_category_finds_nothing(ledger: Ledger) -> None:
    _food, fruit, home, plain, split = _book(ledger)
    acc = entries.get_entry(ledger, plain).account_id
    # Filed under Home before it was split into Food:Fruit and an uncategorized line.
    own, _ = entries.add_entry(
        ledger, NewEntry(account_id=acc, date=DAY, amount=Decimal("-9"), category_id=home)
    )
    splits.split_entry(ledger, own, [SplitLine(Decimal("-4"), fruit), SplitLine(Decimal("-5"))])
    q = RegisterQuery(category_id=home)  # type: ignore[arg-type]
    assert {int(x.id) for x in register_reads.fetch_page(ledger, q, limit=50)} == {plain, split}
    assert register_reads.count_entries(ledger, q) == 2
    listed = entries.list_entries(ledger, EntryFilter(category_ids=(home,)))  # type: ignore[arg-type]
    assert {int(e.id) for e in listed.rows} == {plain, split}
    # Uncategorized: the entry by its uncategorized line; the Market split (every line
    # categorized) not at all, though it has no category of its own.
    none = entries.list_entries(ledger, EntryFilter(uncategorized=True))
    assert {int(e.id) for e in none.rows} == {own}
    figure = RegisterQuery(uncategorized=True, flow="expense")
    assert {int(x.id) for x in register_reads.fetch_page(ledger, figure, limit=50)} == {own}
