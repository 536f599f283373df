"""QIF import for bank, cash and credit-card sections (our own reader for that subset).

quiffen was tried first: it silently picks the month/day order the caller guesses and raises
a bare ``decimal.InvalidOperation`` with no line for a bad amount, so it cannot give the
file/line/field errors or the ambiguity report an import needs. This reader covers the
records people actually export: ``!Account`` blocks (one or several accounts per file, and the
``!Option:AutoSwitch`` account list), ``!Type:Bank|Cash|CCard|Oth A|Oth L`` with D, T/U, P,
M, L, N, C, A and split (S/E/$) lines, and ``#`` comment lines. Quicken dates in all their
forms (``1/ 1'00``, ``2/10'2020``, ``01.02.2020``); an order both ways readable is reported,
never guessed. Category, class and memorized lists are skipped; investment sections are
skipped with a count in the notes (the bank sections still import). An "Opening Balance"
record is the account's opening balance, kept aside, not an entry (it is no income).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.imports.amounts import AmountFormatError, parse_amount
from permoney_desktop.domain.imports.dates import (
    DATE_FORMATS,
    DateFormatError,
    detect_format,
    parse_all,
)
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
    ParsedSplit,
    StatementBalance,
)
from permoney_desktop.domain.messages import Message, reason

_TRANSACTION_TYPES = {"bank", "cash", "ccard", "oth a", "oth l"}
_LIST_TYPES = {"cat", "class", "memorized", "prices", "security", "payee", "tag", "bill"}
_INVESTMENT = "investment"
# Quicken: month/day then ' and a year from 2000 on (1/15'24, 1/ 1'00, 2/10'2020), or / and
# a 19xx year (1/15/99); other programs write 01.02.2020 or 1-15-2024. Spaces pad digits.
_QUICKEN_DATE = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*(['/.-])\s*(\d{1,4})")


@dataclass
class _Record:
    line: int
    section: str
    account: str | None
    fields: dict[str, tuple[int, str]] = field(default_factory=dict)
    splits: list[tuple[int, str]] = field(default_factory=list)


def normalize_date(text: str) -> str:
    """A Quicken date spelled out with a four-digit year (``1/ 1'00`` → ``1/1/2000``)."""
    text = text.strip()
    m = _QUICKEN_DATE.fullmatch(text)
    if m is None:
        return text.replace(" ", "")
    first, sep, second, year_sep, year = m.groups()
    if len(year) <= 2:
        # ' means 2000 on; otherwise the POSIX pivot the two-digit formats use (69 → 1969).
        century = 2000 if year_sep == "'" or int(year) < 69 else 1900
        year = str(century + int(year))
    return f"{first}{sep}{second}{sep}{year}"


@dataclass
class _State:
    name: str
    section: str = ""
    account: str | None = None
    block: dict[str, str] | None = None  # the !Account fields being read
    autoswitch: bool = False  # inside an !Option:AutoSwitch account list
    current: _Record | None = None
    records: list[_Record] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    skip_open: bool = False  # a skipped section's record has begun

    def close_record(self) -> None:
        if self.current is not None and self.current.fields:
            self.records.append(self.current)
        self.current = None
        if self.skip_open:
            self.skipped[self.section] += 1
            self.skip_open = False

    def end_block(self) -> None:
        if self.block is not None and not self.autoswitch:
            self.account = self.block.get("N") or self.account
        self.block = None


def _header(st: _State, lineno: int, header: str) -> None:
    st.close_record()  # a record cut short by a header is still whole (a missing ^)
    low = header.lower().strip()
    if low == "account":
        st.end_block()
        st.block = {}
    elif low.startswith("type:"):
        st.end_block()
        st.section = _section(low[5:].strip())
    elif low in ("option:autoswitch", "clear:autoswitch"):
        st.end_block()
        st.autoswitch = low.startswith("option")
    elif not low.startswith(("option:", "clear:")):
        raise ImportFileError(
            st.name, lineno, "", Message("unknown header {header!r}", header="!" + header.strip())
        )


def _section(kind: str) -> str:
    if kind in _TRANSACTION_TYPES:
        return kind
    if kind.startswith("invst") or kind in {"port", "401(k)/403(b)"}:
        return _INVESTMENT
    return "list" if kind in _LIST_TYPES else f"unknown {kind}"


def _data_line(st: _State, lineno: int, code: str, value: str) -> None:
    if st.block is not None:
        if code == "^":
            st.end_block()
            if st.autoswitch:
                st.block = {}  # the list goes on: the next account's fields
        else:
            st.block[code.upper()] = value
        return
    if not st.section:
        raise ImportFileError(st.name, lineno, "", Message("data before any !Type: header"))
    if st.section not in _TRANSACTION_TYPES:
        if code == "^":
            st.close_record()
        else:
            st.skip_open = True
        return
    if code == "^":
        st.close_record()
        return
    _field(st, lineno, code.upper(), value)


def _field(st: _State, lineno: int, code: str, value: str) -> None:
    if st.current is None:
        st.current = _Record(lineno, st.section, st.account)
    rec = st.current
    if code in "SE$":
        rec.splits.append((lineno, code + value))
    elif code in rec.fields and code != "A":
        raise ImportFileError(st.name, lineno, code, Message("field repeated within one record"))
    else:
        rec.fields[code] = (lineno, value)


def _records(text: str, name: str) -> _State:
    st = _State(name)
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue  # blank and comment lines (### separators some exporters write)
        if line.startswith("!"):
            _header(st, lineno, line[1:])
        else:
            _data_line(st, lineno, line[0], line[1:].strip())
    st.end_block()
    st.close_record()
    return st


def _notes(st: _State) -> list[str]:
    notes: list[str] = []
    for section, count in sorted(st.skipped.items()):
        what = "investment" if section == _INVESTMENT else f"!Type:{section[8:]}"
        if section != "list":
            notes.append(f"{st.name}: {count} {what} records skipped (not imported)")
    return notes


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
    st = _records(text, name)
    records = st.records
    if not records and not st.skipped.keys() - {"list"}:
        raise ImportFileError(name, 0, "", Message("no transactions found"))
    for r in records:
        if "D" not in r.fields:
            raise ImportFileError(name, r.line, "D", Message("missing date"))
        if "T" not in r.fields and "U" not in r.fields:
            raise ImportFileError(name, r.line, "T", Message("missing amount"))
    dates = _dates(records, name, date_format)
    rows: list[ParsedRow] = []
    openings: list[StatementBalance] = []
    for r in records:
        row = _row(r, dates[normalize_date(r.fields["D"][1])], name, decimal_comma)
        if _is_opening_balance(r):
            openings.append(StatementBalance(row.amount, row.date, r.account))
        else:
            rows.append(row)
    return ParsedFile(
        name,
        FileFormat.QIF,
        tuple(rows),
        warnings=tuple(_notes(st)),
        opening_balances=tuple(openings),
    )


def _dates(records: list[_Record], name: str, date_format: str | None) -> dict[str, date]:
    """Every record's date by its normalized text; an error shows the file's own text."""
    if not records:
        return {}
    raw_by_norm: dict[str, tuple[int, str]] = {}
    for r in records:
        line, raw = r.fields["D"]
        raw_by_norm.setdefault(normalize_date(raw), (line, raw.strip()))
    try:
        if date_format:
            dates, bad = parse_all(raw_by_norm, date_format)
            if bad is not None:
                raise DateFormatError(
                    Message(
                        "cannot read date {value!r} with format {format}",
                        value=bad,
                        format=date_format,
                    ),
                    bad,
                )
            return dates
        return detect_format(raw_by_norm, DATE_FORMATS).dates
    except DateFormatError as exc:
        line, raw = raw_by_norm.get(exc.value, (records[0].line, exc.value))
        raise ImportFileError(name, line, "D", _with_raw(exc, raw)) from None


def _with_raw(exc: DateFormatError, raw: str) -> str:
    """The date error naming the value as the file wrote it (the dates were read normalised)."""
    why = reason(exc)
    if isinstance(why, Message) and why.fields.get("value") == exc.value:
        return Message(why.template, **{**why.fields, "value": raw})
    return why.replace(repr(exc.value), repr(raw))


def _is_opening_balance(r: _Record) -> bool:
    """Quicken's first record of an account: payee "Opening Balance", category [the account]."""
    payee = r.fields.get("P", (0, ""))[1].strip().casefold()
    category = r.fields.get("L", (0, ""))[1].strip()
    if payee != "opening balance" or not (category.startswith("[") and category.endswith("]")):
        return False
    return r.account is None or category[1:-1].strip().casefold() == r.account.casefold()


def _row(r: _Record, day: date, name: str, decimal_comma: bool) -> ParsedRow:
    code = "T" if "T" in r.fields else "U"
    amount_line, amount_text = r.fields[code]
    try:
        amount: Decimal = parse_amount(amount_text, decimal_comma)
    except AmountFormatError as exc:
        raise ImportFileError(name, amount_line, code, reason(exc)) from None
    category = r.fields.get("L", (0, ""))[1]
    if category.startswith("[") and "]" in category:
        # [Account] in L means a transfer to that account; the matcher proposes the pair.
        category = ""
    splits = _splits(r, amount, name, decimal_comma) if r.splits else ()
    if len(splits) == 1:  # one "split" line is just the transaction's category
        category, splits = splits[0].category, ()
    elif splits:
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
        splits=splits,
    )


