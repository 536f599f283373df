"""Recurrence rules of scheduled transactions: dateutil rrule plus weekend shifts.

Decisions, tested in ``tests/domain/test_recurrence.py``:

* "Monthly on the 29th/30th/31st" falls on the month's last day in shorter months (31 Jan →
  28/29 Feb → 31 Mar → 30 Apr), never skipping a month as a bare rrule ``BYMONTHDAY=31`` would.
* "Yearly on 29 February" falls on 28 February in common years.
* The *nominal* date (from the rule) is an occurrence's identity; the *due* date is the nominal
  date moved off a weekend (to the Friday before or the Monday after, when asked). Holidays are
  not known.
* ``end`` bounds nominal dates; ``count`` counts occurrences from ``start`` on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from dateutil import rrule

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message


class Frequency(StrEnum):
    DAILY = "day"
    WEEKLY = "week"
    MONTHLY = "month"
    YEARLY = "year"


class Weekend(StrEnum):
    """What to do with an occurrence that falls on a Saturday or Sunday."""

    NONE = "none"
    BEFORE = "before"  # the Friday before
    AFTER = "after"  # the Monday after


_RRULE_FREQ = {
    Frequency.DAILY: rrule.DAILY,
    Frequency.WEEKLY: rrule.WEEKLY,
    Frequency.MONTHLY: rrule.MONTHLY,
    Frequency.YEARLY: rrule.YEARLY,
}
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LAST = -1  # ``day`` = last day of the month; ``nth`` = last such weekday
MAX_INTERVAL = 999
MAX_COUNT = 10_000


@dataclass(frozen=True, slots=True)
class Occurrence:
    nominal: date  # the rule's date: the occurrence's identity
    due: date  # the date the entry is posted on (weekend shift applied)


@dataclass(frozen=True, slots=True)
class Recurrence:
    """Every ``interval`` ``frequency`` from ``start``, optionally on a given day of the month
    (``day``: 1–31 or ``LAST``) or the ``nth`` (1–4 or ``LAST``) ``weekday`` (0 = Monday) of the
    month, until ``end`` or for ``count`` occurrences (or forever)."""

    frequency: Frequency
    start: date
    interval: int = 1
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    weekend: Weekend = Weekend.NONE
    end: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        check(self)

    def occurrences(self, until: date, since: date | None = None) -> Iterator[Occurrence]:
        """Occurrences whose due date is in ``[since, until]``, in date order."""
        # A weekend shift moves a date by at most two days either way: widen the nominal
        # window by that much and filter on the due date.
        lo = since - timedelta(days=3) if since is not None else None
        hi = until + timedelta(days=3)
        for nominal in self._nominal(hi, lo):
            due = shift(nominal, self.weekend)
            if due > until:
                if nominal > until + timedelta(days=3):
                    break
                continue
            if since is None or due >= since:
                yield Occurrence(nominal, due)

    def _nominal(self, until: date, since: date | None) -> Iterator[date]:
        rule = _rule(self)
        first = datetime.combine(since or self.start, datetime.min.time())
        last = datetime.combine(until, datetime.min.time())
        if self.end is not None:
            last = min(last, datetime.combine(self.end, datetime.min.time()))
        if first > last:
            return
        for moment in rule.xafter(first, inc=True):
            if moment > last:
                return
            yield moment.date()

    def describe(self) -> str:
        """A short English phrase: "every 2 weeks", "monthly on the last day"."""
        unit = self.frequency.value
        every = (
            {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly"}[unit]
            if self.interval == 1
            else f"every {self.interval} {unit}s"
        )
        if self.nth is not None and self.weekday is not None:
            which = "last" if self.nth == LAST else _ordinal(self.nth)
            every += f" on the {which} {WEEKDAY_NAMES[self.weekday].capitalize()}"
        elif self.day == LAST:
            every += " on the last day"
        elif self.day is not None:
            every += f" on the {_ordinal(self.day)}"
        if self.weekend is not Weekend.NONE:
            every += f", weekends {'to Friday' if self.weekend is Weekend.BEFORE else 'to Monday'}"
        return every


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def check(r: Recurrence) -> None:
    """Refuse a rule that cannot mean what it says, with the reason."""
    if not 1 <= r.interval <= MAX_INTERVAL:
        raise DomainError(
            Message(
                "the interval must be 1 to {limit}, got {interval}",
                limit=MAX_INTERVAL,
                interval=r.interval,
            )
        )
    if r.day is not None and not (r.day == LAST or 1 <= r.day <= 31):
        raise DomainError(
            Message("the day of the month must be 1 to 31 or last, got {day}", day=r.day)
        )
    if (r.weekday is None) != (r.nth is None):
        raise DomainError(
            Message("an nth-weekday rule needs both the weekday and which one (1-4, last)")
        )
    if r.weekday is not None and not 0 <= r.weekday <= 6:
        raise DomainError(
            Message(
                "the weekday must be 0 (Monday) to 6 (Sunday), got {weekday}", weekday=r.weekday
            )
        )
    if r.nth is not None and not (r.nth == LAST or 1 <= r.nth <= 4):
        raise DomainError(Message("which weekday must be 1 to 4 or last, got {nth}", nth=r.nth))
    if r.day is not None and r.nth is not None:
        raise DomainError(Message("give either a day of the month or an nth weekday, not both"))
    if (r.day is not None or r.nth is not None) and r.frequency not in (
        Frequency.MONTHLY,
        Frequency.YEARLY,
    ):
        raise DomainError(
            Message("a day of the month or an nth weekday needs a monthly or yearly rule")
        )
    if r.end is not None and r.count is not None:
        raise DomainError(Message("give either an end date or a count, not both"))
    if r.end is not None and r.end < r.start:
        raise DomainError(
            Message("the end date {end} is before the start {start}", end=r.end, start=r.start)
        )
    if r.count is not None and not 1 <= r.count <= MAX_COUNT:
        raise DomainError(
            Message(
                "the count must be 1 to {limit}, got {count}",
                limit=MAX_COUNT,
                count=r.count,
            )
        )


def _month_day(day: int) -> tuple[int, ...]:
    """BYMONTHDAY values for "the ``day``th, or the month's last day when it is shorter":
    with BYSETPOS=-1 rrule takes the largest of these that the month has."""
    if day == LAST:
        return (-1,)
    if day <= 28:
        return (day,)
    return tuple(range(28, day + 1))


def _rule(r: Recurrence) -> rrule.rrule:
    start = datetime.combine(r.start, datetime.min.time())
    kwargs: dict[str, object] = {"dtstart": start, "interval": r.interval}
    if r.count is not None:
        kwargs["count"] = r.count
    if r.frequency in (Frequency.MONTHLY, Frequency.YEARLY):
        if r.frequency is Frequency.YEARLY:
            kwargs["bymonth"] = r.start.month
        if r.nth is not None and r.weekday is not None:
            kwargs["byweekday"] = rrule.weekday(r.weekday, r.nth)
        else:
            day = r.day if r.day is not None else r.start.day
            days = _month_day(day)
            kwargs["bymonthday"] = days
            if len(days) > 1:
                kwargs["bysetpos"] = -1
    return rrule.rrule(_RRULE_FREQ[r.frequency], **kwargs)  # type: ignore[arg-type]


def shift(day: date, weekend: Weekend) -> date:
    """``day`` moved off a weekend as asked."""
    wd = day.weekday()
    if wd < 5 or weekend is Weekend.NONE:
        return day
    if weekend is Weekend.BEFORE:
        return day - timedelta(days=wd - 4)
    return day + timedelta(days=7 - wd)


_EVERY = re.compile(r"^\s*(\d+)?\s*(day|week|month|year)s?\s*$")
_NAMED = {"daily": "day", "weekly": "week", "biweekly": "2weeks", "monthly": "month"}
_NAMED |= {"yearly": "year", "annually": "year", "fortnightly": "2weeks", "quarterly": "3months"}


def parse_every(text: str) -> tuple[Frequency, int]:
    """ "month", "2weeks", "3 months", "biweekly" → (frequency, interval)."""
    key = text.strip().lower()
    m = _EVERY.match(_NAMED.get(key, key))
    if m is None:
        raise DomainError(
            Message(
                "unknown interval {text!r} (e.g. day, week, 2weeks, month, 3months, year)",
                text=text,
            )
        )
    return Frequency(m.group(2)), int(m.group(1) or 1)


def parse_weekday(text: str) -> int:
    key = text.strip().lower()[:3]
    if key not in WEEKDAY_NAMES:
        raise DomainError(
            Message("unknown weekday {text!r} (mon, tue, wed, thu, fri, sat, sun)", text=text)
        )
    return WEEKDAY_NAMES.index(key)
