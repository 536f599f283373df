"""Exchange rates: add one, import a CSV (``date,from,to,rate``, all or nothing), list, delete."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.entry_values import NotFoundError, RowError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.fx import Rate
from permoney_desktop.domain.limits import DateRangeError, check_date
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import parse_decimal
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import rate_queries

HEADER = ("date", "from", "to", "rate")


class RateFileError(DomainError):
    """A rates file that cannot be imported; the message names file, line and field."""


def _check(rate: Rate) -> None:
    check_date(rate.day)
    if rate.base == rate.quote:
        raise DomainError(
            Message(
                "a rate needs two different currencies, got {base}→{quote}",
                base=rate.base,
                quote=rate.quote,
            )
        )
    if not rate.rate.is_finite() or rate.rate <= 0:
        raise DomainError(Message("an exchange rate must be positive, got {rate}", rate=rate.rate))


def _write(w: gate.Write, rates: Sequence[Rate]) -> int:
    """Insert or replace rates; dirty accounts holding entries in those pairs from the date."""
    j = w.journal
    fresh: list[tuple[object, ...]] = []
    keep: dict[tuple[str, str, str], Rate] = {}
    for r in rates:
        keep[(r.day.isoformat(), r.base, r.quote)] = r  # a later line for the same key wins
    for (day, base, quote), r in keep.items():
        existing = rate_queries.stored_rate(w.conn, day, base, quote)
        if existing is None:
            fresh.append((day, base, quote, str(r.rate)))
        elif Decimal(existing[1]) != r.rate:
            j.update_keys("exchange_rates", [existing[0]], {"rate": str(r.rate)})
    ids = w.new_ids("exchange_rates", len(fresh))
    j.insert(
        "exchange_rates",
        [(i, *row) for i, row in zip(ids, fresh, strict=True)],
        ["id", "date", "from_currency", "to_currency", "rate"],
    )
    _touch_moved(w, keep)
    w.mark(ChangeKind.RATES)
    return len(keep)


def _touch_moved(w: gate.Write, keys: Iterable[tuple[str, str, str]]) -> None:
    """Dirty the accounts a rate change on (day, base, quote) can move.

    Entries in another currency than their account's convert at the rate on or before their
    day: a new (or deleted) rate can move them from its date on.
    """
    first: dict[tuple[str, str], str] = {}
    for day, base, quote in keys:
        for pair in ((base, quote), (quote, base)):
            first[pair] = min(day, first.get(pair, day))
    if first:
        moved = rate_queries.accounts_moved_by_rates(
            w.conn, [(b, q, d) for (b, q), d in first.items()]
        )
        for account_id, day in moved:
            w.touch(account_id, date.fromisoformat(day))


def delete_rate(ledger: Ledger, day: date, base: str, quote: str) -> Changes:
    """Delete the ``base``→``quote`` rate of ``day``; amounts it converted use the one before."""
    b, q = str(currency(base)), str(currency(quote))
    with gate.write(ledger, Message("Delete exchange rate")) as w:
        stored = rate_queries.stored_rate(w.conn, day.isoformat(), b, q)
        if stored is None:
            raise NotFoundError(Message("no {b}->{q} rate on {day}", b=b, q=q, day=day.isoformat()))
        w.journal.delete_keys("exchange_rates", [stored[0]])
        _touch_moved(w, [(day.isoformat(), b, q)])
        w.mark(ChangeKind.RATES)
    return w.changes


def add_rate(ledger: Ledger, day: date, base: str, quote: str, rate: Decimal | str) -> Changes:
    """Units of ``quote`` per unit of ``base`` on ``day`` (replaces that day's rate)."""
    value = rate if isinstance(rate, Decimal) else parse_decimal(rate)
    r = Rate(day, currency(base), currency(quote), value)
    _check(r)
    with gate.write(ledger, Message("Add exchange rate")) as w:
        _write(w, [r])
    return w.changes


def parse_rates_csv(text: str, source: str) -> list[Rate]:
    """Every line of a ``date,from,to,rate`` file, or a ``RateFileError`` naming the first bad
    line and field. A header line is optional."""
    rates: list[Rate] = []
    reader = csv.reader(io.StringIO(text))
    for lineno, fields in enumerate(reader, 1):
        if not fields or all(not f.strip() for f in fields):
            continue
        cells = [f.strip() for f in fields]
        if lineno == 1 and [c.lower() for c in cells] == list(HEADER):
            continue
        if len(cells) != 4:
            raise RateFileError(
                str(RowError(source, lineno, "line", f"expected 4 fields, found {len(cells)}"))
            )
        column = "date"
        try:
            day = check_date(date.fromisoformat(cells[0]))
            column = "from"
            base = currency(cells[1])
            column = "to"
            quote = currency(cells[2])
            column = "rate"
            value = parse_decimal(cells[3])
            rate = Rate(day, base, quote, value)
            column = "line"
            _check(rate)
        except (ValueError, DomainError) as exc:
            message = str(exc)
            if column == "date" and not isinstance(exc, DateRangeError):
                message = f"invalid date {cells[0]!r} (expected YYYY-MM-DD)"
            elif column == "rate" and "positive" not in message:
                message = f"not a number: {cells[3]!r}"
            raise RateFileError(str(RowError(source, lineno, column, message))) from None
        rates.append(rate)
    if not rates:
        raise RateFileError(
            Message("{source}: no rates found (expected lines of date,from,to,rate)", source=source)
        )
    return rates


def import_rates(ledger: Ledger, path: Path) -> tuple[int, Changes]:
    """Import a rates CSV in one write; a bad line rejects the whole file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RateFileError(Message("{name}: not a UTF-8 text file", name=path.name)) from None
    rates = parse_rates_csv(text, path.name)
    with gate.write(ledger, Message("Import {count} exchange rates", count=len(rates))) as w:
        count = _write(w, rates)
    return count, w.changes


def list_rates(ledger: Ledger) -> list[Rate]:
    with ledger.book.reading() as session:
        rows = rate_queries.all_rates(session.connection())
    return [
        Rate(date.fromisoformat(d), currency(b), currency(q), Decimal(r)) for d, b, q, r in rows
    ]
