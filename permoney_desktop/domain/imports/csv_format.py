"""CSV import: the column mapping applied to the file's cells, every row read exactly.

The pieces: ``csv_mapping`` (the mapping and options, header guesses), ``csv_table`` (encoding,
delimiter, the header row), ``csv_select`` (filters, lines around the data), ``csv_direction``
(direction columns), ``csv_balance`` (the running balance); their names are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import repeat
from operator import itemgetter

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.imports.amounts import (
    PLAIN_AMOUNT,
    AmbiguousSeparatorError,
    AmountFormatError,
    decide_decimal_comma,
    parse_amount,
)
from permoney_desktop.domain.imports.csv_balance import closing_from_column
from permoney_desktop.domain.imports.csv_direction import (
    Directions,
    DirectionUnconfirmedError,
    DirectionValueError,
    file_directions,
)
from permoney_desktop.domain.imports.csv_mapping import (
    NET_NAMES,
    CsvMapping,
    CsvOptions,
    guess_mapping,
    norm_header,
)
from permoney_desktop.domain.imports.csv_select import Rows, column_at, column_texts, select_rows
from permoney_desktop.domain.imports.csv_split import SplitCellError, parse_split_cell
from permoney_desktop.domain.imports.csv_table import (
    DELIMITERS,
    ENCODINGS,
    CsvTable,
    decode,
    read_table,
    sniff_delimiter,
)
from permoney_desktop.domain.imports.dates import DateFormatError, detect_format, parse_all
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
    ParsedSplit,
    StatementBalance,
)
from permoney_desktop.domain.messages import Message, reason

__all__ = [
    "DELIMITERS",
    "ENCODINGS",
    "CsvMapping",
    "CsvOptions",
    "CsvResult",
    "CsvTable",
    "DirectionUnconfirmedError",
    "RowError",
    "decode",
    "guess_mapping",
    "iter_field_errors",
    "missing_date_reason",
    "no_date_reason",
    "parse_table",
    "read_csv",
    "read_table",
    "read_table_with",
    "sniff_delimiter",
    "suggest_options",
]

_AMOUNT_FIELDS = ("amount", "debit", "credit", "fee", "balance")
_STATE_NAMES = frozenset({"state", "status"})
_DATEISH = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{8}")


def read_table_with(data: bytes, name: str, options: CsvOptions) -> CsvTable:
    """``read_table`` with the encoding, delimiter and header layout ``options`` give."""
    return read_table(
        data,
        name,
        options.encoding,
        options.delimiter,
        header_row=options.header_row,
        skip_lines=options.skip_lines,
        no_header=options.no_header,
    )


@dataclass
class RowError:
    line: int
    field: str
    reason: str

    def message(self, name: str) -> str:
        return reason(ImportFileError(name, self.line, self.field, self.reason))


@dataclass
class CsvResult:
    """Parsed rows plus, in lenient mode, the rows that failed (for a live preview)."""

    parsed: ParsedFile
    errors: list[RowError] = field(default_factory=list)
    date_format: str | None = None
    file_error: ImportFileError | None = None


def _column_index(table: CsvTable, name: str, mapping: CsvMapping) -> dict[str, int]:
    """Each mapped field's column index (a name, or a number in a headerless file)."""
    out: dict[str, int] = {}
    for fld, col in mapping.mapped().items():
        idx = column_at(table.header, col)
        if idx is None:
            cols = ", ".join(repr(h) for h in table.header)
            raise ImportFileError(
                name,
                table.header_line,
                fld,
                Message(
                    "column {column!r} not found (columns: {columns})", column=col, columns=cols
                ),
            )
        out[fld] = idx
    if "date" not in out:
        raise ImportFileError(name, table.header_line, "date", no_date_reason(table))
    if "amount" not in out and "debit" not in out and "credit" not in out:
        raise ImportFileError(
            name, table.header_line, "amount", Message("no amount (or debit/credit) column mapped")
        )
    if "direction" in out and "amount" not in out:
        raise ImportFileError(
            name,
            table.header_line,
            "direction",
            Message("a direction column signs an amount column; map the amount, not debit/credit"),
        )
    if "fee" in out and "amount" in out and norm_header(table.header[out["amount"]]) in NET_NAMES:
        raise ImportFileError(
            name,
            table.header_line,
            "fee",
            Message(
                "the amount column {column!r} already has the fee taken "
                "off; map the gross amount with the fee, or leave the fee out",
                column=table.header[out["amount"]],
            ),
        )
    return out


def missing_date_reason(header: list[str]) -> str:
    """A row's missing date, with the row filter named when the file has a State column."""
    pending = any(norm_header(h) in _STATE_NAMES for h in header)
    return _missing_date(pending)


