"""The pure daily-balance function against a naive oracle, and continuation from a seed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.balances import (
    DayBalance,
    DayFlows,
    Event,
    Flow,
    Seed,
    Valuation,
    balance_on,
    convert_flow,
    daily_balances,
    daily_tuples,
    month_ends,
)
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable

D0 = date(2024, 1, 1)
ASSET, LIABILITY = Classification.ASSET, Classification.LIABILITY


def oracle_end(
    classification: Classification,
    events: list[Event],
    opening: int,
    day: date,
) -> int:
    """Opening plus every flow up to ``day``, a valuation resetting the level; flows first."""
    sign = -1 if classification is LIABILITY else 1
    level = opening
    todays = sorted(
        (e for e in events if e.day <= day),
        key=lambda e: (e.day, isinstance(e, Valuation)),  # stable: stream order kept
    )
    for e in todays:
        if isinstance(e, Valuation):
            level = e.level
        elif not e.partial:
            level += sign * e.amount
    return level


amounts = st.integers(-500_000, 500_000)
events_st = st.lists(
    st.one_of(
        st.builds(Flow, st.integers(0, 60).map(lambda n: D0 + timedelta(days=n)), amounts),
        st.builds(
            Valuation,
            st.integers(0, 60).map(lambda n: D0 + timedelta(days=n)),
            st.integers(0, 1_000_000),
        ),
    ),
    max_size=40,
)


@settings(max_examples=300)
@given(
    classification=st.sampled_from([ASSET, LIABILITY]),
    events=events_st,
    opening=st.integers(0, 1_000_000),
    opening_offset=st.none() | st.integers(-5, 70),
)
def test_daily_balances_match_the_oracle_every_day(
    classification: Classification,
    events: list[Event],
    opening: int,
    opening_offset: int | None,
) -> None:
    opening_date = None if opening_offset is None else D0 + timedelta(days=opening_offset)
    ordered = sorted(events, key=lambda e: e.day)
    rows = daily_balances(classification, ordered, opening=opening, opening_date=opening_date)
    days = [e.day for e in events] + ([opening_date] if opening_date else [])
    if not days:
        assert rows == []
        return
    assert rows[0].day == min(days)
    assert rows[-1].day == max(days)
    assert [r.day for r in rows] == [
        rows[0].day + timedelta(days=i) for i in range(len(rows))
    ]  # dense
    assert rows[0].start == opening
    sign = -1 if classification is LIABILITY else 1
    for prev, row in zip([None, *rows], rows, strict=False):
        if prev is not None:
            assert row.start == prev.end
        assert row.end == row.start + sign * (row.inflows - row.outflows) + row.adjustment
        assert row.end == oracle_end(classification, ordered, opening, row.day)


@settings(max_examples=200)
@given(
    classification=st.sampled_from([ASSET, LIABILITY]),
    events=events_st,
    opening=st.integers(0, 1_000_000),
    cut=st.integers(0, 70),
)
def test_continuing_from_a_seed_equals_the_full_computation(
    classification: Classification, events: list[Event], opening: int, cut: int
) -> None:
    ordered = sorted(events, key=lambda e: e.day)
    full = daily_balances(classification, ordered, opening=opening, opening_date=D0)
    seed_row = balance_on(full, D0 + timedelta(days=cut))
    assert seed_row is not None
    seed = Seed(seed_row.day, seed_row.end, seed_row.partial)
    tail = daily_balances(classification, ordered, opening_date=D0, seed=seed)
    assert tail == [r for r in full if r.day > seed_row.day]


def test_same_day_flows_come_before_the_valuation() -> None:
    d = date(2024, 3, 1)
    rows = daily_balances(
        ASSET, [Valuation(d, 10_000), Flow(d, -2_500), Flow(d, 700)], opening=5_000
    )
    assert rows == [DayBalance(d, 5_000, 700, 2_500, 6_800, 10_000)]


def test_liability_flows_move_the_amount_owed_the_other_way() -> None:
    d = date(2024, 3, 1)
    rows = daily_balances(
        LIABILITY,
        [Flow(d, -300_00), Flow(d + timedelta(days=2), 1_000_00)],
        opening=5_000_00,
        opening_date=d - timedelta(days=1),
    )
    assert [r.end for r in rows] == [5_000_00, 5_300_00, 5_300_00, 4_300_00]
    assert rows[1].outflows == 300_00 and rows[3].inflows == 1_000_00


def test_last_valuation_of_a_day_wins() -> None:
    d = date(2024, 3, 1)
    rows = daily_balances(ASSET, [Valuation(d, 1), Valuation(d, 2)])
    assert rows[-1].end == 2 and rows[-1].adjustment == 2


def test_a_partial_flow_marks_following_days_until_a_valuation() -> None:
    d = date(2024, 3, 1)
    rows = daily_balances(
        ASSET,
        [
            Flow(d, 100),
            Flow(d + timedelta(days=1), 0, partial=True),
            Valuation(d + timedelta(3), 7),
        ],
        until=d + timedelta(days=4),
    )
    assert [r.partial for r in rows] == [False, True, True, False, False]
    assert [r.end for r in rows] == [100, 100, 100, 7, 7]


def test_until_extends_but_never_shortens() -> None:
    d = date(2024, 3, 1)
    assert len(daily_balances(ASSET, [Flow(d, 1)], until=d + timedelta(days=9))) == 10
    assert len(daily_balances(ASSET, [Flow(d, 1)], until=d - timedelta(days=9))) == 1


def test_seed_with_nothing_after_it_gives_no_rows() -> None:
    d = date(2024, 3, 1)
    assert daily_balances(ASSET, [Flow(d, 1)], seed=Seed(d, 1)) == []


def test_entries_before_the_opening_date_move_the_first_day() -> None:
    d = date(2024, 3, 10)
    rows = daily_balances(ASSET, [Flow(d - timedelta(days=2), 50)], opening=100, opening_date=d)
    assert rows[0].day == d - timedelta(days=2) and rows[0].start == 100
    assert rows[-1].day == d and rows[-1].end == 150


def test_convert_flow_uses_the_rate_on_or_before_and_rounds_half_even() -> None:
    usd, eur, jpy = Currency("USD"), Currency("EUR"), Currency("JPY")
    rates = RateTable.of([Rate(date(2024, 1, 1), eur, usd, Decimal("1.125"))])
    flow, miss = convert_flow(date(2024, 2, 1), -1_00, eur, usd, rates)
    assert flow == Flow(date(2024, 2, 1), -112) and miss is None  # -1.125 -> -1.12
    flow, miss = convert_flow(date(2023, 12, 31), 5_00, eur, usd, rates)
    assert flow.partial and flow.amount == 0
    assert miss == MissingRate(eur, usd, date(2023, 12, 31))
    flow, miss = convert_flow(date(2024, 2, 1), 12_34, usd, usd, rates)
    assert flow == Flow(date(2024, 2, 1), 12_34) and miss is None
    _flow, miss = convert_flow(date(2024, 2, 1), 100, jpy, usd, rates)
    assert miss is not None and str(miss).startswith("no JPY→USD rate")


def test_month_ends_cover_every_month() -> None:
    ends = list(month_ends(date(2023, 12, 15), date(2024, 3, 1)))
    assert ends == [date(2023, 12, 31), date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]


@settings(max_examples=100)
@given(classification=st.sampled_from([ASSET, LIABILITY]), events=events_st)
def test_summed_day_flows_give_the_same_days_as_single_flows(
    classification: Classification, events: list[Event]
) -> None:
    summed: list[Event] = [e for e in events if isinstance(e, Valuation)]
    for day in {e.day for e in events if isinstance(e, Flow)}:
        amounts = [e.amount for e in events if isinstance(e, Flow) and e.day == day]
        summed.append(
            DayFlows(day, sum(a for a in amounts if a > 0), -sum(a for a in amounts if a < 0))
        )
    by_day = sorted(events, key=lambda e: e.day)
    summed.sort(key=lambda e: (e.day, isinstance(e, Valuation)))
    # Valuations keep their relative order, so the same one is last on each day.
    assert daily_balances(classification, summed, opening=5) == daily_balances(
        classification, by_day, opening=5
    )
    # The same sums as plain tuples (the materializer's form) give the same days.
    plain = [(e.day, e.inflows, e.outflows) for e in summed if isinstance(e, DayFlows)]
    valuations = [e for e in summed if isinstance(e, Valuation)]
    as_tuples = daily_tuples(classification, valuations, opening=5, summed=plain)
    assert [DayBalance(*t) for t in as_tuples] == daily_balances(classification, by_day, opening=5)
    if by_day:
        seed = Seed(by_day[0].day, 77)
        assert daily_tuples(classification, valuations, seed=seed, summed=plain) == [
            (b.day, b.start, b.inflows, b.outflows, b.adjustment, b.end, b.partial)
            for b in daily_balances(classification, summed, seed=seed)
        ]
