"""The write gate's pre-summed split-line corrections, on SQLite and on PostgreSQL: every
path that changes lines (split, re-split, entry move and recategorize, category delete,
entry delete, undo, redo) leaves them equal to a recompute from the lines, and the metrics
read through them see each split entry by line."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, entries, splits, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import metric_queries, split_flow_queries

D0 = date(2024, 1, 1)


def _exact(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.book.reading() as session:
        conn = session.connection()
        stored = split_flow_queries.rows(conn)
        assert stored == split_flow_queries.recomputed(conn)
        return stored


def _by_category(ledger: Ledger, day: date) -> dict[object, int]:
    """The month's flows by category, read day by day."""
    start = day.replace(day=1)
    end = (start + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    with ledger.book.reading() as session:
        groups = metric_queries.flow_groups_between(session, start, end)
    out: dict[object, int] = {}
    for g in groups:
        out[g.category_id] = out.get(g.category_id, 0) + g.minor
    return {k: v for k, v in out.items() if v}


@pytest.mark.backends
def test_every_line_path_keeps_the_pre_summed_corrections_exact(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "Checking", "checking", "USD", opening_date=D0)
    b, _ = accounts.create_account(ledger, "Savings", "savings", "USD", opening_date=D0)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    home, _ = categories.create_category(ledger, "Home", CategoryKind.EXPENSE)
    day = date(2024, 3, 5)
    new = NewEntry(account_id=a, date=day, amount=Decimal("-100.00"), category_id=food)
    entry_id, _ = entries.add_entry(ledger, new)
    assert _exact(ledger) == []
    splits.split_entry(
        ledger,
        entry_id,
        [
            SplitLine(Decimal("-60.00"), food, None),
            SplitLine(Decimal("-30.00"), home, None),
            SplitLine(Decimal("-10.00"), None, b),
        ],
    )
    assert _exact(ledger)
    assert _by_category(ledger, day) == {food: -6000, home: -3000}
    # The entry moves to another month and category: both months are recomputed.
    later = date(2024, 5, 20)
    entries.edit_entry(ledger, entry_id, EntryPatch(date=later, category_id=home))
    _exact(ledger)
    assert _by_category(ledger, day) == {}
    assert _by_category(ledger, later) == {food: -6000, home: -3000}
    splits.split_entry(
        ledger,
        entry_id,
        [SplitLine(Decimal("-25.00"), food, None), SplitLine(Decimal("-75.00"), None, None)],
    )
    _exact(ledger)
    assert _by_category(ledger, later) == {food: -2500, None: -7500}
    categories.delete_category(ledger, food)
    _exact(ledger)
    assert _by_category(ledger, later) == {None: -10000}
    entries.delete_entry(ledger, entry_id)
    assert _exact(ledger) == []
    steps = 0
    while undo.undo(ledger) is not None:
        steps += 1
        _exact(ledger)
        if steps == 4:  # back to the first split, in March
            assert _by_category(ledger, day) == {food: -6000, home: -3000}
    while undo.redo(ledger) is not None:
        _exact(ledger)
    assert _exact(ledger) == []


def test_the_whole_book_read_merges_lines_into_their_groups(ledger: Ledger) -> None:
    """Base-currency groups per month: a split entry's own key, emptied by its lines, is
    gone, and the entry-level and line-level parts of one key come back as one group."""
    a, _ = accounts.create_account(ledger, "Checking", "checking", "USD", opening_date=D0)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    home, _ = categories.create_category(ledger, "Home", CategoryKind.EXPENSE)
    day = date(2024, 3, 5)
    for amount in ("-100.00", "-40.00"):
        new = NewEntry(account_id=a, date=day, amount=Decimal(amount), category_id=food)
        entry_id, _ = entries.add_entry(ledger, new)
    # The second entry moves wholly out of Food, in two lines.
    splits.split_entry(
        ledger,
        entry_id,
        [SplitLine(Decimal("-15.00"), home, None), SplitLine(Decimal("-25.00"), home, None)],
    )
    _exact(ledger)
    with ledger.book.reading() as session:
        groups = metric_queries.flow_groups(session, "USD")
    got = sorted((g.day, g.category_id, g.minor) for g in groups)
    assert got == sorted([(day.replace(day=1), food, -10000), (day.replace(day=1), home, -4000)])