def _missing_date(pending: bool) -> Message:
    if pending:
        return Message(
            "missing date; a row without a date may be pending: keep only the finished ones "
            "with a row filter"
        )
    return Message("missing date")


def no_date_reason(table: CsvTable) -> str:
    """Why no date column is mapped, and what to do when the "header" is really data."""
    if not table.headerless and any(_DATEISH.fullmatch(h) for h in table.header):
        return Message(
            "no date column mapped; the first row looks like data, not a header: read the file "
            "as having no header and map the columns by number"
        )
    return Message("no date column mapped")


def _cell(cells: list[str], idx: int | None) -> str:
    if idx is None or idx >= len(cells):
        return ""
    return cells[idx].strip()


def _decimal_comma(
    rows: Rows, cols: dict[str, int], options: CsvOptions, name: str, header_line: int
) -> bool:
    """The decimal separator: as set, else decided from every amount cell of the file."""
    if options.decimal_comma is not None:
        return options.decimal_comma
    texts: set[str] = set()
    for fld in _AMOUNT_FIELDS:
        if fld in cols:
            texts |= column_texts(rows, cols[fld])
    try:
        return decide_decimal_comma(texts)
    except AmbiguousSeparatorError as exc:
        where = next(
            (
                (ln, fld)
                for fld in _AMOUNT_FIELDS
                if fld in cols
                for ln, c in rows
                if _cell(c, cols[fld]) == exc.value
            ),
            (header_line, "amount"),
        )
        raise ImportFileError(name, where[0], where[1], reason(exc)) from None


@dataclass(frozen=True)
class _Reading:
    """How each row is read, decided once for the file."""

    cols: dict[str, int]
    dates: dict[str, date]
    comma: bool
    inflows_negative: bool
    directions: Directions | None
    fees_signed: bool
    width: int
    # The file has a State/Status column: a row without a date is likely a pending one.
    has_state: bool = False


