"""Reading dates in the formats bank exports use, detecting the format, refusing to guess.

Formats are matched with small compiled regexes instead of ``strptime`` (locale-free month
names, and an order of magnitude faster); callers parse each distinct string once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from permoney_desktop.domain.messages import Message

# Order matters only for the message when nothing fits: the first best candidate is named.
DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%m-%d-%Y",
    "%d/%m/%y",
    "%m/%d/%y",
    "%d.%m.%y",
    "%d-%m-%y",
    "%m-%d-%y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",
)

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_DIRECTIVES = {
    "%Y": r"(?P<Y>\d{4})",
    "%y": r"(?P<y>\d{2})",
    "%m": r"(?P<m>\d{1,2})",
    "%d": r"(?P<d>\d{1,2})",
    "%b": r"(?P<b>[A-Za-z]{3,4})\.?",
    "%B": r"(?P<b>[A-Za-z]{3,9})",
}

# Exports often append a time of day; the date is what matters for a ledger.
_TIME_SUFFIX = re.compile(
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)$"
)


class DateFormatError(ValueError):
    """No known format reads every value, or more than one does with different results."""

    def __init__(self, message: str, value: str) -> None:
        super().__init__(message)
        self.value = value


Parser = Callable[[str], date | None]


def _compile(fmt: str) -> Parser:
    if any(tok in fmt for tok in ("%H", "%M", "%S", "%j", "%a", "%A", "%p", "%z")) or not all(
        m in _DIRECTIVES for m in re.findall(r"%.", fmt)
    ):
        return _strptime_parser(fmt)
    pattern = ""
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            pattern += _DIRECTIVES[fmt[i : i + 2]]
            i += 2
        else:
            pattern += r"\s+" if fmt[i] == " " else re.escape(fmt[i])
            i += 1
    rx = re.compile(pattern, re.IGNORECASE)

    def parse(text: str) -> date | None:
        m = rx.fullmatch(text)
        if m is None:
            return None
        g = m.groupdict()
        if g.get("Y") is not None:
            year = int(g["Y"])
        else:
            yy = int(g["y"])
            year = 2000 + yy if yy < 69 else 1900 + yy  # the POSIX/strptime pivot
        if g.get("b") is not None:
            month = _MONTHS.get(g["b"].lower())
            if month is None:
                return None
        else:
            month = int(g["m"])
        try:
            return date(year, month, int(g["d"]))
        except ValueError:
            return None

    return parse


def _strptime_parser(fmt: str) -> Parser:
    def parse(text: str) -> date | None:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            return None

    return parse


@lru_cache(maxsize=64)
def parser_for(fmt: str) -> Parser:
    """A parser for one format; the time-of-day suffix is ignored unless the format has one."""
    inner = _compile(fmt)
    if "%H" in fmt:
        return inner

    def parse(text: str) -> date | None:
        text = text.strip()
        result = inner(text)
        if result is None:
            stripped = _TIME_SUFFIX.sub("", text)
            if stripped != text:
                result = inner(stripped)
        return result

    return parse


@dataclass(frozen=True, slots=True)
class Detected:
    format: str
    dates: dict[str, date]


def detect_format(values: Iterable[str], formats: Iterable[str] = DATE_FORMATS) -> Detected:
    """The one format that reads every distinct value, with the parsed dates.

    Raises ``DateFormatError`` when none reads them all (naming a value the best candidate
    cannot read) or when two formats read them all but disagree (01/02 vs 02/01): that is
    reported, never guessed.
    """
    distinct = sorted({v.strip() for v in values if v.strip()})
    if not distinct:
        raise DateFormatError(Message("no dates to read"), "")
    fits: list[tuple[str, dict[str, date]]] = []
    best: tuple[int, str, str] = (-1, "", "")
    for fmt in formats:
        parse = parser_for(fmt)
        parsed: dict[str, date] = {}
        failed = ""
        for v in distinct:
            d = parse(v)
            if d is None:
                failed = v
                break
            parsed[v] = d
        if not failed:
            fits.append((fmt, parsed))
        elif len(parsed) > best[0]:
            best = (len(parsed), fmt, failed)
    if not fits:
        raise DateFormatError(
            Message(
                "cannot read date {value!r} (no known date format fits every row; "
                "choose the format, e.g. %d/%m/%Y)",
                value=best[2],
            ),
            best[2],
        )
    first_fmt, first = fits[0]
    for fmt, parsed in fits[1:]:
        for v in distinct:
            if parsed[v] != first[v]:
                raise DateFormatError(
                    Message(
                        "ambiguous dates: {value!r} reads as {first} ({first_format}) "
                        "or {second} ({second_format}); choose the date format",
                        value=v,
                        first=first[v].isoformat(),
                        first_format=first_fmt,
                        second=parsed[v].isoformat(),
                        second_format=fmt,
                    ),
                    v,
                )
    return Detected(first_fmt, first)


def parse_all(values: Iterable[str], fmt: str) -> tuple[dict[str, date], str | None]:
    """Parse each distinct value with ``fmt``; returns the dates and the first unreadable value."""
    parse = parser_for(fmt)
    out: dict[str, date] = {}
    for v in set(map(str.strip, values)):
        d = parse(v)
        if d is None:
            return out, v
        out[v] = d
    return out, None
