"""The materializer stores only what changed: the row difference is exact, an edit far back
shifts the later days in one statement, and a day's SQL sums with foreign entries and
valuations taken out equal the domain function run on every entry one by one."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.balances import (
    DayTuple,
    Event,
    Flow,
    Valuation,
    convert_flow,
    daily_tuples,
)
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.fx import Rate, RateTable
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import materialize, stored_levels
from permoney_desktop.services.ledger import Ledger
from tests.services.test_materialize import Writer, stored

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)


def _apply(
    before: dict[str, tuple[Any, ...]],
    upserts: list[tuple[Any, ...]],
    shifts: list[tuple[str, str, int]],
    stale: list[str],
    keep: tuple[date, date] | None,
) -> dict[str, tuple[Any, ...]]:
    """What ``balance_queries.write_rows`` does, on a dict of rows by date."""
    lo, hi = (keep[0].isoformat(), keep[1].isoformat()) if keep else ("9999", "0000")
    rows = {d: r for d, r in before.items() if lo <= d <= hi and d not in stale}
    for first, last, delta in shifts:
        for d, r in list(rows.items()):
            if first <= d <= last:
                rows[d] = (r[0], r[1], r[2] + delta, r[3], r[4], r[5], r[6] + delta, r[7])
    for r in upserts:
        rows[r[0]] = tuple(r)
    return rows


def _row(day: DayTuple, cur: str = "USD") -> tuple[Any, ...]:
    d, s, i, o, a, e, p = day
    return (d.isoformat(), cur, s, i, o, a, e, int(p))


day_events = st.lists(
    st.tuples(
        st.integers(0, 40),
        st.one_of(st.integers(-50_000, 50_000), st.none()),
        st.integers(0, 90_000),
    ),
    max_size=25,
)


@settings(max_examples=200)
@given(old=day_events, new=day_events, window=st.integers(0, 45), opening=st.integers(0, 9_000))
def test_the_row_difference_turns_the_stored_rows_into_the_computed_ones(
    old: list[tuple[int, int | None, int]],
    new: list[tuple[int, int | None, int]],
    window: int,
    opening: int,
) -> None:
    def compute(spec: list[tuple[int, int | None, int]]) -> list[DayTuple]:
        events: list[Event] = [
            Flow(D0 + timedelta(days=n), amount)
            if amount is not None
            else Valuation(D0 + timedelta(days=n), level)
            for n, amount, level in spec
        ]
        return daily_tuples(Classification.ASSET, events, opening=opening, opening_date=D0)

    before = {r[0]: r for r in map(_row, compute(old))}
    after_days = compute(new)
    after = {r[0]: r for r in map(_row, after_days)}
    w = (D0 + timedelta(days=window)).isoformat()
    computed = [d for d in after_days if d[0].isoformat() >= w]
    keep = (after_days[0][0], after_days[-1][0]) if after_days else None
    from_window = [r for d, r in sorted(before.items()) if d >= w]
    upserts, shifts, stale = materialize.row_changes(
        computed, "USD", from_window, *(keep or (None, None))
    )
    # Rows before the window stay as stored (inside the new span); the window is rewritten.
    hi = keep[1].isoformat() if keep else ""
    expected = {d: r for d, r in before.items() if d < w and d <= hi}
    expected |= {d: r for d, r in after.items() if d >= w}
    assert _apply(before, upserts, shifts, stale, keep) == expected
    # Nothing unchanged is written.
    unchanged = {d for d, r in after.items() if d >= w and before.get(d) == r}
    assert not unchanged & {r[0] for r in upserts}
    assert not any(a <= d <= b for d in unchanged for a, b, _delta in shifts)


def test_many_differently_moved_runs_are_written_as_rows() -> None:
    days = [(D0 + timedelta(days=n), n * 10, 0, 0, 0, n * 10, False) for n in range(60)]
    # Every other stored row moved by its own amount: 30 runs of one row each.
    before = [
        _row((d, s - (n if n % 2 else 0), i, o, a, e - (n if n % 2 else 0), p))
        for n, (d, s, i, o, a, e, p) in enumerate(days)
    ]
    upserts, shifts, stale = materialize.row_changes(days, "USD", before, D0, days[-1][0])
    assert shifts == [] and stale == [] and len(upserts) == 30
    assert _apply({r[0]: r for r in before}, upserts, [], [], (D0, days[-1][0])) == {
        r[0]: r for r in map(_row, days)
    }


def _statements(ledger: Ledger, fn: Any) -> tuple[Any, list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    engines = (ledger.book.read_engine, ledger.book.write_engine)
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        return fn(), seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)


def test_an_edit_far_back_shifts_the_later_days_in_one_statement(ledger: Ledger) -> None:
    w = Writer(ledger)
    counts = []
    for size in (5, 400):
        acc = w.account(f"acc {size}", AccountKind.CHECKING, opening=1_000)
        w.add(acc, D0, -1)
        edited = w.add(acc, D0 + timedelta(days=1), 100)
        for n in range(2, size):
            w.add(acc, D0 + timedelta(days=n), -n)
        materialize.sync_pending(ledger)
        w.edit(edited, amount=250)
        outcome, statements = _statements(
            ledger, lambda acc=acc: materialize.sync_account(ledger, AccountId(acc))
        )
        assert outcome.status == "completed" and not outcome.full
        shifts = [s for s in statements if s.startswith("UPDATE balances")]
        assert len(shifts) == 1  # days 2.. moved by +150 together
        incremental = stored(ledger, acc)
        materialize.sync_account(ledger, AccountId(acc), full=True)
        assert stored(ledger, acc) == incremental
        assert incremental[-1][5] == 1_000 - 1 + 250 - sum(range(2, size))
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_a_valuation_stops_the_shift(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING, opening=1_000)
    w.add(acc, D0, -1)
    edited = w.add(acc, D0 + timedelta(days=1), 100)
    for n in range(2, 30):
        w.add(acc, D0 + timedelta(days=n), -n)
    w.add(acc, D0 + timedelta(days=10), 5_000, kind="valuation")
    materialize.sync_pending(ledger)
    before = stored(ledger, acc)
    w.edit(edited, amount=40)
    materialize.sync_pending(ledger)
    after = stored(ledger, acc)
    # Days 1-9 moved by -60; the valuation day absorbed it in its adjustment; later days kept.
    assert after[0] == before[0]
    assert [a[5] - b[5] for a, b in zip(after[1:10], before[1:10], strict=True)] == [-60] * 9
    assert after[10][4] == before[10][4] + 60 and after[10][5] == 5_000
    assert after[11:] == before[11:]
    materialize.sync_account(ledger, AccountId(acc), full=True)
    assert stored(ledger, acc) == after


mixed = st.lists(
    st.tuples(
        st.sampled_from(["USD", "USD", "EUR", "valuation"]),
        st.integers(0, 6),  # day
        st.integers(-90_000, 90_000),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=40, deadline=None)
@given(first=mixed, later=mixed, window=st.integers(0, 6), liability=st.booleans())
def test_day_sums_with_foreign_entries_and_valuations_equal_one_by_one(
    ledger: Ledger,
    first: list[tuple[str, int, int]],
    later: list[tuple[str, int, int]],
    window: int,
    liability: bool,
) -> None:
    w = Writer(ledger)
    kind = AccountKind.LOAN if liability else AccountKind.CHECKING
    acc = w.account(f"mixed {len(stored_ids(ledger))}", kind, opening=700)
    with ledger.book.write_engine.connect() as c, c.begin():
        c.exec_driver_sql(  # one rate for every example (they share the book)
            "INSERT INTO exchange_rates (date, from_currency, to_currency, rate) "
            "VALUES (?, 'EUR', 'USD', '1.0837') ON CONFLICT DO NOTHING",
            ((D0 - timedelta(days=1)).isoformat(),),
        )
    eur_usd = Rate(D0 - timedelta(days=1), Currency("EUR"), Currency("USD"), Decimal("1.0837"))
    rates = RateTable.of([eur_usd])

    def add(spec: list[tuple[str, int, int]]) -> None:
        for what, n, amount in spec:
            day = D0 + timedelta(days=n)
            if what == "valuation":
                w.add(acc, day, abs(amount), kind="valuation")
            else:
                w.add(acc, day, amount, cur=what)

    add(first)
    materialize.sync_pending(ledger)
    add(later)  # pending from the earliest new day: an incremental run
    materialize.sync_account(ledger, AccountId(acc), D0 + timedelta(days=window))
    # Same day: flows, then valuations in the order they were added (ids): the last one wins.
    events: list[Event] = []
    for what, n, amount in sorted(first + later, key=lambda e: (e[1], e[0] == "valuation")):
        day = D0 + timedelta(days=n)
        if what == "valuation":
            events.append(Valuation(day, abs(amount)))
        else:
            events.append(convert_flow(day, amount, Currency(what), Currency("USD"), rates)[0])
    classification = kind.classification
    expected = [_row(d) for d in daily_tuples(classification, events, opening=700)]
    assert stored(ledger, acc) == [tuple(r[:1] + r[2:]) for r in expected]


def stored_ids(ledger: Ledger) -> list[int]:
    with ledger.book.read_engine.connect() as c:
        return [r[0] for r in c.exec_driver_sql("SELECT id FROM accounts")]


def test_confirmed_levels_text_matches_the_text_of_the_same_rows_in_memory(
    ledger: Ledger,
) -> None:
    w = Writer(ledger)
    acc = w.account("Card", AccountKind.CREDIT_CARD, opening=50)
    w.add(acc, D0, -9_000)
    w.add(acc, D0 + timedelta(days=2), 1_000, cur="EUR")  # no rate: partial days
    w.add(acc, D0 + timedelta(days=4), 12_345)
    materialize.sync_pending(ledger)
    rows = stored(ledger, acc)
    assert any(r[6] for r in rows) and any(r[5] < 0 for r in rows)
    held = [(date.fromisoformat(r[0]), r[5], bool(r[6])) for r in rows]
    aid = AccountId(acc)
    assert materialize.confirmed_levels(ledger, aid) == stored_levels.levels_text(held)
    since = D0 + timedelta(days=3)
    assert materialize.confirmed_levels(ledger, aid, since) == stored_levels.levels_text(held[3:])
    assert materialize.confirmed_levels(ledger, aid, D0 + timedelta(days=99)) == ""
    assert stored_levels.levels_text(held[:2]) != stored_levels.levels_text(held[1:3])


def test_a_syncs_outcome_carries_the_levels_it_stored_as_they_read_back(ledger: Ledger) -> None:
    """What confirms the window's figures without a read: the outcome's levels, from the
    first day the sync rewrote (all days for a rebuild), equal the stored ones read back."""
    w = Writer(ledger)
    acc = w.account("Card", AccountKind.CREDIT_CARD, opening=50)
    for n in range(12):
        w.add(acc, D0 + timedelta(days=n), -100 * (n + 1), cur="EUR" if n == 5 else "USD")
    aid = AccountId(acc)
    rebuilt = materialize.sync_account(ledger, aid, full=True)
    assert rebuilt.levels is not None and rebuilt.levels.start is None
    assert rebuilt.levels.since(None) == materialize.confirmed_levels(ledger, aid)
    w.add(acc, D0 + timedelta(days=8), -777)
    windowed = materialize.sync_account(ledger, aid)
    assert windowed.levels is not None and windowed.levels.start is not None
    start = windowed.levels.start
    assert D0 < start <= D0 + timedelta(days=8)
    for day in (start, start + timedelta(days=2), D0 + timedelta(days=40)):
        assert windowed.levels.since(day) == materialize.confirmed_levels(ledger, aid, day)
    assert windowed.levels.since(start - timedelta(days=1)) is None  # not known: read
    assert windowed.levels.since(None) is None
