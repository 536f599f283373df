"""Formatting money for display: locale digits, a minus sign always, currency code or symbol."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from permoney_desktop.domain.currency import exponent
from permoney_desktop.domain.money import Money

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_money(value: Money, *, show_code: bool = False, locale: QLocale | None = None) -> str:
    """``-$1,234.56``; with ``show_code`` (several currencies on screen) ``-1,234.56 EUR``."""
    loc = locale or QLocale()
    digits = exponent(value.currency)
    # QLocale formats through a double; go through the exact string instead to keep every digit.
    text = _group(abs(value.amount), digits, loc)
    sign = "-" if value.amount < 0 else ""
    symbol = _SYMBOLS.get(value.currency)
    if show_code or symbol is None:
        return f"{sign}{text} {value.currency}"
    return f"{sign}{symbol}{text}"


def _group(amount: Decimal, digits: int, loc: QLocale) -> str:
    whole, _, frac = f"{amount:.{digits}f}".partition(".")
    group = loc.groupSeparator() or ","
    point = loc.decimalPoint() or "."
    parts: list[str] = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    grouped = group.join(parts)
    return f"{grouped}{point}{frac}" if digits else grouped
