"""Stored rows → balance events: the shared reading of entry kinds, against a per-entry oracle."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.balance_events import (
    DayRow,
    EntryRow,
    balance_events,
    foreign_currencies,
    is_special,
)
from permoney_desktop.domain.balances import Event, Flow, Valuation, convert_flow, daily_balances
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable

D0 = date(2024, 1, 1)
USD, EUR, GBP = Currency("USD"), Currency("EUR"), Currency("GBP")
RATES = RateTable.of([Rate(D0 + timedelta(days=3), EUR, USD, Decimal("1.0837"))])

Entry = tuple[int, date, EntryKind, int, Currency]  # (id, day, kind, amount, currency)

entries_strategy = st.lists(
    st.tuples(
        st.integers(0, 12),
        st.sampled_from(list(EntryKind)),
        st.integers(-50_000, 50_000),
        st.sampled_from([USD, USD, USD, EUR, GBP]),
    ),
    max_size=40,
).map(
    lambda rows: [
        (i + 1, D0 + timedelta(days=d), k, abs(a) if k is EntryKind.VALUATION else a, c)
        for i, (d, k, a, c) in enumerate(rows)
    ]
)


def stored_rows(entries: list[Entry], home: Currency) -> tuple[list[DayRow], list[EntryRow]]:
    """What ``store.balance_inputs`` reads, built in Python: one row per day, specials alone."""
    days: dict[str, list[int]] = {}
    special: list[EntryRow] = []
    for eid, day, kind, amount, cur in entries:
        row = days.setdefault(day.isoformat(), [0, 0, 0])
        row[0] += amount
        row[1] += abs(amount)
        if is_special(kind, cur, home):
            row[2] += 1
            special.append((day.isoformat(), kind.value, amount, eid, cur))
    return [(d, t, s, n) for d, (t, s, n) in sorted(days.items())], special[::-1]


def oracle_events(entries: list[Entry], home: Currency) -> tuple[list[Event], list[MissingRate]]:
    """Every entry on its own, in id order: a valuation sets the level, anything else flows."""
    events: list[Event] = []
    missing: list[MissingRate] = []
    for _eid, day, kind, amount, cur in sorted(entries):
        if kind is EntryKind.VALUATION:
            events.append(Valuation(day, amount))
            continue
        flow, miss = convert_flow(day, amount, cur, home, RATES)
        events.append(flow)
        if miss is not None:
            missing.append(miss)
    return events, missing


@given(
    entries=entries_strategy,
    liability=st.booleans(),
    opening=st.integers(-10_000, 10_000),
)
def test_the_events_give_the_same_rows_as_every_entry_on_its_own(
    entries: list[Entry], liability: bool, opening: int
) -> None:
    classification = Classification.LIABILITY if liability else Classification.ASSET
    days, special = stored_rows(entries, USD)
    got = balance_events(days, special, USD, RATES)
    want, want_missing = oracle_events(entries, USD)
    rows = daily_balances(
        classification, got.events, opening=opening, opening_date=D0, summed=got.summed
    )
    # The oracle's flows are one event each; levels, adjustments and partial marks must agree.
    expected = daily_balances(classification, want, opening=opening, opening_date=D0)
    assert [(r.day, r.start, r.adjustment, r.end, r.partial) for r in rows] == [
        (r.day, r.start, r.adjustment, r.end, r.partial) for r in expected
    ]
    assert sorted(got.missing, key=str) == sorted(want_missing, key=str)
    # Inflows and outflows are the gross sums of the day's (converted) flows.
    for row in rows:
        day_flows = [e for e in want if isinstance(e, Flow) and e.day == row.day]
        assert row.inflows == sum(f.amount for f in day_flows if f.amount > 0)
        assert row.outflows == -sum(f.amount for f in day_flows if f.amount < 0)


@given(entries=entries_strategy)
def test_events_come_in_the_domains_same_day_order(entries: list[Entry]) -> None:
    days, special = stored_rows(entries, USD)
    events = balance_events(days, special, USD, RATES).events
    keys = [(e.day, isinstance(e, Valuation)) for e in events]
    assert keys == sorted(keys)
    # Only the special entries become events; every day with entries has a summed tuple.
    assert len(events) == len(special)
    assert [d for d, _i, _o in balance_events(days, special, USD, RATES).summed] == [
        date.fromisoformat(r[0]) for r in days
    ]


def test_the_last_valuation_of_a_day_by_id_sets_the_level() -> None:
    day = D0.isoformat()
    days: list[DayRow] = [(day, 700 + 300 - 50, 700 + 300 + 50, 2)]
    special: list[EntryRow] = [(day, "valuation", 300, 9, "USD"), (day, "valuation", 700, 4, "USD")]
    got = balance_events(days, special, USD, RATES)
    assert got.summed == [(D0, 0, 50)]
    rows = daily_balances(Classification.ASSET, got.events, summed=got.summed)
    assert rows[-1].end == 300 and rows[-1].adjustment == 350


def test_missing_rates_first_per_pair_and_foreign_currencies() -> None:
    special: list[EntryRow] = [
        ("2024-01-02", "transaction", -100, 1, "GBP"),
        ("2024-01-01", "transfer", 200, 2, "GBP"),
        ("2024-01-05", "transaction", 100, 3, "EUR"),
        ("2024-01-06", "valuation", 100, 4, "CHF"),
    ]
    days: list[DayRow] = [
        ("2024-01-01", 200, 200, 1),
        ("2024-01-02", -100, 100, 1),
        ("2024-01-05", 100, 100, 1),
        ("2024-01-06", 100, 100, 1),
    ]
    got = balance_events(days, special, USD, RATES)
    assert foreign_currencies(special, "USD") == {"GBP", "EUR"}
    assert len(got.missing) == 2
    assert got.first_missing_per_pair() == (MissingRate(GBP, USD, D0),)
    assert [s for s in got.summed] == [(D0 + timedelta(days=n), 0, 0) for n in (0, 1, 4, 5)]
