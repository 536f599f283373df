"""Daily balances of one account from its opening level, flows and valuations (pure maths).

The materializer and the GUI's provisional figures both call ``daily_balances`` on plain data,
so an optimistic figure equals the authoritative one by construction.

Conventions (the storage conventions of ``store/schema.py``):

* Levels (``opening``, valuation ``level``, a day's ``start``/``adjustment``/``end``) are in
  the account's currency as the user sees them: liabilities as the positive amount owed.
* A ``Flow`` carries the entry sign of domain/accounts.py (positive = money in or debt paid down). A
  day's ``inflows``/``outflows`` are its positive and negative flows as positive numbers; for a
  liability an inflow lowers the amount owed.
* Same-day order: all of the day's flows first, then its valuations; the last valuation of the
  day (in stream order) sets the level and the difference is the day's ``adjustment``.
* A flow whose amount could not be converted (missing exchange rate) counts as zero and marks
  its day and every following day ``partial``, until a valuation sets a known level again.
* Rows are dense: one per day from the first day (the opening date, or the first event if it is
  earlier or there is no opening date) to the last event day (or the opening date if later).
  Readers take the latest row on or before a date, so no rows are needed up to today.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize


@dataclass(frozen=True, slots=True)
class Flow:
    """A change of position on ``day`` in the account's minor units, with the entry sign."""

    day: date
    amount: int
    partial: bool = False


@dataclass(frozen=True, slots=True)
class DayFlows:
    """A day's flows already summed (as SQL aggregation gives them); both as positive numbers."""

    day: date
    inflows: int
    outflows: int


@dataclass(frozen=True, slots=True)
class Valuation:
    """A balance anchor: the account's level (owed, for liabilities) at the end of ``day``."""

    day: date
    level: int


Event = Flow | DayFlows | Valuation

# (day, start, inflows, outflows, adjustment, end, partial): a DayBalance as a plain tuple.
DayTuple = tuple[date, int, int, int, int, int, bool]


class DayBalance(NamedTuple):
    """One materialized day of one account (levels as the user sees them). A named tuple:
    the GUI builds thousands per edit far back, and a frozen dataclass costs several times
    more to make."""

    day: date
    start: int
    inflows: int
    outflows: int
    adjustment: int
    end: int
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Seed:
    """Where a recomputation continues from: the stored end of the day before its window."""

    day: date
    end: int
    partial: bool = False


def span(opening_date: date | None, event_days: Iterable[date]) -> tuple[date, date] | None:
    """The first and last day of an account's dense rows, or None when it has no dated data."""
    days = list(event_days)
    if opening_date is not None:
        days.append(opening_date)
    if not days:
        return None
    return min(days), max(days)


def daily_balances(
    classification: Classification,
    events: Iterable[Event],
    *,
    opening: int = 0,
    opening_date: date | None = None,
    seed: Seed | None = None,
    until: date | None = None,
    summed: Iterable[tuple[date, int, int]] = (),
) -> list[DayBalance]:
    """Per-day balances from the opening level (or from ``seed``) through the last event.

    Without ``seed`` the rows start on the first day (see the module docstring) at ``opening``.
    With ``seed`` they start the day after ``seed.day`` at ``seed.end`` and events before that
    day are ignored, so continuing from a stored row gives exactly the full computation's rows.
    ``until`` extends the rows to a later last day (never shortens them). ``summed``: more
    day flows as plain tuples (see ``daily_tuples``).
    """
    rows = daily_tuples(
        classification,
        events,
        opening=opening,
        opening_date=opening_date,
        seed=seed,
        until=until,
        summed=summed,
    )
    return list(map(DayBalance._make, rows))


