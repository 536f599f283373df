"""Dates for display in the user's locale: its short numeric order with a four-digit year."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale

# A short format spelled only with day, month and year numbers and separators; anything
# else (month names, as Qt's "C" locale has) is shown as ISO instead.
_NUMERIC = re.compile(r"^[dMy]+[-/. ]+[dMy]+[-/. ]+[dMy]+\.?$")


def format_day(day: date, locale: QLocale | None = None) -> str:
    """``11/3/2026`` (en_US), ``03.11.2026`` (de_DE), ``2026-11-03`` where the locale has no
    numeric short format. The year keeps four digits, so the text reads back as one date."""
    loc = locale or QLocale()
    pattern = day_pattern(loc.name(), loc.dateFormat(QLocale.FormatType.ShortFormat))
    if pattern is None:
        return day.isoformat()
    return loc.toString(QDate(day.year, day.month, day.day), pattern)


@lru_cache(maxsize=32)
def day_pattern(name: str, short: str) -> str | None:
    """The Qt date pattern for locale ``name`` (its short format ``short``); None for ISO."""
    if name in ("C", "") or not _NUMERIC.match(short):
        return None
    # "yy" and "yyyy" both become "yyyy": a two-digit year is ambiguous to read back.
    return re.sub(r"y+", "yyyy", short)


def month_name(day: date, locale: QLocale | None = None) -> str:
    """The month's short name in the display locale ("Sep", "Sept.", "März")."""
    return (locale or QLocale()).standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def month_year(day: date) -> str:
    return f"{month_name(day)} {day.year}"


def day_month(day: date) -> str:
    return f"{day.day} {month_name(day)}"


def day_month_year(day: date) -> str:
    return f"{day.day} {month_name(day)} {day.year}"
