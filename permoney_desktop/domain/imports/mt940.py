"""SWIFT MT940 statements, with the structured ``:86:`` fields German banks use.

Our own reader rather than ``mt-940`` from PyPI: an import must name the line and field of a
bad statement line and refuse the file, which needs each field's source line; the subset an
import uses is small. Read: ``:25:`` the account, ``:60F:``/``:62F:`` the opening and closing
balances (with the currency), ``:61:`` each booked line (booking date when given, else value
date; C/D/RC/RD; the bank's reference, else the customer's, as the external id; NONREF is no
reference), ``:86:`` its details: German ``?20``–``?29``/``?60``–``?63`` purpose (the SEPA
``SVWZ+`` part when there is one) and ``?32``/``?33`` name; ``/NAME/``…``/REMI/`` of Dutch
banks; free text otherwise. SWIFT block wrappers (``{1:…}{4:``) and ``-`` separators are
accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
    StatementBalance,
    StatementInfo,
)
from permoney_desktop.domain.imports.statement_ids import drop_repeated_ids

_TAG = re.compile(r":(\d{2}[A-Z]?):")
_BLOCKS = re.compile(r"^(?:\{\d:[^{}]*\})*\{4:")
_DETECT = re.compile(rb"^:20:.*?^:25:.*?^:(?:60[FM]|61):", re.M | re.S)
_BALANCE = re.compile(r"([CD])(\d{6})([A-Z]{3})(\d{1,15},\d{0,4})")
_LINE = re.compile(
    r"(?P<value>\d{6})(?P<booked>\d{4})?(?P<mark>RC|RD|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>\d{1,15},\d{0,4})(?P<type>[NSF][A-Z0-9]{3})(?P<ref>[^/\n]*?)"
    r"(?://(?P<bankref>[^\n]*))?(?:\n(?P<extra>.*))?",
    re.S,
)
_SIGN = {"C": 1, "D": -1, "RC": -1, "RD": 1}
_SEPA_KEYS = re.compile(r"(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\+")


def looks_like_mt940(data: bytes) -> bool:
    """``:20:``, ``:25:`` and a balance or statement line at line starts near the start."""
    return _DETECT.search(data[:8192].replace(b"\r\n", b"\n")) is not None


@dataclass(slots=True)
class _Field:
    tag: str
    line: int
    text: str


@dataclass
class _Reader:
    name: str
    account: str | None = None
    currency: str | None = None
    rows: list[ParsedRow] = field(default_factory=list)
    infos: dict[str, StatementInfo] = field(default_factory=dict)
    opening: dict[str, StatementBalance] = field(default_factory=dict)
    closing: dict[str, StatementBalance] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    last_line: bool = False  # the previous field was a :61: its :86: belongs to

    def error(self, f: _Field, reason: str) -> ImportFileError:
        return ImportFileError(self.name, f.line, f":{f.tag}:", reason)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # German banks' umlauts, ISO 8859-1


def _fields(text: str) -> list[_Field]:
    """The tagged fields with their first line; continuation lines joined with newlines."""
    fields: list[_Field] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _BLOCKS.sub("", raw.rstrip())
        if line.startswith("-"):
            fields.append(_Field("-", lineno, ""))  # end of one statement message
        elif (m := _TAG.match(line)) is not None:
            fields.append(_Field(m[1], lineno, line[m.end() :]))
        elif fields and fields[-1].tag != "-" and line:
            fields[-1].text += "\n" + line
    return fields


def read_mt940(data: bytes, name: str) -> ParsedFile:
    """Parse every statement in an MT940 file; a bad statement line raises."""
    reader = _Reader(name)
    fields = _fields(_decode(data))
    if not any(f.tag == "25" for f in fields):
        raise ImportFileError(name, 0, ":25:", "no MT940 statement (no :25: account field)")
    for f in fields:
        _field(reader, f)
    rows, notes = drop_repeated_ids(reader.rows, name)
    reader.warnings.extend(notes)
    return ParsedFile(
        name,
        FileFormat.MT940,
        tuple(rows),
        tuple(reader.infos.values()),
        tuple(reader.warnings),
        closing_balances=tuple(reader.closing.values()),
        opening_balances=tuple(reader.opening.values()),
    )


def _field(reader: _Reader, f: _Field) -> None:
    after_line, reader.last_line = reader.last_line, False
    if f.tag == "25":
        reader.account = f.text.split("\n")[0].strip()
        if not reader.account:
            raise reader.error(f, "the statement names no account")
        reader.currency = None
    elif f.tag in ("60F", "60M", "62F", "62M"):
        _balance(reader, f)
    elif f.tag == "61":
        reader.rows.append(_statement_line(reader, f))
        reader.last_line = True
    elif f.tag == "86" and after_line:
        payee, memo = details(f.text)
        reader.rows[-1] = reader.rows[-1]._replace(payee=payee, memo=memo)


def _day(text: str) -> date | None:
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    try:
        return date(2000 + yy if yy < 80 else 1900 + yy, mm, dd)
    except ValueError:
        return None


def _balance(reader: _Reader, f: _Field) -> None:
    m = _BALANCE.match(f.text.strip())
    day = _day(m[2]) if m else None
    if m is None or day is None or reader.account is None:
        raise reader.error(f, "not a balance (C or D, YYMMDD, currency, amount)")
    try:
        cur = currency(m[3])
    except CurrencyError as exc:
        raise reader.error(f, str(exc)) from None
    if reader.currency is None:
        reader.currency = cur
        reader.infos.setdefault(reader.account, StatementInfo(reader.account, cur))
    amount = Decimal(m[4].replace(",", ".")) * (1 if m[1] == "C" else -1)
    balance = StatementBalance(amount, day, reader.account, cur)
    if f.tag == "60F":
        reader.opening.setdefault(reader.account, balance)
    elif f.tag == "62F":
        reader.closing[reader.account] = balance  # the last statement's closing balance


def _statement_line(reader: _Reader, f: _Field) -> ParsedRow:
    m = _LINE.fullmatch(f.text.strip())
    if m is None:
        raise reader.error(f, "not a statement line (date, C/D, amount, type, reference)")
    if reader.account is None or reader.currency is None:
        raise reader.error(f, "a statement line before the account's :25: and :60F: fields")
    value = _day(m["value"])
    day = _booking_day(value, m["booked"]) if value is not None else None
    if day is None:
        raise reader.error(f, "not a date (YYMMDD, then MMDD)")
    refs = [r.strip() for r in (m["bankref"] or "", m["ref"] or "")]
    ref = next((r for r in refs if r and r.upper() != "NONREF"), None)
    return ParsedRow(
        line=f.line,
        date=day,
        amount=Decimal(m["amount"].replace(",", ".")) * _SIGN[m["mark"]],
        currency=reader.currency,
        external_id=ref,
        account=reader.account,
    )


def _booking_day(value: date, booked: str | None) -> date | None:
    """The booking date (MMDD) in the value date's year, or the next/previous one across a
    new year (booked 12/31 for a value date of 01/02 is the year before)."""
    if not booked:
        return value
    month, day = int(booked[:2]), int(booked[2:])
    year = value.year + (1 if month == 1 and value.month == 12 else 0)
    year -= 1 if month == 12 and value.month == 1 else 0
    try:
        return date(year, month, day)
    except ValueError:
        return None


def details(text: str) -> tuple[str, str]:
    """Payee and memo from an ``:86:`` field (German ``?NN``, Dutch ``/KEY/``, or free text)."""
    flat = text.replace("\n", "")
    if re.match(r"\d{3}\D", flat) and flat[3] in "?@#/|":
        return _german(flat[4:].split(flat[3]))
    if flat.startswith("/") and ("/NAME/" in flat or "/REMI/" in flat):
        return _slashed(flat)
    return "", " ".join(text.split())


def _german(parts: list[str]) -> tuple[str, str]:
    sub = {p[:2]: p[2:] for p in parts if len(p) >= 2 and p[:2].isdigit()}
    purpose = "".join(sub.get(str(k), "") for k in [*range(20, 30), *range(60, 64)])
    name = "".join(sub.get(k, "") for k in ("32", "33"))
    keyed = _SEPA_KEYS.split(purpose)
    if "SVWZ" in keyed:
        purpose = keyed[keyed.index("SVWZ") + 1]
    memo = purpose or sub.get("00", "")
    return " ".join(name.split()), " ".join(memo.split())


def _slashed(flat: str) -> tuple[str, str]:
    pairs = re.findall(r"/(NAME|REMI|USTD|EREF)/([^/]*(?://[^/]*)?)", flat)
    found = {k: v.strip("/ ") for k, v in pairs if v.strip("/ ")}
    memo = found.get("REMI") or found.get("USTD") or ""
    if memo.startswith("USTD//"):
        memo = memo[6:]
    return " ".join(found.get("NAME", "").split()), " ".join(memo.split())
