"""QIF import for bank, cash and credit-card sections (our own reader for that subset).

quiffen was tried first: it silently picks the month/day order the caller guesses and raises
a bare ``decimal.InvalidOperation`` with no line for a bad amount, so it cannot give the
file/line/field errors or the ambiguity report an import needs. This reader covers the
records people actually export: ``!Account`` blocks, ``!Type:Bank|Cash|CCard|Oth A|Oth L``
with D, T/U, P, M, L, N, C, A and split (S/E/$) lines. Category, class and memorized lists
are skipped; investment sections are refused rather than half-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.imports.amounts import AmountFormatError, parse_amount
from permoney_desktop.domain.imports.dates import DATE_FORMATS, DateFormatError, detect_format
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
)

_TRANSACTION_TYPES = {"bank", "cash", "ccard", "oth a", "oth l"}
_LIST_TYPES = {"cat", "class", "memorized", "prices", "security", "payee"}
# QIF writes 2-digit years as 1/15'24 (2000s) and 1/15/99; apostrophes become slashes.
_QIF_FORMATS = DATE_FORMATS


@dataclass
class _Record:
    line: int
    section: str
    account: str | None
    fields: dict[str, tuple[int, str]] = field(default_factory=dict)
    splits: list[tuple[int, str]] = field(default_factory=list)


_APOSTROPHE_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})'\s*(\d{1,2})$")


def _normalize_date(text: str) -> str:
    """Quicken writes years from 2000 on as 1/15'24 (or 1/15' 4): spell them out."""
    text = text.strip()
    m = _APOSTROPHE_YEAR.match(text)
    if m:
        return f"{m[1]}/{m[2]}/{2000 + int(m[3])}"
    return text.replace(" ", "")


def _records(text: str, name: str) -> list[_Record]:
    section = ""
    account: str | None = None
    in_account_block = False
    account_fields: dict[str, str] = {}
    records: list[_Record] = []
    current: _Record | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith("!"):
            header = line[1:].strip()
            low = header.lower()
            if current is not None and current.fields:
                raise ImportFileError(name, lineno, "", "record not closed with ^ before header")
            current = None
            if low == "account":
                in_account_block = True
                account_fields = {}
            elif low.startswith("type:"):
                in_account_block = False
                kind = low[5:].strip()
                if kind in _TRANSACTION_TYPES:
                    section = kind
                elif kind in _LIST_TYPES:
                    section = "skip"
                elif kind.startswith("invst"):
                    raise ImportFileError(
                        name, lineno, "type", "investment sections are not supported"
                    )
                else:
                    raise ImportFileError(name, lineno, "type", f"unknown section {header!r}")
            elif low.startswith(("option:", "clear:")):
                continue
            else:
                raise ImportFileError(name, lineno, "", f"unknown header {line.strip()!r}")
            continue
        code, value = line[0], line[1:].strip()
        if in_account_block:
            if code == "^":
                account = account_fields.get("N") or account
                in_account_block = False
            else:
                account_fields[code.upper()] = value
            continue
        if not section:
            raise ImportFileError(name, lineno, "", "data before any !Type: header")
        if section == "skip":
            continue
        if code == "^":
            if current is not None and current.fields:
                records.append(current)
            current = None
            continue
        if current is None:
            current = _Record(lineno, section, account)
        code = code.upper()
        if code in "SE$":
            current.splits.append((lineno, code + value))
        elif code in current.fields and code not in "A":
            raise ImportFileError(name, lineno, code, "field repeated within one record")
        else:
            current.fields[code] = (lineno, value)
    if current is not None and current.fields:
        # A missing final ^ is common in hand-made files; the record is still whole.
        records.append(current)
    return records


def read_qif(
    data: bytes,
    name: str,
    *,
    date_format: str | None = None,
    decimal_comma: bool = False,
    encoding: str | None = None,
) -> ParsedFile:
    """Parse a whole QIF file strictly; any bad record raises ``ImportFileError``."""
    from permoney_desktop.domain.imports.csv_format import decode

    text, _enc = decode(data, name, encoding)
    records = _records(text, name)
    if not records:
        raise ImportFileError(name, 0, "", "no transactions found")
    for r in records:
        if "D" not in r.fields:
            raise ImportFileError(name, r.line, "D", "missing date")
        if "T" not in r.fields and "U" not in r.fields:
            raise ImportFileError(name, r.line, "T", "missing amount")
    raw_dates = [_normalize_date(r.fields["D"][1]) for r in records]
    try:
        if date_format:
            from permoney_desktop.domain.imports.dates import parse_all

            dates, bad = parse_all(raw_dates, date_format)
            if bad is not None:
                raise DateFormatError(f"cannot read date {bad!r} with format {date_format}", bad)
        else:
            dates = detect_format(raw_dates, _QIF_FORMATS).dates
    except DateFormatError as exc:
        line = next(
            (r.fields["D"][0] for r in records if _normalize_date(r.fields["D"][1]) == exc.value),
            records[0].line,
        )
        raise ImportFileError(name, line, "D", str(exc)) from None
    rows: list[ParsedRow] = []
    for r, raw_date in zip(records, raw_dates, strict=True):
        rows.append(_row(r, dates[raw_date], name, decimal_comma))
    return ParsedFile(name, FileFormat.QIF, tuple(rows))


def _row(r: _Record, day: date, name: str, decimal_comma: bool) -> ParsedRow:
    code = "T" if "T" in r.fields else "U"
    amount_line, amount_text = r.fields[code]
    try:
        amount: Decimal = parse_amount(amount_text, decimal_comma)
    except AmountFormatError as exc:
        raise ImportFileError(name, amount_line, code, str(exc)) from None
    category = r.fields.get("L", (0, ""))[1]
    if category.startswith("[") and "]" in category:
        # [Account] in L means a transfer to that account; the matcher proposes the pair.
        category = ""
    if r.splits:
        category = ""
    memo = r.fields.get("M", (0, ""))[1]
    number = r.fields.get("N", (0, ""))[1]
    if number and number.isdigit():
        memo = f"{memo} (check {number})".strip()
    return ParsedRow(
        line=r.line,
        date=day,
        amount=amount,
        payee=r.fields.get("P", (0, ""))[1],
        memo=memo,
        category=category.split("/")[0],  # "/Class" suffix is a QIF class, not a category
        account=r.account,
    )
