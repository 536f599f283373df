"""Reading bank files: the format detected, the whole file parsed, the first rows previewed."""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter
from pathlib import Path

from permoney_desktop.domain.imports import csv_format, file_kinds, workbook
from permoney_desktop.domain.imports.camt import looks_like_camt, read_camt
from permoney_desktop.domain.imports.csv_format import CsvOptions, RowError
from permoney_desktop.domain.imports.mt940 import looks_like_mt940, read_mt940
from permoney_desktop.domain.imports.ofx import looks_like_ofx, read_ofx
from permoney_desktop.domain.imports.qif import read_qif
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
)
from permoney_desktop.domain.limits import DateRangeError, check_date, date_in_range
from permoney_desktop.services.imports.types import ImportRequest, Preview, PreviewRow
from permoney_desktop.services.ledger import Ledger


def detect_format(data: bytes, name: str) -> FileFormat:
    """OFX/QFX, camt.053 and MT940 by content, QIF by its ``!Type``/``!Account`` header, CSV
    otherwise."""
    suffix = Path(name).suffix.lower()
    if looks_like_ofx(data):
        return FileFormat.QFX if suffix == ".qfx" else FileFormat.OFX
    if looks_like_camt(data):
        return FileFormat.CAMT
    if looks_like_mt940(data):
        return FileFormat.MT940
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"!type:", b"!account", b"!option:", b"!clear:")):
        return FileFormat.QIF
    if suffix in {".ofx", ".qfx"}:
        return FileFormat.QFX if suffix == ".qfx" else FileFormat.OFX
    if suffix == ".qif":
        return FileFormat.QIF
    return FileFormat.CSV


def file_problem(data: bytes, name: str) -> str | None:
    """Why a file is not a bank export the importer reads (a PDF, an archive…), or None."""
    if detect_format(data, name) is not FileFormat.CSV or workbook.kind(data) is not None:
        return None
    return file_kinds.problem(data)


def as_csv_request(request: ImportRequest) -> ImportRequest:
    """The request with a spreadsheet workbook's first sheet as CSV text (row n on line n);
    ``ImportFileError`` naming what the file is when it is no bank export at all."""
    if workbook.kind(request.data) is not None:
        return replace(request, data=workbook.as_csv(request.data, request.name))
    file_kinds.refuse_other_files(request.data, request.name)
    return request


def read_table(data: bytes, name: str, options: CsvOptions) -> csv_format.CsvTable:
    """A CSV's (or a workbook's first sheet's) cells, laid out as ``options`` say."""
    request = as_csv_request(ImportRequest(data=data, name=name))
    return csv_format.read_table_with(request.data, name, options)


def parse_file(request: ImportRequest) -> ParsedFile:
    """Parse and validate the whole file (strict): any bad row raises ``ImportFileError``."""
    return check_dates(_parse(request))


def check_dates(parsed: ParsedFile) -> ParsedFile:
    """``parsed`` itself, or ``ImportFileError`` at the first row dated outside what the book
    can hold (every format's rows pass here, so the range is checked in one place)."""
    days = list(map(attrgetter("date"), parsed.rows))
    if days and not (date_in_range(min(days)) and date_in_range(max(days))):
        for r in parsed.rows:  # the first bad row in file order, for its line
            try:
                check_date(r.date)
            except DateRangeError as exc:
                raise ImportFileError(parsed.name, r.line, "date", str(exc)) from None
    return parsed


def _parse(request: ImportRequest) -> ParsedFile:
    fmt = request.format or detect_format(request.data, request.name)
    if fmt in (FileFormat.OFX, FileFormat.QFX):
        return read_ofx(request.data, request.name, fmt)
    if fmt is FileFormat.CAMT:
        return read_camt(request.data, request.name)
    if fmt is FileFormat.MT940:
        return read_mt940(request.data, request.name)
    if fmt is FileFormat.QIF:
        return read_qif(
            request.data,
            request.name,
            date_format=request.options.date_format,
            decimal_comma=request.options.comma,
            encoding=request.options.encoding,
        )
    request = as_csv_request(request)
    refuse_other_kinds(request)
    return csv_format.read_csv(request.data, request.name, request.mapping, request.options)