def daily_tuples(
    classification: Classification,
    events: Iterable[Event],
    *,
    opening: int = 0,
    opening_date: date | None = None,
    seed: Seed | None = None,
    until: date | None = None,
    summed: Iterable[tuple[date, int, int]] = (),
) -> list[DayTuple]:
    """``daily_balances`` as plain tuples: the same computation, without an object per day
    (the materializer writes tens of thousands of days per full rebuild).

    ``summed`` are more ``DayFlows`` given as plain ``(day, inflows, outflows)`` tuples (the
    materializer's per-day sums from SQL, thousands of them, without an object each)."""
    sign = -1 if classification is Classification.LIABILITY else 1
    # ordinal -> [inflows, outflows, has_valuation, level, partial]
    days: dict[int, list[int]] = {}
    start_from = seed.day.toordinal() + 1 if seed is not None else None
    for day, day_in, day_out in summed:
        ordinal = day.toordinal()
        if start_from is not None and ordinal < start_from:
            continue
        slot = days.get(ordinal)
        if slot is None:
            days[ordinal] = [day_in, day_out, 0, 0, 0]
        else:
            slot[0] += day_in
            slot[1] += day_out
    for ev in events:
        ordinal = ev.day.toordinal()
        if start_from is not None and ordinal < start_from:
            continue
        slot = days.get(ordinal)
        if slot is None:
            slot = days[ordinal] = [0, 0, 0, 0, 0]
        if isinstance(ev, DayFlows):
            slot[0] += ev.inflows
            slot[1] += ev.outflows
        elif isinstance(ev, Flow):
            if ev.partial:
                slot[4] = 1
            elif ev.amount >= 0:
                slot[0] += ev.amount
            else:
                slot[1] -= ev.amount
        else:
            slot[2] = 1
            slot[3] = ev.level

    opening_ordinal = opening_date.toordinal() if opening_date is not None else None
    if seed is not None:
        assert start_from is not None
        first = start_from
        level, partial = seed.end, seed.partial
    else:
        candidates = [*([min(days)] if days else []), *filter(None, [opening_ordinal])]
        if not candidates:
            return []
        first = min(candidates)
        level, partial = opening, False
    ends = [
        *([max(days)] if days else []),
        *filter(None, [opening_ordinal, until.toordinal() if until else None]),
    ]
    if not ends or max(ends) < first:
        return []
    stop = max(ends)

    rows: list[DayTuple] = []
    append = rows.append
    fromordinal = date.fromordinal
    get = days.get
    for ordinal in range(first, stop + 1):
        slot = get(ordinal)
        start = level
        if slot is None:
            append((fromordinal(ordinal), start, 0, 0, 0, level, partial))
            continue
        inflows, outflows, has_valuation, valued, day_partial = slot
        level = start + sign * (inflows - outflows)
        partial = partial or bool(day_partial)
        adjustment = 0
        if has_valuation:
            adjustment = valued - level
            level = valued
            partial = False
        append((fromordinal(ordinal), start, inflows, outflows, adjustment, level, partial))
    return rows


def convert_flow(
    day: date,
    amount: int,
    entry_currency: Currency,
    account_currency: Currency,
    rates: RateTable,
) -> tuple[Flow, MissingRate | None]:
    """An entry's amount as a flow in the account's currency at the rate on or before ``day``.

    Each entry is converted and rounded on its own (the single rounding policy), so the GUI and
    the materializer agree to the cent. A missing rate gives a partial zero flow and the miss.
    """
    if entry_currency == account_currency:
        return Flow(day, amount), None
    rate = rates.rate(entry_currency, account_currency, day)
    if rate is None:
        return Flow(day, 0, partial=True), MissingRate(entry_currency, account_currency, day)
    value = MONEY_CONTEXT.multiply(Decimal(amount).scaleb(-exponent(entry_currency)), rate)
    converted = quantize(value, exponent(account_currency)).scaleb(exponent(account_currency))
    return Flow(day, int(converted)), None


def balance_on(rows: list[DayBalance], day: date) -> DayBalance | None:
    """The latest row on or before ``day`` (rows sorted by day), or None before the first."""
    lo, hi = 0, len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        if rows[mid].day <= day:
            lo = mid + 1
        else:
            hi = mid
    return rows[lo - 1] if lo else None


def month_ends(first: date, last: date) -> Iterator[date]:
    """The last day of every month from ``first``'s month through ``last``'s month."""
    month = first.replace(day=1)
    while month <= last:
        following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        yield following - timedelta(days=1)
        month = following
