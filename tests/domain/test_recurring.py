"""Recurring detection: planted schedules in a generated history are found with their cadence;
random noise (gaps in no cadence's band, or amounts that do not hold still) proposes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.recurrence import LAST, Frequency, Recurrence, Weekend
from permoney_desktop.domain.recurring import CADENCES, detect, payee_key

TODAY = date(2026, 6, 30)
Row = tuple[int, str, str, int, str]


def planted_rows(cadence: int, count: int, base: int, seed: int, payee: str) -> list[Row]:
    """``count`` payments ending shortly before TODAY on the cadence's rule, shifted off
    weekends, amounts within ±4% of ``base`` (minor units)."""
    c = CADENCES[cadence]
    rng = Random(seed)
    days = {Frequency.WEEKLY: 7 * c.interval, Frequency.MONTHLY: 31, Frequency.YEARLY: 366}
    start = TODAY - timedelta(days=days[c.frequency] * count + rng.randrange(0, 3))
    rule = Recurrence(c.frequency, start, interval=c.interval, weekend=Weekend.AFTER)
    dues = [o.due for o in rule.occurrences(TODAY)][-count:]
    out = []
    for d in dues:
        jitter = rng.randint(-4, 4)
        out.append((1, payee, d.isoformat(), base + base * jitter // 100, "USD"))
    return out


cadences = st.integers(0, len(CADENCES) - 1)


@given(
    plants=st.lists(
        st.tuples(cadences, st.integers(3, 12), st.integers(-300_000, -500)),
        min_size=1,
        max_size=6,
    ),
    seed=st.integers(0, 10_000),
)
def test_planted_schedules_are_found_with_their_cadence(
    plants: list[tuple[int, int, int]], seed: int
) -> None:
    rows: list[Row] = []
    for k, (cadence, count, base) in enumerate(plants):
        rows += planted_rows(cadence, count, base, seed + k, f"Payee {chr(65 + k)} Ltd")
    Random(seed).shuffle(rows)
    found = {p.payee_key: p for p in detect(rows, TODAY)}
    assert set(found) == {payee_key(f"Payee {chr(65 + k)} Ltd") for k in range(len(plants))}
    for k, (cadence, count, _base) in enumerate(plants):
        p = found[payee_key(f"Payee {chr(65 + k)} Ltd")]
        assert p.cadence == CADENCES[cadence]
        assert p.occurrences == count


def noise_gaps() -> st.SearchStrategy[int]:
    """Gaps that fit no cadence's band."""
    bands = [(c.low, c.high) for c in CADENCES]
    return st.integers(1, 500).filter(lambda g: not any(lo <= g <= hi for lo, hi in bands))


@given(
    series=st.lists(
        st.tuples(
            st.lists(noise_gaps(), min_size=2, max_size=15),
            st.lists(st.integers(-100_000, 100_000).filter(bool), min_size=16, max_size=16),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_irregular_gaps_propose_nothing(series: list[tuple[list[int], list[int]]]) -> None:
    rows: list[Row] = []
    for k, (gaps, amounts) in enumerate(series):
        day = TODAY
        rows.append((1, f"Shop {k}", day.isoformat(), amounts[0], "USD"))
        for gap, amount in zip(gaps, amounts[1:], strict=False):
            day -= timedelta(days=gap)
            rows.append((1, f"Shop {k}", day.isoformat(), amount, "USD"))
    assert detect(rows, TODAY) == []


@given(
    cadence=cadences,
    count=st.integers(3, 10),
    base=st.integers(10_000, 1_000_000),
    steps=st.lists(st.sampled_from([Decimal("0.7"), Decimal("1.25"), Decimal("1.6")]), min_size=10),
)
def test_amounts_that_do_not_hold_still_propose_nothing(
    cadence: int, count: int, base: int, steps: list[Decimal]
) -> None:
    """Perfect dates, but each payment differs from the next by more than the tolerance."""
    rows = planted_rows(cadence, count, -base, 1, "Variable")
    amount = Decimal(-base)
    varied = []
    for row, step in zip(rows, steps, strict=False):
        amount = (amount * step).to_integral_value()
        varied.append((*row[:3], int(amount), row[4]))
    assert detect(varied, TODAY) == []


def test_a_stopped_subscription_is_not_proposed() -> None:
    rows = planted_rows(2, 6, -1500, 3, "Gym")  # monthly, up to TODAY
    assert [p.cadence.name for p in detect(rows, TODAY)] == ["monthly"]
    assert detect(rows, TODAY + timedelta(days=70)) == []


def test_payee_spelling_and_reference_numbers_are_folded() -> None:
    rows: list[Row] = [
        (1, "NETFLIX.COM 123456", "2026-03-14", -1599, "USD"),
        (1, "Netflix.com  998877", "2026-04-14", -1599, "USD"),
        (1, "netflix.com 555555", "2026-05-14", -1599, "USD"),
        (2, "netflix.com 555555", "2026-05-14", -1599, "USD"),  # another account
    ]
    (p,) = detect(rows, TODAY)
    assert (p.account_id, p.payee_key, p.occurrences) == (1, "netflix.com", 3)
    assert p.payee == "netflix.com 555555"
    # The schedule it becomes starts after the latest payment, on the 14th.
    r = p.recurrence()
    assert [o.due for o in r.occurrences(date(2026, 7, 31))] == [
        date(2026, 6, 14),
        date(2026, 7, 14),
    ]


def test_month_ends_become_last_day_rules() -> None:
    rows: list[Row] = [
        (1, "Rent", "2026-02-28", -90000, "USD"),
        (1, "Rent", "2026-03-31", -90000, "USD"),
        (1, "Rent", "2026-04-30", -90000, "USD"),
        (1, "Rent", "2026-05-31", -90000, "USD"),
    ]
    (p,) = detect(rows, TODAY)
    assert p.day == LAST
    assert [o.nominal for o in p.recurrence().occurrences(date(2026, 7, 31))] == [
        date(2026, 6, 30),
        date(2026, 7, 31),
    ]


def test_two_occurrences_are_not_enough_and_currencies_do_not_mix() -> None:
    rows: list[Row] = [
        (1, "Cloud", "2026-04-01", -500, "USD"),
        (1, "Cloud", "2026-05-01", -500, "USD"),
    ]
    assert detect(rows, TODAY) == []
    rows.append((1, "Cloud", "2026-06-01", -500, "EUR"))
    assert detect(rows, TODAY) == []
    rows.append((1, "Cloud", "2026-03-01", -500, "USD"))
    assert detect(rows, TODAY) == []