# A CSV import makes transactions (and transfers, paired by their transfer id). A Permoney
# entries export says each row's kind; a valuation there is a balance level, not a flow, and
# read as a transaction it would add its whole level to the account.
IMPORTABLE_KINDS = frozenset({"", "transaction", "transfer"})


def refuse_other_kinds(request: ImportRequest) -> None:
    """Refuse a CSV with a ``kind`` column naming a row a CSV import cannot represent."""
    first_line = request.data[:4096].split(b"\n", 1)[0].lower()
    if b"kind" not in first_line:  # the cheap test: most bank files have no such column
        return
    table = csv_format.read_table_with(request.data, request.name, request.options)
    header = [h.strip().casefold() for h in table.header]
    if "kind" not in header:
        return
    at = header.index("kind")
    for line, cells in table.rows:
        kind = cells[at].strip().casefold() if at < len(cells) else ""
        if kind not in IMPORTABLE_KINDS:
            what = "a valuation (a balance level)" if kind == "valuation" else "not a transaction"
            raise ImportFileError(
                request.name,
                line,
                "kind",
                f"{what}, which a CSV import cannot make; import the whole book with "
                "import-book, or export the entries without valuations (--no-valuations)",
            )


def preview(ledger: Ledger, request: ImportRequest, limit: int = 20) -> Preview:
    """The first ``limit`` rows as they will be imported, errors shown per row, never raising
    for a bad file (the wizard shows ``file_error`` instead)."""
    del ledger  # the preview reads only the file; kept for a uniform service signature
    fmt = request.format or detect_format(request.data, request.name)
    if fmt is not FileFormat.CSV:
        try:
            parsed = parse_file(replace(request, format=fmt))
        except ImportFileError as exc:
            return Preview(fmt, [], None, None, [], [str(exc)], str(exc), 0)
        shown = [_preview_row(r, request.account) for r in parsed.rows[:limit]]
        return Preview(fmt, [], None, None, shown, [], None, len(parsed.rows))
    try:
        request = as_csv_request(request)
        table = csv_format.read_table_with(request.data, request.name, request.options)
    except ImportFileError as exc:
        return Preview(fmt, [], None, None, [], [str(exc)], str(exc), 0)
    mapping = request.mapping or csv_format.guess_mapping(table.header)
    options = request.options
    if request.mapping is None and request.options == CsvOptions():
        options = csv_format.suggest_options(table, mapping)
    try:
        result = csv_format.parse_table(table, request.name, mapping, options, lenient=True)
    except ImportFileError as exc:
        return Preview(
            fmt, table.header, mapping, options, [], [str(exc)], str(exc), len(table.rows)
        )
    errors_by_line = {e.line: e for e in result.errors}
    parsed_by_line = {r.line: r for r in result.parsed.rows}
    rows: list[PreviewRow] = []
    for line, cells in table.rows[:limit]:
        if line in parsed_by_line:
            rows.append(_preview_row(parsed_by_line[line], request.account))
        else:
            err: RowError | None = errors_by_line.get(line)
            rows.append(
                PreviewRow(
                    line,
                    None,
                    None,
                    " | ".join(cells)[:200],
                    "",
                    "",
                    "",
                    err.message(request.name) if err else "",
                )
            )
    return Preview(
        fmt,
        table.header,
        mapping,
        options,
        rows,
        [e.message(request.name) for e in result.errors],
        str(result.file_error) if result.file_error else None,
        len(table.rows),
        result.date_format,
    )


def _preview_row(r: ParsedRow, account: str | None) -> PreviewRow:
    return PreviewRow(
        r.line, r.date, r.amount, r.payee, r.memo, r.category, r.account or account or ""
    )
