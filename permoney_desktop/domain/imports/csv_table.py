"""A CSV file's raw cells: the encoding, the delimiter, the header row (found after a bank's
preamble, or given, or absent) and each data row with its line number."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress, count

from permoney_desktop.domain.imports.csv_mapping import guess_mapping
from permoney_desktop.domain.imports.records import ImportFileError

DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1")
_FIELD_LIMIT = 1 << 20
# A header is looked for among this many rows at the top (German ING has 13 lines of notes).
HEADER_SEARCH_ROWS = 60
_SNIFF_LINES = 60


@dataclass
class CsvTable:
    """The raw cells of a CSV file: the header, and each data row with its line number.

    ``preamble``: the line numbers of the non-blank lines before the header (a bank's notes
    about the account), never read as rows. ``headerless``: the columns are named "1", "2"…
    """

    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str
    preamble: list[int] = field(default_factory=list)
    headerless: bool = False


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding used: a BOM (UTF-8, UTF-16), else UTF-8, else cp1252;
    or as told."""
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"  # a spreadsheet's "Unicode text": the BOM says the order
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
    """The delimiter that splits most of the first lines into the same number (>1) of columns.

    Scored by the most common column count, not the first line's: a bank's preamble lines
    ("IBAN;DE12…") have fewer columns than its rows.
    """
    lines = [ln for ln in text[:65536].splitlines()[:_SNIFF_LINES] if ln.strip()]
    if not lines:
        return ","
    best, best_score = ",", (-1, -1)
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        wide = Counter(c for c in counts if c >= 2)
        if not wide:
            continue
        width, often = max(wide.items(), key=lambda kv: (kv[1], kv[0]))
        score = (often, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_table(
    data: bytes,
    name: str,
    encoding: str | None = None,
    delimiter: str | None = None,
    *,
    header_row: int | None = None,
    skip_lines: int = 0,
    no_header: bool = False,
) -> CsvTable:
    """The file's cells. The header is line ``header_row`` when given, else the first row
    after ``skip_lines`` lines that names a date and an amount column (or, failing that, the
    first row with two filled cells); ``no_header`` reads every row as data."""
    text, used = decode(data, name, encoding)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFileError(name, line, "encoding", "NUL byte in a text file (is it binary?)")
    delim = delimiter or sniff_delimiter(text)
    csv.field_size_limit(_FIELD_LIMIT)
    rows = _single_line_rows(text, delim)
    if rows is None:
        rows = _spanning_rows(text, delim, name)
    if skip_lines:
        rows = [r for r in rows if r[0] > skip_lines]
    if not rows:
        raise ImportFileError(name, 0, "", "the file is empty")
    if no_header:
        width = max(len(c) for _, c in rows)
        header = [str(i) for i in range(1, width + 1)]
        return CsvTable(header, 0, rows, used, delim, headerless=True)
    at = _header_index(rows, header_row, name)
    header_line, first = rows[at]
    preamble = [ln for ln, _ in rows[:at]]
    return CsvTable([c.strip() for c in first], header_line, rows[at + 1 :], used, delim, preamble)


def _header_index(rows: list[tuple[int, list[str]]], header_row: int | None, name: str) -> int:
    if header_row is not None:
        for i, (line, _cells) in enumerate(rows):
            if line == header_row:
                return i
        raise ImportFileError(
            name, header_row, "header", "this line is blank or past the end of the file"
        )
    top = rows[:HEADER_SEARCH_ROWS]
    for i, (_line, cells) in enumerate(top):
        guess = guess_mapping(cells)
        if guess.date and (guess.amount or guess.debit or guess.credit):
            return i
    # No row names both: the first row with two filled cells (a title line is passed over).
    return next((i for i, (_ln, c) in enumerate(top) if sum(1 for x in c if x.strip()) >= 2), 0)


def _spanning_rows(text: str, delim: str, name: str) -> list[tuple[int, list[str]]]:
    """The non-blank rows with the line each starts on, when some cell holds a line break."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if "".join(cells).strip():  # rows of blank cells (",,,") are blank lines
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(name, reader.line_num, "", f"malformed CSV: {exc}") from None
    return rows


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
