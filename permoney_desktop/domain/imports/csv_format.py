"""CSV import: encodings, delimiter sniffing, the column mapping, and reading rows exactly."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import compress, count, repeat
from operator import itemgetter
from typing import Any

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.imports.amounts import (
    PLAIN_AMOUNT,
    AmountFormatError,
    guess_decimal_comma,
    parse_amount,
)
from permoney_desktop.domain.imports.dates import DateFormatError, detect_format, parse_all
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
)

DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1")
_FIELD_LIMIT = 1 << 20


@dataclass(frozen=True)
class CsvMapping:
    """Which column (by header name, case-insensitive) holds each field; None = not in file.

    Either ``amount`` or at least one of ``debit``/``credit`` must be set, and ``date``.
    """

    date: str | None = None
    amount: str | None = None
    debit: str | None = None
    credit: str | None = None
    payee: str | None = None
    memo: str | None = None
    category: str | None = None
    currency: str | None = None
    external_id: str | None = None
    account: str | None = None
    transfer_id: str | None = None
    tags: str | None = None

    @staticmethod
    def field_names() -> tuple[str, ...]:
        return tuple(f.name for f in fields(CsvMapping))

    def with_columns(self, overrides: Mapping[str, str | None]) -> CsvMapping:
        unknown = set(overrides) - set(self.field_names())
        if unknown:
            names = ", ".join(self.field_names())
            raise ValueError(f"unknown field {sorted(unknown)[0]!r} (one of: {names})")
        return replace(self, **dict(overrides))

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CsvMapping:
        return cls().with_columns({k: (None if v is None else str(v)) for k, v in data.items()})


@dataclass(frozen=True)
class CsvOptions:
    """How to read the text: ``None`` means detect (date format, encoding, delimiter)."""

    date_format: str | None = None
    decimal_comma: bool = False
    inflows_negative: bool = False
    encoding: str | None = None
    delimiter: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CsvOptions:
        known = {f.name for f in fields(CsvOptions)}
        return cls(**{k: v for k, v in data.items() if k in known})


# Header synonyms (normalized: lower case, letters and digits, single spaces), best first.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "date",
        "transaction date",
        "posting date",
        "posted date",
        "booking date",
        "value date",
        "datum",
        "buchungstag",
        "fecha",
        "date operation",
        "data",
    ),
    "amount": ("amount", "betrag", "montant", "importe", "value", "amount eur", "amount usd"),
    "debit": (
        "debit",
        "withdrawal",
        "withdrawals",
        "money out",
        "paid out",
        "outflow",
        "debit amount",
    ),
    "credit": ("credit", "deposit", "deposits", "money in", "paid in", "inflow", "credit amount"),
    "payee": (
        "payee",
        "name",
        "merchant",
        "counterparty",
        "beneficiary",
        "description",
        "empfanger",
        "libelle",
        "narrative",
    ),
    "memo": ("memo", "notes", "note", "details", "reference", "verwendungszweck", "remarks"),
    "category": ("category", "kategorie", "categorie"),
    "currency": ("currency", "ccy", "wahrung", "devise"),
    "external_id": ("id", "transaction id", "fitid", "reference id", "external id"),
    "account": ("account", "account name", "konto"),
    "transfer_id": ("transfer id", "transfer", "transfer ref"),
    "tags": ("tags", "labels"),
}


def _norm_header(text: str) -> str:
    folded = text.strip().casefold()
    folded = folded.translate(str.maketrans("äöüéèêàç", "aoueeeac"))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def guess_mapping(header: Sequence[str]) -> CsvMapping:
    """A first mapping from common header names; each column is used at most once."""
    normalized = {_norm_header(h): h for h in header if h.strip()}
    used: set[str] = set()
    found: dict[str, str] = {}
    for fld, names in _SYNONYMS.items():
        for name in names:
            col = normalized.get(name)
            if col is not None and col not in used:
                found[fld] = col
                used.add(col)
                break
    if "amount" in found and ("debit" in found or "credit" in found):
        found.pop("debit", None)
        found.pop("credit", None)
    return CsvMapping().with_columns(found)


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding used: BOM, else UTF-8, else cp1252; or as told."""
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        else:
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                encoding = "cp1252"
    else:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise ImportFileError(name, 0, "encoding", f"unknown encoding {encoding!r}") from None
        if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise ImportFileError(
            name,
            line,
            "encoding",
            f"byte 0x{bad} is not valid {encoding}; choose the file's encoding (utf-8, cp1252)",
        ) from None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of columns."""
    lines = [ln for ln in text[:65536].splitlines()[:30] if ln.strip()]
    if not lines:
        return ","
    best, best_score = ",", (-1, -1)
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delim, score
    return best


@dataclass
class CsvTable:
    """The raw cells of a CSV file: the header, and each data row with its line number."""

    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str


def read_table(
    data: bytes, name: str, encoding: str | None = None, delimiter: str | None = None
) -> CsvTable:
    text, used = decode(data, name, encoding)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFileError(name, line, "encoding", "NUL byte in a text file (is it binary?)")
    delim = delimiter or sniff_delimiter(text)
    csv.field_size_limit(_FIELD_LIMIT)
    fast = _single_line_rows(text, delim)
    if fast is not None:
        if not fast:
            raise ImportFileError(name, 0, "", "the file is empty")
        header_line, first = fast[0]
        return CsvTable([c.strip() for c in first], header_line, fast[1:], used, delim)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    header: list[str] | None = None
    header_line = 0
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if header is None:
                if any(c.strip() for c in cells):
                    header = [c.strip() for c in cells]
                    header_line = start
            elif "".join(cells).strip():  # rows of blank cells (",,,") are blank lines
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(name, reader.line_num, "", f"malformed CSV: {exc}") from None
    if header is None:
        raise ImportFileError(name, 0, "", "the file is empty")
    return CsvTable(header, header_line, rows, used, delim)


def _single_line_rows(text: str, delim: str) -> list[tuple[int, list[str]]] | None:
    """The non-blank rows with their line numbers when no row spans two lines (the usual
    case), read without a Python step per row; None when some field holds a line break.

    The reader consumes one line per row then, so the n-th row is on line n.
    """
    try:
        cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    except csv.Error:
        return None  # the row-by-row reader names the line
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    lines = breaks + (0 if not text or text.endswith(("\n", "\r")) else 1)
    if len(cells) != lines:
        return None
    # Rows of blank cells (",,,") are blank lines.
    filled = map(str.strip, map("".join, cells))
    return list(compress(zip(count(1), cells), filled))


@dataclass
class RowError:
    line: int
    field: str
    reason: str

    def message(self, name: str) -> str:
        return str(ImportFileError(name, self.line, self.field, self.reason))


@dataclass
class CsvResult:
    """Parsed rows plus, in lenient mode, the rows that failed (for a live preview)."""

    parsed: ParsedFile
    errors: list[RowError] = field(default_factory=list)
    date_format: str | None = None
    file_error: ImportFileError | None = None


def _column_index(table: CsvTable, name: str, mapping: CsvMapping) -> dict[str, int]:
    lookup: dict[str, int] = {}
    for i, h in enumerate(table.header):
        lookup.setdefault(h.strip().casefold(), i)
    out: dict[str, int] = {}
    for fld in CsvMapping.field_names():
        col = getattr(mapping, fld)
        if col is None:
            continue
        idx = lookup.get(col.strip().casefold())
        if idx is None:
            cols = ", ".join(repr(h) for h in table.header)
            raise ImportFileError(
                name, table.header_line, fld, f"column {col!r} not found (columns: {cols})"
            )
        out[fld] = idx
    if "date" not in out:
        raise ImportFileError(name, table.header_line, "date", "no date column mapped")
    if "amount" not in out and "debit" not in out and "credit" not in out:
        raise ImportFileError(
            name, table.header_line, "amount", "no amount (or debit/credit) column mapped"
        )
    return out


def _cell(cells: list[str], idx: int | None) -> str:
    if idx is None or idx >= len(cells):
        return ""
    return cells[idx].strip()


def parse_table(
    table: CsvTable,
    name: str,
    mapping: CsvMapping,
    options: CsvOptions,
    *,
    lenient: bool = False,
    limit: int | None = None,
) -> CsvResult:
    """Turn cells into rows. Strict mode raises the first error; lenient collects them all.

    Dates are read with one format for the whole file (given, or detected over every row so
    01/02 vs 02/01 is decided by the file, or reported as ambiguous).
    """
    cols = _column_index(table, name, mapping)
    rows = table.rows if limit is None else table.rows[:limit]
    errors: list[RowError] = []
    date_idx = cols["date"]
    all_cells = list(map(itemgetter(1), table.rows))
    if min(map(len, all_cells), default=0) > date_idx:  # the usual file: C-level passes
        all_dates = list(map(str.strip, map(itemgetter(date_idx), all_cells)))
    else:
        all_dates = [c[date_idx].strip() if date_idx < len(c) else "" for c in all_cells]
    try:
        if options.date_format:
            dates, bad = parse_all(set(filter(None, all_dates)), options.date_format)
            if bad is not None:
                raise DateFormatError(
                    f"cannot read date {bad!r} with format {options.date_format}", bad
                )
            fmt: str | None = options.date_format
        else:
            detected = detect_format([d for d in all_dates if d])
            dates, fmt = detected.dates, detected.format
    except DateFormatError as exc:
        line = next(
            (ln for (ln, c) in table.rows if _cell(c, date_idx) == exc.value), table.header_line
        )
        err = ImportFileError(name, line, "date", str(exc))
        if not lenient:
            raise err from None
        empty = ParsedFile(name, FileFormat.CSV, ())
        return CsvResult(empty, [RowError(line, "date", str(exc))], None, err)

    width = max(cols.values()) + 1
    fast = _fast_rows(rows, cols, dates, options, width)
    if fast is not None:
        return CsvResult(ParsedFile(name, FileFormat.CSV, tuple(fast)), [], fmt)
    out: list[ParsedRow] = []
    for line, cells in rows:
        try:
            out.append(_row(line, cells, cols, dates, options, width))
        except _CellError as exc:
            if not lenient:
                raise ImportFileError(name, line, exc.field, exc.reason) from None
            errors.append(RowError(line, exc.field, exc.reason))
    return CsvResult(ParsedFile(name, FileFormat.CSV, tuple(out)), errors, fmt)


def _plain_amounts(texts: set[str], options: CsvOptions) -> dict[str, Decimal] | None:
    """Each distinct amount text's value when all are plain ("-12.34", as ``parse_amount``
    reads them first) and need no separators: C-level passes. None otherwise."""
    if options.decimal_comma or not all(map(PLAIN_AMOUNT.fullmatch, texts)):
        return None
    values: Iterable[Decimal] = map(Decimal, texts)
    if options.inflows_negative:
        values = map(Decimal.__neg__, values)
    return dict(zip(texts, values, strict=True))


def _fast_rows(
    rows: list[tuple[int, list[str]]],
    cols: dict[str, int],
    dates: dict[str, date],
    options: CsvOptions,
    width: int,
) -> list[ParsedRow] | None:
    """Column at a time, each distinct value read once: ~5x faster than row at a time.

    Returns None at the first doubt; the row-at-a-time path then finds and names the error.
    """
    if "amount" not in cols:
        return None
    padded = [c for _, c in rows]
    if min(map(len, padded), default=width) < width:
        padded = [c if len(c) >= width else c + [""] * (width - len(c)) for c in padded]

    def column(key: str) -> list[str] | None:
        idx = cols.get(key)
        return None if idx is None else list(map(str.strip, map(itemgetter(idx), padded)))

    try:
        days = list(map(dates.__getitem__, column("date") or ()))
    except KeyError:
        return None
    amount_col = column("amount") or []
    amounts = _plain_amounts(set(amount_col), options)
    if amounts is None:
        amounts = {}
        for v in set(amount_col):
            if not v:
                return None
            try:
                a = parse_amount(v, options.decimal_comma)
            except AmountFormatError:
                return None
            amounts[v] = -a if options.inflows_negative else a
    currencies: list[str | None] | Iterator[None] = repeat(None)
    cur_col = column("currency")
    if cur_col is not None:
        codes: dict[str, str] = {}
        for v in set(cur_col):
            try:
                codes[v] = currency(v)
            except CurrencyError:
                return None
        currencies = [codes[v] for v in cur_col]
    acc_col = column("account")
    if acc_col is not None and not all(acc_col):
        return None
    tag_col = column("tags")
    tags: list[tuple[str, ...]] | Iterator[tuple[str, ...]] = repeat(())
    if tag_col is not None:
        tags = [
            tuple(t.strip() for t in re.split(r"[;,|]", v) if t.strip()) if v else ()
            for v in tag_col
        ]
    blank: Iterator[str] = repeat("")
    # tuple.__new__ builds each row in C; the zip gives exactly ParsedRow's 12 fields.
    return list(
        map(
            partial(tuple.__new__, ParsedRow),
            zip(
                map(itemgetter(0), rows),
                days,
                map(amounts.__getitem__, amount_col),
                column("payee") or blank,
                column("memo") or blank,
                column("category") or blank,
                currencies,
                _or_none(column("external_id")),
                acc_col if acc_col is not None else repeat(None),
                _or_none(column("transfer_id")),
                tags,
                repeat(()),  # no split lines in a CSV row
                strict=False,  # the repeat() columns are endless
            ),
        )
    )


def _or_none(col: list[str] | None) -> Iterable[str | None]:
    """A column with blank cells as None (all None when the file has no such column)."""
    if col is None:
        return repeat(None)
    return col if all(col) else [v or None for v in col]


class _CellError(Exception):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


def _amount(text: str, fld: str, decimal_comma: bool) -> Decimal:
    try:
        return parse_amount(text, decimal_comma)
    except AmountFormatError as exc:
        raise _CellError(fld, str(exc)) from None


def _row(
    line: int,
    cells: list[str],
    cols: dict[str, int],
    dates: dict[str, date],
    options: CsvOptions,
    width: int,
) -> ParsedRow:
    if len(cells) < width:
        cells = cells + [""] * (width - len(cells))
    get = cols.get
    raw_date = cells[cols["date"]].strip()
    if not raw_date:
        raise _CellError("date", "missing date")
    day = dates[raw_date]
    idx = get("amount")
    if idx is not None:
        raw = cells[idx].strip()
        if not raw:
            raise _CellError("amount", "missing amount")
        amount = _amount(raw, "amount", options.decimal_comma)
        if options.inflows_negative:
            amount = -amount
    else:
        debit = _cell(cells, get("debit"))
        credit = _cell(cells, get("credit"))
        if not debit and not credit:
            raise _CellError("amount", "neither debit nor credit has an amount")
        amount = Decimal(0)
        if credit:
            amount += abs(_amount(credit, "credit", options.decimal_comma))
        if debit:
            amount -= abs(_amount(debit, "debit", options.decimal_comma))
    cur: str | None = None
    idx = get("currency")
    if idx is not None:
        raw_cur = cells[idx].strip()
        if not raw_cur:
            raise _CellError("currency", "missing currency")
        try:
            cur = currency(raw_cur)
        except CurrencyError as exc:
            raise _CellError("currency", str(exc)) from None
    account: str | None = None
    idx = get("account")
    if idx is not None:
        account = cells[idx].strip()
        if not account:
            raise _CellError("account", "missing account")
    tags: tuple[str, ...] = ()
    idx = get("tags")
    if idx is not None and cells[idx].strip():
        tags = tuple(t.strip() for t in re.split(r"[;,|]", cells[idx]) if t.strip())
    idx = get("payee")
    payee = cells[idx].strip() if idx is not None else ""
    idx = get("memo")
    memo = cells[idx].strip() if idx is not None else ""
    idx = get("category")
    category = cells[idx].strip() if idx is not None else ""
    idx = get("external_id")
    external_id = (cells[idx].strip() or None) if idx is not None else None
    idx = get("transfer_id")
    transfer_ref = (cells[idx].strip() or None) if idx is not None else None
    return ParsedRow(
        line, day, amount, payee, memo, category, cur, external_id, account, transfer_ref, tags
    )


def read_csv(
    data: bytes, name: str, mapping: CsvMapping | None = None, options: CsvOptions | None = None
) -> ParsedFile:
    """Parse a whole CSV file strictly: any bad row raises ``ImportFileError``."""
    options = options or CsvOptions()
    table = read_table(data, name, options.encoding, options.delimiter)
    mapping = mapping or guess_mapping(table.header)
    return parse_table(table, name, mapping, options).parsed


def sample_amounts(table: CsvTable, mapping: CsvMapping, n: int = 200) -> list[str]:
    """Amount cells from the first rows, to guess the decimal separator for a preview."""
    idx = [
        i
        for i, h in enumerate(table.header)
        if h.casefold()
        in {
            (getattr(mapping, f) or "").casefold()
            for f in ("amount", "debit", "credit")
            if getattr(mapping, f)
        }
    ]
    return [_cell(c, i) for _, c in table.rows[:n] for i in idx]


def suggest_options(table: CsvTable, mapping: CsvMapping) -> CsvOptions:
    """Options a wizard starts from: the decimal separator the amounts read with."""
    return CsvOptions(
        decimal_comma=guess_decimal_comma(sample_amounts(table, mapping)),
        encoding=table.encoding,
        delimiter=table.delimiter,
    )


def iter_field_errors(result: CsvResult, name: str) -> Iterator[str]:
    for e in result.errors:
        yield e.message(name)