def _split_groups(r: _Record) -> list[dict[str, tuple[int, str]]]:
    """The record's split fields grouped into lines: an ``S`` starts a line, and so does an
    ``E`` or ``$`` the current line already has (some writers leave out an empty ``S``)."""
    groups: list[dict[str, tuple[int, str]]] = []
    for lineno, text in r.splits:
        code, value = text[0], text[1:]
        if not groups or code == "S" or code in groups[-1]:
            groups.append({})
        groups[-1][code] = (lineno, value)
    return groups


def _splits(r: _Record, total: Decimal, name: str, decimal_comma: bool) -> tuple[ParsedSplit, ...]:
    """The record's split lines; they must sum exactly to its amount (Quicken keeps them so),
    or the file is refused at the record: an import never drops a line silently."""
    out: list[ParsedSplit] = []
    for g in _split_groups(r):
        first = min(line for line, _v in g.values())
        if "$" not in g:
            raise ImportFileError(name, first, "$", Message("a split line without an amount"))
        amount_line, amount_text = g["$"]
        try:
            amount = parse_amount(amount_text, decimal_comma)
        except AmountFormatError as exc:
            raise ImportFileError(name, amount_line, "$", reason(exc)) from None
        target = g.get("S", (0, ""))[1].strip()
        memo = g.get("E", (0, ""))[1].strip()
        if target.startswith("[") and "]" in target:
            account = target[1 : target.index("]")].strip()
            out.append(ParsedSplit(first, amount, "", memo, account or None))
        else:
            out.append(ParsedSplit(first, amount, target.split("/")[0].strip(), memo))
    lines_sum = sum((s.amount for s in out), Decimal(0))
    if lines_sum != total:
        line = r.splits[0][0]
        raise ImportFileError(
            name,
            line,
            "$",
            Message(
                "split lines sum to {lines}, not the transaction's {total}",
                lines=lines_sum,
                total=total,
            ),
        )
    return tuple(out)
