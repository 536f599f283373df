"""Stored entry rows → balance events: the one reading of entries for both balance computations.

The materializer (``services.materialize``) and the GUI's provisional figures
(``services.provisional``) read the same rows through ``store.balance_inputs`` and turn them
into ``daily_balances`` inputs here, so the two cannot disagree on what an entry kind means.

Two kinds of row come from the store, both plain tuples (thousands per read; no object each):

* ``DayRow`` ``(ISO day, sum of amounts, sum of |amounts|, special count)``: every entry of a
  day in one row. *Special* entries are valuations (``EntryKind.VALUATION``: a level, not a
  flow) and flows in another currency than the account's (converted and rounded one by one).
* ``EntryRow`` ``(ISO day, kind, amount, entry id, currency)``: one special entry. They are
  read only for the days whose count is not zero, and taken out of that day's sums, so what
  remains of a day is its same-currency flows: ``(day, inflows, outflows)``, both exact since
  ``size = in + |out|`` and ``total = in - |out|``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.balances import Event, Valuation, convert_flow
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.fx import MissingRate, RateTable

DayRow = tuple[str, int, int, int]
"""A day of one account's entries: ``(ISO day, Σ amount, Σ |amount|, special entries)``."""

EntryRow = tuple[str, str, int, int, str]
"""One special entry: ``(ISO day, kind, amount, entry id, currency)``."""

DaySums = tuple[date, int, int]
"""A day's same-currency flows summed: ``(day, inflows, outflows)``, both positive; what
``domain.balances.daily_tuples`` takes as ``summed``."""


def is_special(kind: EntryKind, entry_currency: str, account_currency: str) -> bool:
    """Whether an entry is read one by one (``EntryRow``) rather than in its day's sums: the
    rule the store's SQL applies (it is given ``EntryKind.VALUATION`` and the currency)."""
    return kind is EntryKind.VALUATION or entry_currency != account_currency


@dataclass(frozen=True, slots=True)
class BalanceEvents:
    """One read's balance inputs: ``summed`` day flows, ``events`` (valuations and converted
    foreign flows, in day order, a day's flows before its valuations, valuations in id order),
    and ``missing``: one missing rate per foreign entry that could not be converted, in the
    same order (its flow is a partial zero in ``events``)."""

    summed: list[DaySums]
    events: list[Event]
    missing: tuple[MissingRate, ...]

    def first_missing_per_pair(self) -> tuple[MissingRate, ...]:
        """The earliest missing rate of each currency pair."""
        first: dict[tuple[str, str], MissingRate] = {}
        for miss in self.missing:
            key = (miss.base, miss.quote)
            if key not in first or miss.day < first[key].day:
                first[key] = miss
        return tuple(first.values())


def foreign_currencies(entries: Iterable[EntryRow], account_currency: str) -> set[str]:
    """The currencies of the foreign flows among ``entries``: the rates a conversion needs."""
    return {
        cur
        for _d, kind, _a, _i, cur in entries
        if cur != account_currency and kind != EntryKind.VALUATION
    }


def _order(row: EntryRow) -> tuple[str, bool, int]:
    # A day's flows before its valuations, each in id order: the domain's same-day rule (the
    # last valuation of a day sets the level).
    return (row[0], row[1] == EntryKind.VALUATION, row[3])


def balance_events(
    days: Sequence[DayRow],
    entries: Sequence[EntryRow],
    account_currency: Currency,
    rates: RateTable,
) -> BalanceEvents:
    """Turn one account's stored rows into ``daily_balances`` inputs (see the module docstring).

    ``entries`` must be the special entries of exactly the days of ``days`` (any order).
    """
    events: list[Event] = []
    missing: list[MissingRate] = []
    taken: dict[str, list[int]] = {}
    for d, kind, amount, _id, cur in sorted(entries, key=_order) if entries else ():
        share = taken.get(d)
        if share is None:
            share = taken[d] = [0, 0]
        share[0] += amount
        share[1] += abs(amount)
        day = date.fromisoformat(d)
        if EntryKind(kind) is EntryKind.VALUATION:
            events.append(Valuation(day, amount))
            continue
        flow, miss = convert_flow(day, amount, Currency(cur), account_currency, rates)
        events.append(flow)
        if miss is not None:
            missing.append(miss)
    summed: list[DaySums] = []
    append = summed.append
    fromiso = date.fromisoformat
    for d, day_total, day_size, special in days:
        total, size = day_total, day_size
        if special:
            share = taken[d]
            total -= share[0]
            size -= share[1]
        append((fromiso(d), (size + total) // 2, (size - total) // 2))
    return BalanceEvents(summed, events, tuple(missing))
