"""Formatting money for display, per locale and currency from CLDR (Babel): digits, grouping,
the symbol's place and spacing, a minus sign (never accounting parentheses)."""

from __future__ import annotations

import copy
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import NumberPattern, format_compact_currency, format_compact_decimal
from PySide6.QtCore import QLocale

from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.money import Money

_FALLBACK = "en_US"


def format_money(value: Money, *, show_code: bool = False, locale: QLocale | None = None) -> str:
    """``-$1,234.56`` (en_US), ``-1.234,56 $`` (de_DE); with ``show_code`` (several currencies
    on screen) the ISO code instead of the symbol: ``-1.234,56 EUR``, ``-EUR 1,234.56``."""
    # Keyed by the amount's text, not the Decimal: -0 equals 0 and 1.0 equals 1.00 as numbers.
    name = babel_name(locale or QLocale())
    return _formatted(name, str(value.amount), value.currency, show_code)


@lru_cache(maxsize=4096)
def _formatted(name: str, amount: str, currency: Currency, show_code: bool) -> str:
    """Cached: the same balances are formatted again on every edit and paint (the sidebar, the
    register's header), and applying a CLDR pattern costs more than the edit's own maths."""
    pattern, loc = _pattern(name, currency, show_code)
    # Exact: the Decimal goes in as it is, never through a float, at the currency's own digits.
    return str(pattern.apply(Decimal(amount), loc, currency=currency, currency_digits=False))


def format_amount(amount: Decimal, digits: int, *, locale: QLocale | None = None) -> str:
    """A plain number in the locale's digits and grouping (no currency), ``digits`` decimals."""
    loc = _locale(babel_name(locale or QLocale()))
    pattern = copy.copy(loc.decimal_formats[None])
    pattern.frac_prec = (digits, digits)
    return str(pattern.apply(amount, loc, decimal_quantization=True))


def format_percent(fraction: Decimal, digits: int = 1, *, locale: QLocale | None = None) -> str:
    """``12.7%`` (en_US), ``12,7 %`` (de_DE): a fraction as a percentage, CLDR's pattern."""
    loc = _locale(babel_name(locale or QLocale()))
    pattern = copy.copy(loc.percent_formats[None])
    pattern.frac_prec = (digits, digits)
    return str(pattern.apply(Decimal(fraction), loc, decimal_quantization=True))


def format_number(value: Decimal, digits: int = 1, *, locale: QLocale | None = None) -> str:
    """A plain number in the locale's digits (``0,3`` in German), ``digits`` decimals."""
    return format_amount(value, digits, locale=locale)


def format_compact_money(
    amount: Decimal, currency: str, *, digits: int = 1, locale: QLocale | None = None
) -> str:
    """Compact money for chart axes, CLDR's short form per locale: ``$184K``, ``-$1.2M``
    (en_US), ``1,05 Mio. €`` (de_DE), ``184 k €`` (fr_FR); up to ``digits`` decimals on the
    scaled value, trailing zeros dropped. Where the locale has no short form for the size (German
    thousands) the whole amount in the locale's money format: ``184.000 €``. Rounded for
    reading an axis, never for a total."""
    name = babel_name(locale or QLocale())
    loc = _locale(name)
    if _has_short_form(loc, amount):
        return str(format_compact_currency(amount, currency, locale=loc, fraction_digits=digits))
    pattern = copy.copy(loc.currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return str(pattern.apply(amount, loc, currency=currency, currency_digits=False))


def format_compact_number(value: Decimal, *, digits: int = 1, locale: QLocale | None = None) -> str:
    """A plain compact number in the locale's short form (``184K``, ``1,2 Mio.``)."""
    loc = _locale(babel_name(locale or QLocale()))
    return str(format_compact_decimal(value, locale=loc, fraction_digits=digits))


def _has_short_form(loc: Locale, amount: Decimal) -> bool:
    """Whether CLDR abbreviates ``amount``'s size in this locale (its pattern is not "0")."""
    forms = loc.compact_currency_formats.get("short", {}).get("other", {})
    size = abs(amount)
    best = None
    for magnitude in sorted((int(m) for m in forms), reverse=True):
        if size >= magnitude:
            best = forms[str(magnitude)]
            break
    return best is not None and best.pattern.strip() != "0"


def warm_up(locale_name: str = "", currency: str = "USD") -> None:
    """Load Babel and a locale's data ("": the default one) ahead of the first money cell."""
    from permoney_desktop.domain.currency import currency as checked

    name = babel_name(QLocale(locale_name) if locale_name else QLocale())
    for code in (False, True):
        _pattern(name, checked(currency), code)


def babel_name(locale: QLocale) -> str:
    """The CLDR name of a Qt locale (``de_DE``); Qt's "C" locale reads as US English."""
    name = locale.name()
    return _FALLBACK if name in ("C", "") else name


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(_FALLBACK)


@lru_cache(maxsize=512)
def _pattern(name: str, currency: Currency, show_code: bool) -> tuple[NumberPattern, Locale]:
    """The locale's standard currency pattern at the currency's exact digits (cached: money
    cells ask on every paint)."""
    loc = _locale(name)
    standard = loc.currency_formats["standard"]
    pattern = copy.copy(standard)
    digits = exponent(currency)
    pattern.frac_prec = (digits, digits)
    if show_code:
        pattern.prefix = tuple(_with_code(part, leading=False) for part in pattern.prefix)
        pattern.suffix = tuple(_with_code(part, leading=True) for part in pattern.suffix)
    return pattern, loc


def _with_code(affix: str, *, leading: bool) -> str:
    """``¤`` as the ISO code (``¤¤``), kept apart from the digits by a no-break space: CLDR
    writes the symbol tight (``$1``) but a code tight reads badly (``EUR1``)."""
    if "¤" not in affix:
        return affix
    code = affix.replace("¤", "¤¤")
    if leading and not code.startswith(("\xa0", " ")):
        return "\xa0" + code
    if not leading and not code.endswith(("\xa0", " ", "-")):
        return code + "\xa0"
    return code
