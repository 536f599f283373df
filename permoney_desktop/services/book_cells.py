"""One cell of a book zip's CSV, checked and converted by the rules the CLI and the app apply.

Every cell of an imported book goes through here before anything is written: its column's
type (whole number, money, exact decimal, date, timestamp), then the domain's own rule for
that column (account and entry kinds, currencies, rule conditions, preset settings). A
failure names the file, line and field and says what is wrong, never the cell's text: a
crafted file must not get its content echoed into logs or terminals.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.currency import all_codes
from permoney_desktop.domain.entries import CategoryKind, EntryKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.amounts import MAX_MINOR, AmountFormatError, to_minor
from permoney_desktop.domain.imports.records import FileFormat, ImportFileError
from permoney_desktop.domain.loans import check_rate
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.recurrence import Frequency, Weekend
from permoney_desktop.domain.rules import Condition
from permoney_desktop.domain.schedules import PostingStatus, ScheduleMode
from permoney_desktop.store.export_queries import ColumnKind
from permoney_desktop.store.id_floors import id_tables

SQLITE_INT = 2**63
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


class CellError(ValueError):
    """A cell that breaks its column's rule; the message never holds the cell's text."""


def _names(values: Any) -> str:
    return ", ".join(str(v.value) for v in values)


def _one_of(kind: Any, what: str) -> Callable[[str], str]:
    allowed = frozenset(str(v.value) for v in kind)

    def check(text: str) -> str:
        if text not in allowed:
            raise CellError(
                Message(
                    "not {what} (one of: {value})",
                    what=what,
                    value=_names(kind),
                )
            )
        return text

    return check


def _currency(text: str) -> str:
    # Exactly as the app writes it: an uppercase ISO 4217 code it knows.
    if text not in all_codes():
        raise CellError(Message("not a currency code the app knows (ISO 4217, such as USD)"))
    return text


def _redacted(message: str) -> str:
    return _QUOTED.sub("…", message)


def _conditions(text: str) -> str:
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        raise CellError(Message("not JSON (a list of rule conditions)")) from None
    if not isinstance(items, list) or not items:
        raise CellError(Message("not a list of rule conditions"))
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("field", "op", "value")
        ):
            raise CellError(
                Message(
                    "condition {number} is not a field, an operator and a value",
                    number=number,
                )
            )
        if not isinstance(item.get("value2", ""), str):
            raise CellError(
                Message(
                    "condition {number} has a second value that is not text",
                    number=number,
                )
            )
        try:
            Condition.parse(item["field"], item["op"], item["value"], item.get("value2", ""))
        except DomainError as exc:
            raise CellError(
                Message(
                    "condition {number}: {value}",
                    number=number,
                    value=_redacted(str(exc)),
                )
            ) from None
    return text


def _json_object(text: str) -> str:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise CellError(Message("not JSON")) from None
    if not isinstance(value, dict):
        raise CellError(Message("not a JSON object"))
    return text


def _id_table(text: str) -> str:
    if text not in id_tables():
        raise CellError(Message("not a table of the book that has ids"))
    return text


def _id_floor(text: str) -> str:
    if int(text) < 0:  # a whole number already (the column's type)
        raise CellError(Message("not an id (a whole number from 0)"))
    return text


def _loan_rate(text: str) -> str:
    try:
        check_rate(Decimal(text))
    except (InvalidOperation, ValueError, DomainError):
        raise CellError(Message("not a yearly interest rate in percent (0 to 100)")) from None
    return text


# Domain rules per (table, column), on top of the column's type.
DOMAIN_RULES: dict[tuple[str, str], Callable[[str], str]] = {
    ("accounts", "kind"): _one_of(AccountKind, "an account type"),
    ("accounts", "currency"): _currency,
    ("categories", "kind"): _one_of(CategoryKind, "a category kind"),
    ("entries", "kind"): _one_of(EntryKind, "an entry kind"),
    ("entries", "currency"): _currency,
    ("exchange_rates", "from_currency"): _currency,
    ("exchange_rates", "to_currency"): _currency,
    ("budgets", "currency"): _currency,
    ("goals", "currency"): _currency,
    ("rules", "conditions"): _conditions,
    ("import_presets", "format"): _one_of(FileFormat, "an import format"),
    ("import_presets", "settings"): _json_object,
    ("loans", "annual_rate"): _loan_rate,
    ("entry_splits", "currency"): _currency,
    ("loans", "currency"): _currency,
    ("schedules", "currency"): _currency,
    ("schedules", "frequency"): _one_of(Frequency, "a schedule frequency"),
    ("schedules", "weekend"): _one_of(Weekend, "a weekend rule"),
    ("schedules", "mode"): _one_of(ScheduleMode, "a schedule mode"),
    ("schedule_postings", "status"): _one_of(PostingStatus, "a posting status"),
    ("id_floors", "table_name"): _id_table,
    ("id_floors", "floor"): _id_floor,
}


def _whole(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise CellError(Message("not a whole number")) from None
    if not -SQLITE_INT <= value < SQLITE_INT:
        raise CellError(Message("a whole number out of range"))
    return value


def _flag(text: str) -> int:
    if text not in ("0", "1"):
        raise CellError(Message("not 0 or 1"))
    return int(text)


def _finite(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        raise CellError(Message("not a number")) from None
    if not value.is_finite():
        raise CellError(Message("not a finite number"))
    return value


def _money(text: str, cur: str) -> int:
    value = _finite(text)
    if value.adjusted() >= len(str(MAX_MINOR)):
        raise CellError(Message("too large for an amount"))
    try:
        return to_minor(value, cur)
    except (AmountFormatError, DomainError, InvalidOperation, OverflowError) as exc:
        raise CellError(_redacted(str(exc)) or "not an amount") from None


def _rate(text: str) -> str:
    value = _finite(text)
    if value <= 0 or value.adjusted() > 12 or value.adjusted() < -12:
        raise CellError(Message("not a positive exchange rate of a sensible size"))
    return text


def check_day(text: str) -> str:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise CellError(Message("not a date (YYYY-MM-DD)")) from None
    return text


def _moment(text: str) -> str:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise CellError(Message("not a date and time")) from None
    return text


_BY_TYPE: dict[str, Callable[[str], Any]] = {
    "int": _whole,
    "bool": _flag,
    "decimal": _rate,
    "date": check_day,
    "datetime": _moment,
    "text": str,
}


def convert(table: str, column: str, kind: ColumnKind, text: str, cur: str) -> Any:
    """The value to store for one cell (``cur``: the row's currency, for money)."""
    if text == "" and kind.nullable:
        return None
    value = _money(text, cur) if kind.value == "money" else _BY_TYPE[kind.value](text)
    rule = DOMAIN_RULES.get((table, column))
    if rule is not None:
        rule(text)
    return value


def convert_row(
    fname: str,
    table: str,
    line: int,
    kinds: dict[str, ColumnKind],
    header: list[str],
    cells: list[str],
) -> tuple[Any, ...]:
    """Every cell of one row, or an ``ImportFileError`` naming the first bad one."""
    cur = ""
    if "currency" in header:
        cur = cells[header.index("currency")]
        try:
            _currency(cur)
        except CellError as exc:
            raise ImportFileError(fname, line, "currency", str(exc)) from None
    out = []
    for column, text in zip(header, cells, strict=True):
        try:
            out.append(convert(table, column, kinds[column], text, cur))
        except CellError as exc:
            raise ImportFileError(fname, line, column, str(exc)) from None
    return tuple(out)
