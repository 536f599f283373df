"""Dashboard periods (this month … all time, custom) and their previous comparable periods."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message

# Up to this many days a series has one point per day; beyond it, one per week.
DAILY_SERIES_MAX_DAYS = 366


class PeriodName(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    LAST_3_MONTHS = "last_3_months"
    YEAR_TO_DATE = "year_to_date"
    LAST_12_MONTHS = "last_12_months"
    ALL_TIME = "all_time"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> PeriodName:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            names = ", ".join(n.value for n in NAMED_PERIODS)
            raise DomainError(
                Message("unknown period {text!r} (one of: {names})", text=text, names=names)
            ) from None


_LABELS = {
    PeriodName.THIS_MONTH: "This month",
    PeriodName.LAST_MONTH: "Last month",
    PeriodName.LAST_3_MONTHS: "Last 3 months",
    PeriodName.YEAR_TO_DATE: "Year to date",
    PeriodName.LAST_12_MONTHS: "Last 12 months",
    PeriodName.ALL_TIME: "All time",
    PeriodName.CUSTOM: "Custom",
}

# Every named period, in the order the dashboard offers them.
NAMED_PERIODS: tuple[PeriodName, ...] = (
    PeriodName.THIS_MONTH,
    PeriodName.LAST_MONTH,
    PeriodName.LAST_3_MONTHS,
    PeriodName.YEAR_TO_DATE,
    PeriodName.LAST_12_MONTHS,
    PeriodName.ALL_TIME,
)


@dataclass(frozen=True, slots=True, order=True)
class DateRange:
    """Both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DomainError(
                Message(
                    "a period cannot end ({end}) before it starts ({start})",
                    end=self.end.isoformat(),
                    start=self.start.isoformat(),
                )
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> Iterator[date]:
        """The first day of every calendar month this range touches."""
        month = self.start.replace(day=1)
        while month <= self.end:
            yield month
            month = next_month(month)

    def sample_days(self) -> list[date]:
        """Series points: every day up to a year, else every 7th day counted back from the end
        (the start is always included so the series spans the whole range)."""
        if self.days <= DAILY_SERIES_MAX_DAYS:
            return [self.start + timedelta(days=i) for i in range(self.days)]
        days = []
        day = self.end
        while day > self.start:
            days.append(day)
            day -= timedelta(days=7)
        days.append(self.start)
        days.reverse()
        return days


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: its name, its range, and the range it is compared with."""

    name: PeriodName
    range: DateRange
    previous: DateRange | None

    @property
    def start(self) -> date:
        return self.range.start

    @property
    def end(self) -> date:
        return self.range.end

    @property
    def key(self) -> str:
        """Stable identity for caches: the name and both resolved ranges."""
        prev = "-" if self.previous is None else f"{self.previous.start}..{self.previous.end}"
        return f"{self.name.value}:{self.start}..{self.end}:{prev}"

    def affected_by(self, day: date) -> bool:
        """Whether an edit dated ``day`` can change this period's figures.

        Flows count inside the period and its previous period; levels (net worth, goals) are
        cumulative, so an edit on or before the period's end moves them too.
        """
        return day <= self.end


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s (cheap: no calendar lookups)."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def last_day_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _month_to_date(today: date) -> Period:
    start = today.replace(day=1)
    prev_start = add_months(start, -1)
    prev_end = add_months(today, -1)  # same day of last month, clamped
    return Period(PeriodName.THIS_MONTH, DateRange(start, today), DateRange(prev_start, prev_end))


def _whole_month(first: date, name: PeriodName) -> Period:
    prev = add_months(first, -1)
    return Period(
        name,
        DateRange(first, last_day_of_month(first)),
        DateRange(prev, last_day_of_month(prev)),
    )


def _rolling(today: date, months: int, name: PeriodName) -> Period:
    start = add_months(today, -months) + timedelta(days=1)
    prev_end = start - timedelta(days=1)
    prev_start = add_months(prev_end, -months) + timedelta(days=1)
    return Period(name, DateRange(start, today), DateRange(prev_start, prev_end))


def _year_to_date(today: date) -> Period:
    start = today.replace(month=1, day=1)
    prev_end = add_months(today, -12)
    return Period(
        PeriodName.YEAR_TO_DATE,
        DateRange(start, today),
        DateRange(prev_end.replace(month=1, day=1), prev_end),
    )


def named_period(name: PeriodName, today: date, first_day: date | None = None) -> Period:
    """Resolve a named period as of ``today``; ``first_day`` is the book's earliest date."""
    if name is PeriodName.THIS_MONTH:
        return _month_to_date(today)
    if name is PeriodName.LAST_MONTH:
        return _whole_month(add_months(today.replace(day=1), -1), name)
    if name is PeriodName.LAST_3_MONTHS:
        return _rolling(today, 3, name)
    if name is PeriodName.YEAR_TO_DATE:
        return _year_to_date(today)
    if name is PeriodName.LAST_12_MONTHS:
        return _rolling(today, 12, name)
    if name is PeriodName.ALL_TIME:
        start = min(first_day, today) if first_day is not None else today
        return Period(name, DateRange(start, today), None)
    raise DomainError(Message("a custom period needs its dates: use custom_period(start, end)"))


def custom_period(start: date, end: date) -> Period:
    """Any range; compared with the range of the same length just before it. Whole calendar
    months compare with as many whole months before them (1–31 Oct for November, as "Last
    month" does; counting days gave 2–31 Oct)."""
    current = DateRange(start, end)
    months = _whole_months(start, end)
    if months:
        prev_start = add_months(start, -months)
        return Period(PeriodName.CUSTOM, current, DateRange(prev_start, start - timedelta(days=1)))
    prev_end = start - timedelta(days=1)
    return Period(
        PeriodName.CUSTOM, current, DateRange(prev_end - timedelta(days=current.days - 1), prev_end)
    )


def _whole_months(start: date, end: date) -> int:
    """How many calendar months ``start``…``end`` spans exactly (0: not whole months)."""
    if start.day != 1 or end != last_day_of_month(end) or end < start:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def all_named_periods(today: date, first_day: date | None = None) -> list[Period]:
    return [named_period(n, today, first_day) for n in NAMED_PERIODS]
