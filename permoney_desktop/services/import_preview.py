"""The import wizard's live preview: the first rows of a file as they will be imported, read
from the head of the file only, and the sentences that say which rows change currency.

A mapping change on a 100k-row CSV must not reread and re-plan the whole file. The preview
decodes the bytes once (a C-speed check: one cp1252 byte anywhere decides the encoding), then
reads a bounded head: ``DATE_SAMPLE`` data lines to decide the date format (01/02 vs 02/01 is
decided by the sample or reported as ambiguous, never guessed), of which the first ``limit``
rows are parsed, checked and run through the book's rules. The whole file is still parsed and
validated by ``imports.plan_import`` before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.imports import csv_format
from permoney_desktop.domain.imports.csv_format import (
    CsvMapping,
    CsvOptions,
    CsvTable,
    DirectionUnconfirmedError,
)
from permoney_desktop.domain.imports.csv_select import apply_only, column_at, trim_edges
from permoney_desktop.domain.imports.dates import DateFormatError, detect_format, parser_for
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedRow,
)
from permoney_desktop.domain.messages import Message, reason
from permoney_desktop.domain.rules import CATEGORY, CompiledRules
from permoney_desktop.services import imports
from permoney_desktop.services import rules as rules_service
from permoney_desktop.services.imports import ImportRequest
from permoney_desktop.services.imports.files import as_csv_request
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import category_queries, rate_queries

PREVIEW_ROWS = 50
# Data lines read to decide the date format: a few months of a busy account have days > 12.
DATE_SAMPLE = 5_000
# Unreadable dates set aside while deciding the format before the preview gives up on it.
_DATE_RETRIES = 8


@dataclass(frozen=True, slots=True)
class HeadRow:
    """One row as it will be imported (rules applied), or the reason it cannot be."""

    line: int
    date: date | None
    amount: Decimal | None
    currency: str  # "" = the target account's
    payee: str
    memo: str
    category: str
    account: str
    error: str = ""
    by_rules: tuple[str, ...] = ()  # the fields a rule filled in ("payee", "category")


@dataclass(frozen=True)
class HeadPreview:
    format: FileFormat
    header: list[str]
    mapping: CsvMapping | None
    options: CsvOptions | None  # the options the preview read with (detected ones filled in)
    rows: list[HeadRow]
    errors: list[str]  # one message per bad row seen (file, line, field, reason)
    file_error: str | None
    rows_in_file: int  # exact when ``complete``, else estimated from the line count
    complete: bool  # the whole file was read
    sampled: int  # data rows the date format was decided over
    date_format: str | None = None
    # Set when the amounts have no sign and a column looks like a direction: the wizard asks.
    direction_question: DirectionUnconfirmedError | None = None

    @property
    def ok(self) -> bool:
        return self.file_error is None and not self.errors


def preview_head(
    ledger: Ledger,
    request: ImportRequest,
    *,
    limit: int = PREVIEW_ROWS,
    date_sample: int = DATE_SAMPLE,
) -> HeadPreview:
    """The first ``limit`` rows as they will be imported; never raises for a bad file.

    With ``request.mapping`` None the mapping and options are guessed from the header and the
    first rows (the wizard's first look at a file).
    """
    fmt = request.format or imports.detect_format(request.data, request.name)
    if fmt is not FileFormat.CSV:
        return _statement_preview(ledger, replace(request, format=fmt), limit)
    try:
        request = as_csv_request(request)
        table, complete = _head_table(request, max(date_sample, limit))
    except ImportFileError as exc:
        return HeadPreview(fmt, [], None, None, [], [], reason(exc), 0, False, 0)
    estimate = len(table.rows) if complete else _estimate_rows(request.data, table)
    mapping = request.mapping or csv_format.guess_mapping(table.header)
    options = request.options
    if request.mapping is None and request.options == CsvOptions():
        options = csv_format.suggest_options(table, mapping)
    elif options.encoding is None or options.delimiter is None:
        options = replace(options, encoding=table.encoding, delimiter=table.delimiter)

    def result(
        rows: list[HeadRow], errors: list[str], file_error: str | None, date_fmt: str | None
    ) -> HeadPreview:
        return HeadPreview(
            fmt,
            table.header,
            mapping,
            options,
            rows,
            errors,
            file_error,
            estimate,
            complete,
            len(table.rows),
            date_fmt,
        )

    name = request.name
    try:
        cols = _date_column(table, name, mapping)
    except ImportFileError as exc:
        return result([], [], reason(exc), None)
    try:
        table = _data_rows(table, mapping, options, complete, name)
    except ImportFileError as exc:
        return result([], [], reason(exc), None)
    if complete:
        estimate = len(table.rows)  # the lines around the data are not rows
    shown = table.rows[:limit]
    errors: dict[int, str] = {}  # line → message, for unreadable dates met in the sample
    bad_dates: dict[int, str] = {}  # line → why its date cannot be read
    date_fmt = options.date_format
    if date_fmt is None:
        date_fmt, problem = _decide_date_format(table, cols, complete, name, errors)
        if date_fmt is None:
            return result([], list(errors.values()), problem, None)
    parse = parser_for(date_fmt)
    for line, cells in shown:
        text = cells[cols].strip() if cols < len(cells) else ""
        if not text:
            bad_dates[line] = csv_format.missing_date_reason(table.header)
        elif parse(text) is None:
            bad_dates[line] = f"cannot read date {text!r} as {human_date_format(date_fmt)}"
    readable = CsvTable(
        table.header,
        table.header_line,
        [r for r in shown if r[0] not in bad_dates],
        table.encoding,
        table.delimiter,
    )
    parsed: dict[int, ParsedRow] = {}
    row_errors: dict[int, str] = {}
    if readable.rows:
        try:
            res = csv_format.parse_table(
                readable, name, mapping, replace(options, date_format=date_fmt), lenient=True
            )
        except DirectionUnconfirmedError as exc:
            return replace(
                result([], list(errors.values()), reason(exc), date_fmt), direction_question=exc
            )
        except ImportFileError as exc:
            return result([], list(errors.values()), reason(exc), date_fmt)
        if res.file_error is not None:
            return result([], list(errors.values()), reason(res.file_error), date_fmt)
        parsed = {r.line: r for r in res.parsed.rows}
        row_errors = {e.line: e.message(name) for e in res.errors}
    for line, why in bad_dates.items():
        row_errors[line] = reason(ImportFileError(name, line, "date", why))
    filled = _apply_rules(ledger, [parsed[ln] for ln, _ in shown if ln in parsed], request)
    rows: list[HeadRow] = []
    for line, cells in shown:
        if line in parsed:
            rows.append(filled.get(line) or head_row(parsed[line], request.account))
        else:
            why = row_errors.get(line, "")
            rows.append(HeadRow(line, None, None, "", " | ".join(cells)[:200], "", "", "", why))
    shown_errors = [row_errors[ln] for ln, _ in shown if ln in row_errors]
    later = [message for line, message in errors.items() if line not in row_errors]
    return result(rows, shown_errors + later, None, date_fmt)


def human_date_format(fmt: str) -> str:
    """``%d/%m/%Y`` as a person writes it: DD/MM/YYYY."""
    out = fmt
    for code, text in (("%Y", "YYYY"), ("%y", "YY"), ("%m", "MM"), ("%d", "DD")):
        out = out.replace(code, text)
    return out.replace("%b", "Mon").replace("%B", "Month")


# -- reading the head of a CSV ---------------------------------------------------------------


def _head_table(request: ImportRequest, data_lines: int) -> tuple[CsvTable, bool]:
    """The header and up to ``data_lines`` rows; True when that is the whole file."""
    data = request.data
    encoding = request.options.encoding
    if encoding is None:
        # BOM, else UTF-8 if the whole file decodes, else cp1252 (as the import decides).
        _text, encoding = csv_format.decode(data, request.name, None)
    cut = _line_end(data, data_lines + 1 + _leading_blank_lines(data))
    if encoding.startswith("utf-16"):
        cut = len(data)  # a newline byte is half a character there: read it whole
    complete = cut >= len(data)
    table = csv_format.read_table_with(
        data[:cut], request.name, replace(request.options, encoding=encoding)
    )
    if not complete and table.rows:
        # The cut is at a line end, but a quoted cell may span lines: the last row may be partial.
        table.rows.pop()
    return table, complete


def _leading_blank_lines(data: bytes) -> int:
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    return data[: len(data) - len(stripped)].count(b"\n")


def _line_end(data: bytes, lines: int) -> int:
    """The offset just after the ``lines``-th newline (the end of the data if fewer)."""
    pos = 0
    for _ in range(lines):
        nxt = data.find(b"\n", pos)
        if nxt < 0:
            return len(data)
        pos = nxt + 1
    return pos


def _data_rows(
    table: CsvTable, mapping: CsvMapping, options: CsvOptions, complete: bool, name: str
) -> CsvTable:
    """The head's rows as the import reads them: filtered (``only``), the dateless lines
    before the data set aside, and those after it when the head is the whole file."""
    date_idx = column_at(table.header, mapping.date or "")
    amount_idx = [
        i
        for col in (mapping.amount, mapping.debit, mapping.credit)
        if col and (i := column_at(table.header, col)) is not None
    ]
    if date_idx is None:
        return table
    filtered, _left_out = apply_only(
        table.header, table.header_line, table.rows, options.only, name
    )
    kept, _ignored = trim_edges(filtered, date_idx, amount_idx)
    if not complete and kept:
        kept = filtered[filtered.index(kept[0]) :]  # a cut head has no end yet
    return replace(table, rows=kept)


def _estimate_rows(data: bytes, table: CsvTable) -> int:
    """Rows in the whole file from its line count (exact unless cells span lines)."""
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    return max(lines - table.header_line, len(table.rows))


def _date_column(table: CsvTable, name: str, mapping: CsvMapping) -> int:
    """The date column's index; raises the import's own error for a missing column."""
    for fld, col in mapping.mapped().items():
        if column_at(table.header, col) is None:
            cols = ", ".join(repr(h) for h in table.header)
            raise ImportFileError(
                name, table.header_line, fld, f"column {col!r} not found (columns: {cols})"
            )
    if not mapping.date:
        raise ImportFileError(name, table.header_line, "date", csv_format.no_date_reason(table))
    if not (mapping.amount or mapping.debit or mapping.credit):
        raise ImportFileError(
            name, table.header_line, "amount", "no amount (or debit/credit) column mapped"
        )
    found = column_at(table.header, mapping.date)
    assert found is not None  # checked above
    return found


def _decide_date_format(
    table: CsvTable, col: int, complete: bool, name: str, errors: dict[int, str]
) -> tuple[str | None, str | None]:
    """The one format the sampled dates fit, as the import would detect it over every row.

    Unreadable dates are set aside (reported in ``errors`` with their line) so one bad row
    does not hide the preview; an ambiguous sample is reported, with how much was sampled.
    """
    values = {c[col].strip(): ln for ln, c in reversed(table.rows) if col < len(c)}
    values.pop("", None)
    for _ in range(_DATE_RETRIES):
        if not values:
            why = Message("no dates to read")
            return None, reason(ImportFileError(name, table.header_line, "date", why))
        try:
            return detect_format(values).format, None
        except DateFormatError as exc:
            message = reason(exc)
            if message.startswith("ambiguous"):
                if not complete:
                    message = _sampled(message, len(table.rows))
                return None, reason(
                    ImportFileError(name, values.get(exc.value, 0), "date", message)
                )
            line = values.pop(exc.value, 0)
            if not line:
                return None, reason(ImportFileError(name, table.header_line, "date", message))
            why = Message("cannot read date {value!r}", value=exc.value)
            errors[line] = reason(ImportFileError(name, line, "date", why))
    why = Message(
        "no known date format reads the dates of the first {rows} rows; choose one",
        rows=f"{len(table.rows):,}",
    )
    return None, reason(ImportFileError(name, table.header_line, "date", why))


def _sampled(message: str, rows: int) -> str:
    """An ambiguous-dates message saying it was decided over the first ``rows`` rows only."""
    if isinstance(message, Message) and message.template.startswith("ambiguous dates:"):
        return Message(
            "the dates in the first {rows} rows are ambiguous: {value!r} reads as {first} "
            "({first_format}) or {second} ({second_format}); choose the date format",
            **{**message.fields, "rows": f"{rows:,}"},
        )
    return message.replace(
        "ambiguous dates:", f"the dates in the first {rows:,} rows are ambiguous:"
    )


# -- rows as they will be imported ------------------------------------------------------------


def head_row(r: ParsedRow, account: str | None) -> HeadRow:
    """A parsed row as the preview shows it (the fixed account where the file names none)."""
    return HeadRow(
        r.line,
        r.date,
        r.amount,
        r.currency or "",
        r.payee,
        r.memo,
        r.category,
        r.account or account or "",
    )


def _apply_rules(
    ledger: Ledger, rows: Sequence[ParsedRow], request: ImportRequest
) -> dict[int, HeadRow]:
    """Rows a rule changes, as the import will write them (a field from the file wins)."""
    if not rows or not request.apply_rules:
        return {}
    compiled: CompiledRules = rules_service.compiled(ledger)
    if not len(compiled):
        return {}
    names: dict[int, str] | None = None
    out: dict[int, HeadRow] = {}
    for r in rows:
        hand_set = frozenset({CATEGORY} if r.category else ())
        outcome = compiled.evaluate_fields(r.payee, r.memo, r.amount, hand_set)
        if outcome.empty:
            continue
        row = head_row(r, request.account)
        filled: list[str] = []
        if outcome.payee is not None and outcome.payee != r.payee:
            row = replace(row, payee=outcome.payee)
            filled.append("payee")
        if outcome.category_id is not None and not r.category:
            names = names if names is not None else category_paths(ledger)
            row = replace(row, category=names.get(outcome.category_id, ""))
            filled.append("category")
        if filled:
            out[r.line] = replace(row, by_rules=tuple(filled))
    return out


def category_paths(ledger: Ledger) -> dict[int, str]:
    """Each category's id and its full name (Parent:Child)."""
    with ledger.book.reading() as session:
        rows = category_queries.all_categories(session.connection())
    sep = imports.CATEGORY_SEPARATOR
    return {int(i): str(n) if p is None else f"{p}{sep}{n}" for i, n, _k, _pid, p, _c in rows}


def _statement_preview(ledger: Ledger, request: ImportRequest, limit: int) -> HeadPreview:
    """OFX/QFX/QIF: the parser needs the whole document (statements are small)."""
    fmt = request.format or FileFormat.OFX
    try:
        parsed = imports.parse_file(request)
    except ImportFileError as exc:
        return HeadPreview(fmt, [], None, None, [], [], reason(exc), 0, False, 0)
    head = list(parsed.rows[:limit])
    filled = _apply_rules(ledger, head, request)
    rows = [filled.get(r.line) or head_row(r, request.account) for r in head]
    n = len(parsed.rows)
    return HeadPreview(fmt, [], None, None, rows, [], None, n, True, n)


# -- rows in another currency than their account -----------------------------------------------


@dataclass(frozen=True, slots=True)
class ForeignRows:
    """``rows`` new entries for ``account`` (kept in ``account_currency``) are in ``currency``."""

    account: str
    account_currency: str
    currency: str
    rows: int
    has_rates: bool = True


def foreign_rows(foreign: Mapping[tuple[str, str, str], int]) -> list[ForeignRows]:
    """The plan's or report's ``foreign`` counts, largest first."""
    return sorted(
        (ForeignRows(acc, acc_cur, cur, n) for (acc, acc_cur, cur), n in foreign.items() if n),
        key=lambda f: (-f.rows, f.account, f.currency),
    )


def with_rates(ledger: Ledger, found: Sequence[ForeignRows]) -> list[ForeignRows]:
    """Each group marked with whether the book has any rate between the two currencies."""
    if not found:
        return []
    with ledger.book.reading() as session:
        pairs = rate_queries.rate_pairs(session.connection())
    return [
        replace(
            f,
            has_rates=(f.currency, f.account_currency) in pairs
            or (f.account_currency, f.currency) in pairs,
        )
        for f in found
    ]


def _entries(n: int) -> str:
    return f"{n:,} entr{'ies' if n != 1 else 'y'}"


def currency_sentence(f: ForeignRows) -> str:
    """What happens to rows in another currency, for the wizard's summary."""
    text = (
        f"{_entries(f.rows)} for {f.account} {'are' if f.rows != 1 else 'is'} in {f.currency}, "
        f"not {f.account_currency} like the account. They keep their {f.currency} amounts; "
        f"{f.account}'s balance counts them in {f.account_currency} at the "
        f"{f.currency}→{f.account_currency} rate of each day."
    )
    if not f.has_rates:
        text += (
            f" The book has no {f.currency}/{f.account_currency} rates yet: until you add "
            "them, that balance is marked partial (⚠)."
        )
    return text


def currency_line(foreign: Mapping[tuple[str, str, str], int]) -> str | None:
    """One line for the CLI, or None when every row is in its account's currency."""
    found = foreign_rows(foreign)
    if not found:
        return None
    parts = [
        f"{f.rows} for {f.account!r} in {f.currency} (account in {f.account_currency})"
        for f in found
    ]
    return (
        "other currency: "
        + "; ".join(parts)
        + ": kept in their currency, converted at each day's rate in balances"
    )
