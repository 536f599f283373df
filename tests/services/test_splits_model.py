"""Random histories with splits: every sum stays exact, and balances and the metrics' flows
equal a naive model that reads each split entry line by line."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.metrics import FlowGroup
from permoney_desktop.domain.splits import SplitError, SplitLine
from permoney_desktop.services import (
    accounts,
    balances,
    categories,
    entries,
    materialize,
    splits,
    undo,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import metric_queries, split_flow_queries

D0 = date(2024, 1, 1)
END = date(2024, 4, 30)

# A line: (category index or None, transfer?, cents); an entry: (day offset, category, lines).
LINE = st.tuples(
    st.one_of(st.none(), st.integers(0, 2)), st.booleans(), st.integers(-50_000, 50_000)
)
ENTRY = st.tuples(
    st.integers(0, 110),
    st.one_of(st.none(), st.integers(0, 2)),
    st.integers(-80_000, 80_000),
    st.one_of(st.just([]), st.lists(LINE, min_size=2, max_size=4)),
)


def _book(ledger: Ledger) -> tuple[AccountId, AccountId, list[CategoryId]]:
    a, _ = accounts.create_account(ledger, "Checking", "checking", "USD", opening_date=D0)
    b, _ = accounts.create_account(ledger, "Savings", "savings", "USD", opening_date=D0)
    cats = [
        categories.create_category(ledger, name, kind)[0]
        for name, kind in (
            ("Food", CategoryKind.EXPENSE),
            ("Home", CategoryKind.EXPENSE),
            ("Pay", CategoryKind.INCOME),
        )
    ]
    return a, b, cats


def _groups_by_month(groups: list[FlowGroup]) -> dict[tuple[date, object], int]:
    out: Counter[tuple[date, object]] = Counter()
    for g in groups:
        out[(g.day.replace(day=1), (g.category_id, g.positive))] += g.minor
    return {k: v for k, v in out.items() if v}


@settings(max_examples=15, deadline=None)
@given(st.lists(ENTRY, min_size=1, max_size=12), st.data())
def test_balances_and_flows_equal_the_line_by_line_model(
    tmp_path_factory: object, new_book: object, history: list, data: st.DataObject
) -> None:
    path = Path(tmp_path_factory.mktemp("m")) / "b.permoney"  # type: ignore[attr-defined]
    new_book(path)  # type: ignore[operator]
    with Ledger.open(path) as ledger:
        a, b, cats = _book(ledger)
        model_flows: Counter[tuple[date, object]] = Counter()
        model_balance = {a: 0, b: 0}
        for offset, cat, cents, raw_lines in history:
            day = D0 + timedelta(days=offset)
            category = None if cat is None else cats[cat]
            if raw_lines:
                lines_cents = [c for _c, _t, c in raw_lines[:-1]]
                lines_cents.append(cents - sum(lines_cents))  # the last line takes the rest
                lines = [
                    SplitLine(
                        Decimal(c).scaleb(-2),
                        None if transfer or lc is None else cats[lc],
                        b if transfer else None,
                    )
                    for (lc, transfer, _c), c in zip(raw_lines, lines_cents, strict=True)
                ]
            else:
                lines = []
            new = NewEntry(
                account_id=a, date=day, amount=Decimal(cents).scaleb(-2), category_id=category
            )
            entry_id, _ = entries.add_entry(ledger, new)
            model_balance[a] += cents
            month = day.replace(day=1)
            if not lines:
                model_flows[(month, (category, category is None and cents > 0))] += cents
                continue
            splits.split_entry(ledger, entry_id, lines)
            # Edits of the split entry itself: its lines follow (the metrics read them alone).
            moved = data.draw(st.integers(-40, 40), label="move the entry by days")
            recat = data.draw(st.one_of(st.none(), st.integers(0, 2)), label="recategorize")
            day = min(max(day + timedelta(days=moved), D0), END)
            month = day.replace(day=1)
            patch = EntryPatch(date=day, category_id=cats[recat] if recat is not None else category)
            entries.edit_entry(ledger, entry_id, patch)
            for line in lines:
                minor = int(line.amount.scaleb(2))
                if line.transfer_account_id is not None:
                    model_balance[b] -= minor
                else:
                    key = (line.category_id, line.category_id is None and minor > 0)
                    model_flows[(month, key)] += minor
            if data.draw(st.booleans(), label="break the sum"):
                try:
                    entries.edit_entry(ledger, entry_id, EntryPatch(amount=Decimal(cents + 1)))
                except SplitError:
                    pass
                else:
                    raise AssertionError("an edit broke a split's sum and was accepted")
        materialize.sync_all(ledger, full=True)
        got = {r.account_id: r.minor for r in balances.balances_on(ledger, END)}
        assert got == model_balance
        expected = {k: v for k, v in model_flows.items() if v}
        with ledger.book.reading() as session:
            assert _groups_by_month(metric_queries.flow_groups(session, "USD")) == expected
            between = metric_queries.flow_groups_between(session, D0, END)
            assert _groups_by_month(between) == expected
        _assert_pre_summed_exact(ledger)
        if data.draw(st.booleans(), label="delete a category"):
            categories.delete_category(ledger, cats[data.draw(st.integers(0, 2))])
            _assert_pre_summed_exact(ledger)
        # Every split still sums exactly, and undoing everything leaves nothing behind.
        ids = [e.id for e in entries.list_entries(ledger).rows]
        for entry_id, lines_of in splits.lines_of(ledger, ids).items():
            total = entries.get_entry(ledger, entry_id).amount.minor_units
            assert sum(line.minor for line in lines_of) == total
        while undo.undo(ledger) is not None:
            _assert_pre_summed_exact(ledger)  # every undo step keeps the sums too
        assert accounts.list_accounts(ledger) == []
        for _ in range(data.draw(st.integers(0, 6), label="redo steps")):
            if undo.redo(ledger) is None:
                break
            _assert_pre_summed_exact(ledger)


def _assert_pre_summed_exact(ledger: Ledger) -> None:
    """The write gate's pre-summed line corrections equal a recompute from every line."""
    with ledger.book.reading() as session:
        conn = session.connection()
        assert split_flow_queries.rows(conn) == split_flow_queries.recomputed(conn)
        by_month: Counter[tuple[object, ...]] = Counter()
        for day, cat, merchant, cur, total, inflow in split_flow_queries.recomputed(conn):
            by_month[(day[:8] + "01", cat, merchant, cur, "t")] += total
            by_month[(day[:8] + "01", cat, merchant, cur, "i")] += inflow
        months: Counter[tuple[object, ...]] = Counter()
        for day, cat, merchant, cur, total, inflow in split_flow_queries.rows(
            conn, split_flow_queries.MONTHS
        ):
            months[(day, cat, merchant, cur, "t")] += total
            months[(day, cat, merchant, cur, "i")] += inflow
        assert +months == +by_month and -months == -by_month
