"""Reading amounts as exported in different locales: separators, signs, symbols. No floats."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import repeat

from permoney_desktop.domain import limits
from permoney_desktop.domain.currency import currency, exponent
from permoney_desktop.domain.messages import Message

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})
_SYMBOLS = re.compile(r"^[$€£¥₹₩₽¤]|[$€£¥₹₩₽¤]$|^[A-Z]{3}\s+|\s+[A-Z]{3}$")
# Either plain digits, or groups of three split by one grouping character.
_DOT_DECIMAL = re.compile(r"(?:\d+|\d{1,3}(?:([, '])\d{3})(?:\1\d{3})*)?(?:\.\d+)?")
_COMMA_DECIMAL = re.compile(r"(?:\d+|\d{1,3}(?:([. '])\d{3})(?:\1\d{3})*)?(?:,\d+)?")


MAX_MINOR = limits.MAX_MINOR  # what the book can hold, defined once in domain/limits


class AmountFormatError(ValueError):
    """An amount that cannot be read with the chosen separators."""


# A plain amount ("-12.34"): read as it is, with no separators to resolve.
PLAIN_AMOUNT = re.compile(r"-?\d{1,15}(?:\.\d{1,4})?")


@lru_cache(maxsize=65536)
def parse_amount(text: str, decimal_comma: bool = False) -> Decimal:
    """The exact value of ``text`` ("1,234.56", "(12.00)", "1 234,56", "12.50-", "$4.50")."""
    if not decimal_comma and PLAIN_AMOUNT.fullmatch(text):
        return Decimal(text)  # the common case, "-12.34", needs none of the work below
    s = text.translate(_SPACES).strip()
    signs: list[str] = []  # each way of writing a sign may appear once, and only one of them
    if s.startswith("(") and s.endswith(")"):
        signs.append("-")
        s = s[1:-1].strip()
    if s.endswith(("-", "+")):
        signs.append(s[-1])
        s = s[:-1].strip()
    if s[:1] in ("+", "-"):
        signs.append(s[0])
        s = s[1:].strip()
    unsymboled = _SYMBOLS.sub("", s).strip()
    if unsymboled != s and unsymboled[:1] in ("+", "-"):  # sign after a symbol: "$-4.50"
        signs.append(unsymboled[0])
        unsymboled = unsymboled[1:].strip()
    s = unsymboled
    negative = signs == ["-"]
    rx = _COMMA_DECIMAL if decimal_comma else _DOT_DECIMAL
    if len(signs) > 1 or not any(c.isdigit() for c in s) or rx.fullmatch(s) is None:
        sep = Message("decimal comma") if decimal_comma else Message("decimal point")
        raise AmountFormatError(
            Message("not an amount: {text!r} (reading with a {sep})", text=text, sep=sep)
        )
    if decimal_comma:
        s = s.replace(".", "").replace(" ", "").replace("'", "").replace(",", ".")
    else:
        s = s.replace(",", "").replace(" ", "").replace("'", "")
    try:
        value = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        raise AmountFormatError(Message("not an amount: {text!r}", text=text)) from None
    return -value if negative else value


class AmbiguousSeparatorError(ValueError):
    """Every amount reads with a decimal point and with a decimal comma (only "1,234"-like
    values): which one the file means is asked, never guessed."""

    def __init__(self, value: str) -> None:
        super().__init__(
            Message(
                "{value!r} reads with a decimal point and with a decimal comma, and no amount "
                "decides which; choose the decimal separator",
                value=value,
            )
        )
        self.value = value


def _reads(value: str, decimal_comma: bool) -> bool:
    try:
        parse_amount(value, decimal_comma)
    except AmountFormatError:
        return False
    return True


def decide_decimal_comma(texts: Iterable[str]) -> bool:
    """The decimal separator the amounts are written with: True for a comma.

    Decided by the data: the first amount that reads with only one of them ("1.234,56" or
    "-12,50" only with a comma, "12.50" only with a point) decides, and any amount the other
    way is then refused on its own line. Values that read both ways alone ("1,234") raise
    ``AmbiguousSeparatorError``.
    """
    values = {t.strip() for t in texts} - {""}
    if all(map(PLAIN_AMOUNT.fullmatch, values)):
        dotted = [v for v in values if "." in v]
        if not dotted or not all(_GROUPED_DOT.fullmatch(v) for v in dotted):
            return False  # "12.5", "12.50", "1234.567": only a decimal point reads them
    ambiguous: str | None = None
    for v in sorted(values):  # sorted: the same file always names the same value
        comma, dot = _reads(v, True), _reads(v, False)
        if comma != dot:
            return comma
        if comma and ambiguous is None and ("," in v or "." in v):
            ambiguous = v
    if ambiguous is not None:
        raise AmbiguousSeparatorError(ambiguous)
    return False


# "1.234" / "-12.345": a point that a decimal-comma reading takes for a thousands separator.
_GROUPED_DOT = re.compile(r"-?\d{1,3}\.\d{3}")


@lru_cache(maxsize=256)
def _exponent(code: str) -> int:
    return exponent(currency(code))


def to_minor(amount: Decimal, currency_code: str) -> int:
    """Exact minor units of ``amount``; more decimals than the currency has is an error.

    A third decimal on a USD amount means a separator was misread (1.234 meant 1234), so it
    is reported instead of rounded away.
    """
    exp = _exponent(currency_code)
    scaled = amount.scaleb(exp)
    if scaled != scaled.to_integral_value():
        raise AmountFormatError(
            Message(
                "{amount} has more decimals than {currency} allows ({exp}); "
                "check the decimal separator",
                amount=amount,
                currency=currency_code,
                exp=exp,
            )
        )
    minor = int(scaled)
    if abs(minor) >= MAX_MINOR:
        raise AmountFormatError(Message("{amount} is too large for an amount", amount=amount))
    return minor


def to_minor_many(amounts: Sequence[Decimal], currency_code: str) -> list[int]:
    """``to_minor`` of each amount in C-level passes (no Python call per amount); a bad amount
    raises the same error ``to_minor`` gives for the first bad one."""
    exp = _exponent(currency_code)
    scaled = list(map(Decimal.scaleb, amounts, repeat(exp)))
    try:
        minors = list(map(int, scaled))
    except (ValueError, OverflowError):  # NaN or infinity: to_minor says which
        return [to_minor(a, currency_code) for a in amounts]
    exact = all(map(Decimal.__eq__, scaled, minors))
    if not exact or (minors and max(map(abs, minors)) >= MAX_MINOR):
        return [to_minor(a, currency_code) for a in amounts]
    return minors
