"""Dates as people type them: ISO, the locale's short order, digits only, and ``t``/``+n``/``-n``.

One pure function, ``parse_typed_date``, behind every date field of the app. It never guesses:
text that two readings would turn into different dates (``03/04/2026`` where the locale's order
is year-first, so neither day-first nor month-first is the user's habit) is refused with a
message, as is anything that is not a date. Accepted:

- ``t`` or ``today``; ``+n`` / ``-n``: n days after / before ``base`` (the field's date before
  the edit, as GnuCash's +/- keys step the date shown);
- a four-digit year first, any of ``- / .`` or a space between: ``2026-11-03``, ``2026/11/3``;
- eight digits: ``20261103`` (year, month, day) or, where the locale writes the year last,
  its own order (``03112026``) when only one of the two readings is a date;
- the locale's order (``order``: "DMY", "MDY" or "YMD") with separators and a two- or
  four-digit year (``3.11.2026``, ``11/3/26``), or without the year (``3.11``: the base's year).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message

DateOrder = Literal["DMY", "MDY", "YMD"]
ORDERS: tuple[DateOrder, ...] = ("DMY", "MDY", "YMD")
# Years a book holds: a typo such as 0226 or 20026 is refused rather than saved.
MIN_YEAR, MAX_YEAR = 1900, 2199
HINT = Message("type a date as YYYY-MM-DD, in your usual order, as digits only, or t, +1, -1")

_SEPARATED = re.compile(r"^(\d{1,4})[-/. ](\d{1,2})(?:[-/. ](\d{1,4}))?\.?$")
_RELATIVE = re.compile(r"^([+-])\s*(\d{1,5})$")


class DateInputError(DomainError):
    """Typed text that is not one date (empty, malformed, impossible or ambiguous)."""


def parse_typed_date(
    text: str, *, today: date, base: date | None = None, order: DateOrder = "YMD"
) -> date:
    """The one date ``text`` names, or DateInputError saying why not (never a guess)."""
    raw = text.strip().lower()
    if not raw:
        raise DateInputError(Message("no date: {hint}", hint=HINT))
    if raw in ("t", "today"):
        return today
    relative = _RELATIVE.match(raw)
    if relative:
        days = int(relative.group(2)) * (1 if relative.group(1) == "+" else -1)
        return _checked((base or today) + timedelta(days=days), text)
    if raw.isdigit():
        return _one(text, _digit_readings(raw, order))
    parts = _SEPARATED.match(raw)
    if parts is None:
        raise DateInputError(Message("not a date: {text!r} ({hint})", text=text.strip(), hint=HINT))
    first, second, third = parts.groups()
    if third is None:
        return _one(text, _without_year(first, second, order, (base or today).year))
    return _one(text, _separated_readings(first, second, third, order))


def _checked(day: date, text: str) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateInputError(
            Message(
                "{text!r} is outside {MIN_YEAR}–{MAX_YEAR}",
                text=text.strip(),
                MIN_YEAR=MIN_YEAR,
                MAX_YEAR=MAX_YEAR,
            )
        )
    return day


def _make(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(digits: str) -> int | None:
    """A typed year: four digits as they are, two digits in 2000–2099; else none."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        return 2000 + int(digits)
    return None


def _ymd_from(order: str, a: str, b: str, c: str) -> tuple[int | None, int, int]:
    """(year, month, day) reading the three parts in ``order``."""
    values = dict(zip(order, (a, b, c), strict=True))
    return _year(values["Y"]), int(values["M"]), int(values["D"])


def _read(order: str, a: str, b: str, c: str) -> date | None:
    year, month, day = _ymd_from(order, a, b, c)
    return None if year is None else _make(year, month, day)


def _separated_readings(a: str, b: str, c: str, order: DateOrder) -> set[date]:
    if len(a) == 4:
        # A four-digit year first is year-month-day everywhere (ISO).
        found = _read("YMD", a, b, c)
        return set() if found is None else {found}
    if order != "YMD":
        found = _read(order, a, b, c)
        return set() if found is None else {found}
    if len(c) == 4:
        # Year last where the locale writes it first: both habits are possible; only a date
        # one reading allows is taken.
        return {d for o in ("DMY", "MDY") if (d := _read(o, a, b, c)) is not None}
    found = _read("YMD", a, b, c)
    return set() if found is None else {found}


def _digit_readings(digits: str, order: DateOrder) -> set[date]:
    if len(digits) == 8:
        readings = {_read("YMD", digits[:4], digits[4:6], digits[6:])}
        if order != "YMD":
            readings.add(_read(order, *_split(digits, order, 4)))
        return {d for d in readings if d is not None}
    if len(digits) == 6:
        return {d for d in (_read(order, *_split(digits, order, 2)),) if d is not None}
    return set()


def _split(digits: str, order: str, year_width: int) -> tuple[str, str, str]:
    """Cut run-together digits into the three parts of ``order``."""
    widths = [year_width if part == "Y" else 2 for part in order]
    cuts = [0, widths[0], widths[0] + widths[1], len(digits)]
    a, b, c = (digits[cuts[i] : cuts[i + 1]] for i in range(3))
    return a, b, c


def _without_year(a: str, b: str, order: DateOrder, year: int) -> set[date]:
    if len(a) > 2 or len(b) > 2:
        return set()
    # Day first only where the locale writes it so; year-first locales write month, day.
    day, month = (a, b) if order == "DMY" else (b, a)
    found = _make(year, int(month), int(day))
    return set() if found is None else {found}


def _one(text: str, readings: set[date]) -> date:
    if len(readings) == 1:
        return next(iter(readings))
    shown = text.strip()
    if not readings:
        raise DateInputError(Message("not a date: {shown!r} ({hint})", shown=shown, hint=HINT))
    options = " or ".join(sorted(d.isoformat() for d in readings))
    raise DateInputError(
        Message("{shown!r} could be {options}: type it as YYYY-MM-DD", shown=shown, options=options)
    )


def order_of_format(pattern: str) -> DateOrder:
    """The order of day, month and year in a date pattern such as ``dd.MM.yy`` or ``M/d/yy``."""
    positions = {part: pattern.find(letter) for part, letter in (("D", "d"), ("M", "M"))}
    positions["Y"] = pattern.lower().find("y")
    if min(positions.values()) < 0:
        return "YMD"
    found = "".join(sorted(positions, key=lambda part: positions[part]))
    return next((o for o in ORDERS if o == found), "YMD")
