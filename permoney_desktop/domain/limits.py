"""What a book can hold: the supported date range and the largest amount, checked at the door.

Every write path (CLI, GUI, imports, rates) refuses values outside these bounds with the same
message, so nothing the balance and metrics code cannot compute ever reaches the book.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.messages import Message

# Wide enough for any real household record; narrow enough that date arithmetic around an
# entry (weekly samples, 12-month windows, dedupe tolerances) never leaves ``datetime.date``.
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2199, 12, 31)

# Exclusive bound on |minor units|: SQLite integers are 64-bit, and a million entries at the
# bound still sum below 2**63, so totals and balances cannot overflow.
MAX_MINOR = 10**15


class DateRangeError(DomainError):
    """A date outside what the book supports."""


def date_range_text() -> str:
    return f"{FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"


def date_in_range(day: date) -> bool:
    return FIRST_DATE <= day <= LAST_DATE


def check_date(day: date, what: str = "date") -> date:
    """``day`` itself, or ``DateRangeError`` when the book cannot hold it."""
    if not FIRST_DATE <= day <= LAST_DATE:
        raise DateRangeError(
            Message(
                "{what} {day} is outside the supported range ({first} to {last})",
                what=what,
                day=day.isoformat(),
                first=FIRST_DATE.isoformat(),
                last=LAST_DATE.isoformat(),
            )
        )
    return day


def minor_in_range(minor: int) -> bool:
    return -MAX_MINOR < minor < MAX_MINOR


def largest_amount(exp: int) -> Decimal:
    """The largest amount (in absolute value) a currency with ``exp`` decimals can hold."""
    return Decimal(MAX_MINOR - 1).scaleb(-exp)


def check_minor(minor: int, exp: int, what: str = "amount", shown: object = None) -> int:
    """``minor`` itself, or ``AmountError`` when it is beyond what the book can hold."""
    if not -MAX_MINOR < minor < MAX_MINOR:
        value = Decimal(minor).scaleb(-exp) if shown is None else shown
        raise AmountError(
            Message(
                "{what} {value} is too large (amounts up to {exp:,} are supported)",
                what=what,
                value=value,
                exp=largest_amount(exp),
            )
        )
    return minor