def _read_dates(
    rows: Rows, date_idx: int, options: CsvOptions
) -> tuple[dict[str, date], str | None]:
    all_cells = list(map(itemgetter(1), rows))
    if min(map(len, all_cells), default=0) > date_idx:  # the usual file: C-level passes
        all_dates = list(map(str.strip, map(itemgetter(date_idx), all_cells)))
    else:
        all_dates = [c[date_idx].strip() if date_idx < len(c) else "" for c in all_cells]
    if options.date_format:
        dates, bad = parse_all(set(filter(None, all_dates)), options.date_format)
        if bad is not None:
            raise DateFormatError(
                Message(
                    "cannot read date {value!r} with format {format}",
                    value=bad,
                    format=options.date_format,
                ),
                bad,
            )
        return dates, options.date_format
    detected = detect_format([d for d in all_dates if d])
    return detected.dates, detected.format


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
    01/02 vs 02/01 is decided by the file, or reported as ambiguous); so is the decimal
    separator. Unsigned amounts next to a column that looks like a direction are refused
    (``DirectionUnconfirmedError``) until the mapping says which.
    """
    cols = _column_index(table, name, mapping)
    rows, notes = select_rows(table, name, cols, options)
    comma = _decimal_comma(rows, cols, options, name, table.header_line)
    directions = file_directions(table, rows, cols, mapping, options, name)
    date_idx = cols["date"]
    try:
        dates, fmt = _read_dates(rows, date_idx, options)
    except DateFormatError as exc:
        line = next((ln for (ln, c) in rows if _cell(c, date_idx) == exc.value), table.header_line)
        err = ImportFileError(name, line, "date", reason(exc))
        if not lenient:
            raise err from None
        empty = ParsedFile(name, FileFormat.CSV, ())
        return CsvResult(empty, [RowError(line, "date", reason(exc))], None, err)
    fees = column_texts(rows, cols["fee"]) if "fee" in cols else set()
    reading = _Reading(
        cols,
        dates,
        comma,
        options.inflows_negative,
        directions,
        any(t.startswith(("-", "(", "\u2212")) or t.endswith("-") for t in fees),
        max(cols.values()) + 1,
        any(norm_header(h) in _STATE_NAMES for h in table.header),
    )
    if "fee" in cols:
        how = (
            "added to each amount with its sign"
            if reading.fees_signed
            else ("taken off each amount as a cost")
        )
        notes.append(f"{name}: the fee column {table.header[cols['fee']]!r} is {how}")
    if limit is not None:
        rows = rows[:limit]
    out, errors = _parsed_rows(rows, reading, name, lenient=lenient)
    closing: tuple[StatementBalance, ...] = ()
    if "balance" in cols and not errors and out:
        closing, balance_notes = closing_from_column(
            rows,
            out,
            reading.cols["balance"],
            reading.comma,
            name,
            options.balance_sign,
            reading.inflows_negative,
        )
        notes += balance_notes
    parsed = ParsedFile(
        name, FileFormat.CSV, tuple(out), warnings=tuple(notes), closing_balances=closing
    )
    return CsvResult(parsed, errors, fmt)


def _parsed_rows(
    rows: Rows, reading: _Reading, name: str, *, lenient: bool
) -> tuple[list[ParsedRow], list[RowError]]:
    plain = reading.directions is None and "fee" not in reading.cols
    fast = _fast_rows(rows, reading) if plain else None
    if fast is not None:
        return fast, []
    out: list[ParsedRow] = []
    errors: list[RowError] = []
    for line, cells in rows:
        try:
            out.append(_row(line, cells, reading))
        except _CellError as exc:
            if not lenient:
                raise ImportFileError(name, line, exc.field, exc.reason) from None
            errors.append(RowError(line, exc.field, exc.reason))
    return out, errors


def _plain_amounts(texts: set[str], reading: _Reading) -> dict[str, Decimal] | None:
    """Each distinct amount text's value when all are plain ("-12.34", as ``parse_amount``
    reads them first) and need no separators: C-level passes. None otherwise."""
    if reading.comma or not all(map(PLAIN_AMOUNT.fullmatch, texts)):
        return None
    values: Iterable[Decimal] = map(Decimal, texts)
    if reading.inflows_negative:
        values = map(Decimal.__neg__, values)
    return dict(zip(texts, values, strict=True))


def _fast_rows(rows: Rows, reading: _Reading) -> list[ParsedRow] | None:
    """Column at a time, each distinct value read once: ~5x faster than row at a time.

    Returns None at the first doubt; the row-at-a-time path then finds and names the error.
    """
    cols, width = reading.cols, reading.width
    if "amount" not in cols:
        return None
    padded = [c for _, c in rows]
    if min(map(len, padded), default=width) < width:
        padded = [c if len(c) >= width else c + [""] * (width - len(c)) for c in padded]

    def column(key: str) -> list[str] | None:
        idx = cols.get(key)
        return None if idx is None else list(map(str.strip, map(itemgetter(idx), padded)))

    try:
        days = list(map(reading.dates.__getitem__, column("date") or ()))
    except KeyError:
        return None
    amount_col = column("amount") or []
    amounts = _plain_amounts(set(amount_col), reading)
    if amounts is None:
        amounts = {}
        for v in set(amount_col):
            if not v:
                return None
            try:
                a = parse_amount(v, reading.comma)
            except AmountFormatError:
                return None
            amounts[v] = -a if reading.inflows_negative else a
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
    amount_values = list(map(amounts.__getitem__, amount_col))
    lines = _fast_splits(rows, column("split"), amount_values, reading)
    if lines is None:
        return None
    blank: Iterator[str] = repeat("")
    # tuple.__new__ builds each row in C; the zip gives exactly ParsedRow's 12 fields.
    return list(
        map(
            partial(tuple.__new__, ParsedRow),
            zip(
                map(itemgetter(0), rows),
                days,
                amount_values,
                column("payee") or blank,
                column("memo") or blank,
                column("category") or blank,
                currencies,
                _or_none(column("external_id")),
                acc_col if acc_col is not None else repeat(None),
                _or_none(column("transfer_id")),
                tags,
                lines,
                strict=False,  # the repeat() columns are endless
            ),
        )
    )


def _fast_splits(
    rows: Rows, col: list[str] | None, amounts: list[Decimal], reading: _Reading
) -> list[tuple[ParsedSplit, ...]] | Iterator[tuple[ParsedSplit, ...]] | None:
    """Each row's split lines (an endless run of none without a split column); None at the
    first bad cell, so the row-at-a-time path names it."""
    if col is None or not any(col):
        return repeat(())
    out: list[tuple[ParsedSplit, ...]] = []
    for (line, _cells), text, amount in zip(rows, col, amounts, strict=True):
        try:
            out.append(_splits(text, amount, line, reading) if text else ())
        except SplitCellError:
            return None
    return out


def _splits(text: str, amount: Decimal, line: int, reading: _Reading) -> tuple[ParsedSplit, ...]:
    return parse_split_cell(
        text, amount, line, comma=reading.comma, negate=reading.inflows_negative
    )


def _or_none(col: list[str] | None) -> Iterable[str | None]:
    """A column with blank cells as None (all None when the file has no such column)."""
    if col is None:
        return repeat(None)
    return col if all(col) else [v or None for v in col]


class _CellError(Exception):
    # The reason first, the field by keyword: the text is what a window translates.
    def __init__(self, why: str, *, field: str) -> None:
        super().__init__(why)
        self.field = field
        self.reason = why


def _amount(text: str, fld: str, decimal_comma: bool) -> Decimal:
    try:
        return parse_amount(text, decimal_comma)
    except AmountFormatError as exc:
        raise _CellError(reason(exc), field=fld) from None


def _signed_amount(cells: list[str], reading: _Reading) -> Decimal:
    """The row's amount in the entry sign: the amount column (signed by the direction column
    when there is one) or credit minus debit, then the fee."""
    get = reading.cols.get
    comma = reading.comma
    idx = get("amount")
    if idx is not None:
        raw = cells[idx].strip()
        if not raw:
            raise _CellError(Message("missing amount"), field="amount")
        amount = _amount(raw, "amount", comma)
        if reading.directions is not None:
            try:
                sign = reading.directions.sign(cells[reading.cols["direction"]])
            except DirectionValueError as exc:
                raise _CellError(reason(exc), field="direction") from None
            if amount < 0 and sign > 0:
                raise _CellError(
                    Message("the amount is negative but the direction column says money in"),
                    field="amount",
                )
            amount = abs(amount) * sign
        elif reading.inflows_negative:
            amount = -amount
    else:
        debit = _cell(cells, get("debit"))
        credit = _cell(cells, get("credit"))
        if not debit and not credit:
            raise _CellError(Message("neither debit nor credit has an amount"), field="amount")
        amount = Decimal(0)
        if credit:
            amount += abs(_amount(credit, "credit", comma))
        if debit:
            amount -= abs(_amount(debit, "debit", comma))
    fee_text = _cell(cells, get("fee"))
    if fee_text:
        fee = _amount(fee_text, "fee", comma)
        amount = amount + fee if reading.fees_signed else amount - abs(fee)
    return amount


def _row(line: int, cells: list[str], reading: _Reading) -> ParsedRow:
    width = reading.width
    if len(cells) < width:
        cells = cells + [""] * (width - len(cells))
    get = reading.cols.get
    raw_date = cells[reading.cols["date"]].strip()
    if not raw_date:
        raise _CellError(_missing_date(reading.has_state), field="date")
    day = reading.dates[raw_date]
    amount = _signed_amount(cells, reading)
    cur: str | None = None
    idx = get("currency")
    if idx is not None:
        raw_cur = cells[idx].strip()
        if not raw_cur:
            raise _CellError(Message("missing currency"), field="currency")
        try:
            cur = currency(raw_cur)
        except CurrencyError as exc:
            raise _CellError(reason(exc), field="currency") from None
    account: str | None = None
    idx = get("account")
    if idx is not None:
        account = cells[idx].strip()
        if not account:
            raise _CellError(Message("missing account"), field="account")
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
    lines: tuple[ParsedSplit, ...] = ()
    idx = get("split")
    if idx is not None and cells[idx].strip():
        try:
            lines = _splits(cells[idx], amount, line, reading)
        except SplitCellError as exc:
            raise _CellError(reason(exc), field="split") from None
    return ParsedRow(
        line,
        day,
        amount,
        payee,
        memo,
        category,
        cur,
        external_id,
        account,
        transfer_ref,
        tags,
        lines,
    )


def read_csv(
    data: bytes, name: str, mapping: CsvMapping | None = None, options: CsvOptions | None = None
) -> ParsedFile:
    """Parse a whole CSV file strictly: any bad row raises ``ImportFileError``."""
    options = options or CsvOptions()
    table = read_table_with(data, name, options)
    mapping = mapping or guess_mapping(table.header)
    return parse_table(table, name, mapping, options).parsed


def sample_amounts(table: CsvTable, mapping: CsvMapping, n: int = 200) -> list[str]:
    """Amount cells from the first rows, to guess the decimal separator for a preview."""
    idx = [
        i
        for f in ("amount", "debit", "credit")
        if (col := getattr(mapping, f)) and (i := column_at(table.header, col)) is not None
    ]
    return [_cell(c, i) for _, c in table.rows[:n] for i in idx]


def suggest_options(table: CsvTable, mapping: CsvMapping) -> CsvOptions:
    """Options a wizard starts from: the decimal separator the first amounts decide (left to
    detect when they do not, so the preview asks), the encoding and delimiter read with."""
    try:
        comma: bool | None = decide_decimal_comma(sample_amounts(table, mapping))
    except AmbiguousSeparatorError:
        comma = None
    return CsvOptions(decimal_comma=comma, encoding=table.encoding, delimiter=table.delimiter)


def iter_field_errors(result: CsvResult, name: str) -> Iterator[str]:
    for e in result.errors:
        yield e.message(name)
