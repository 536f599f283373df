"""Which of a CSV's rows are transactions: rows left out by a filter (``--only State=COMPLETED``)
and the lines around the data that are not rows at all (a balance line after the header, an
``***END OF FILE***`` trailer), each counted and reported, never silently dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from permoney_desktop.domain.imports.csv_mapping import CsvOptions
from permoney_desktop.domain.imports.csv_table import CsvTable
from permoney_desktop.domain.imports.records import ImportFileError

Rows = list[tuple[int, list[str]]]

_DIGIT = re.compile(r"\d")


def column_at(header: Sequence[str], column: str) -> int | None:
    """The index of ``column``: by header name (case-insensitive), else by its number (1 is the
    first column) when no header cell has that name."""
    key = column.strip().casefold()
    for i, h in enumerate(header):
        if h.strip().casefold() == key:
            return i
    if key.isdigit() and 1 <= int(key) <= len(header):
        return int(key) - 1
    return None


def apply_only(
    header: Sequence[str],
    header_line: int,
    rows: Rows,
    only: Sequence[tuple[str, str]],
    name: str,
) -> tuple[Rows, int]:
    """The rows whose every ``(column, value)`` matches (case-insensitive), and how many were
    left out."""
    if not only:
        return rows, 0
    tests: list[tuple[int, str]] = []
    for column, value in only:
        idx = column_at(header, column)
        if idx is None:
            cols = ", ".join(repr(h) for h in header)
            raise ImportFileError(
                name, header_line, "only", f"column {column!r} not found (columns: {cols})"
            )
        tests.append((idx, value.strip().casefold()))
    kept = [
        (line, cells)
        for line, cells in rows
        if all((cells[i].strip().casefold() if i < len(cells) else "") == v for i, v in tests)
    ]
    return kept, len(rows) - len(kept)


def _not_a_row(cells: list[str], date_idx: int, amount_idx: Sequence[int]) -> bool:
    """A line with no date where the date column is (blank, or text without a digit) and no
    amount: a balance line or a trailer, not a transaction without its date."""
    text = cells[date_idx].strip() if date_idx < len(cells) else ""
    if _DIGIT.search(text) is not None:
        return False
    return not any(cells[i].strip() for i in amount_idx if i < len(cells))


def trim_edges(rows: Rows, date_idx: int, amount_idx: Sequence[int]) -> tuple[Rows, list[int]]:
    """The rows from the first to the last one with a date, and the lines before and after
    them that have neither a date nor an amount (Venmo's balance lines, a trailer). Such a
    line between dated rows stays: it is a malformed row, and the import names it."""
    start = 0
    while start < len(rows) and _not_a_row(rows[start][1], date_idx, amount_idx):
        start += 1
    end = len(rows)
    while end > start and _not_a_row(rows[end - 1][1], date_idx, amount_idx):
        end -= 1
    if start == 0 and end == len(rows):
        return rows, []
    ignored = [ln for ln, _ in rows[:start]] + [ln for ln, _ in rows[end:]]
    return rows[start:end], ignored


def lines_text(lines: Sequence[int]) -> str:
    """Line numbers as a short text: "3", "3 and 9", "1–13", "2, 40–41"."""
    if not lines:
        return ""
    runs: list[tuple[int, int]] = []
    for ln in sorted(lines):
        if runs and ln == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], ln)
        else:
            runs.append((ln, ln))
    parts = [str(a) if a == b else f"{a}\u2013{b}" for a, b in runs]
    if len(parts) > 6:
        parts = [*parts[:5], "…", parts[-1]]
    if len(parts) == 2:
        return " and ".join(parts)
    return ", ".join(parts)


def column_texts(rows: Rows, idx: int) -> set[str]:
    """The distinct (stripped) cells of one column (C-level passes when every row has it)."""
    try:
        return set(map(str.strip, map(itemgetter(idx), map(itemgetter(1), rows))))
    except IndexError:  # a short row: its missing cell is not a value
        return {c[idx].strip() for _, c in rows if idx < len(c)}


def amount_columns(cols: dict[str, int]) -> list[int]:
    """The indexes of the columns that hold a row's amount."""
    return [cols[f] for f in ("amount", "debit", "credit") if f in cols]


def select_rows(
    table: CsvTable, name: str, cols: dict[str, int], options: CsvOptions
) -> tuple[Rows, list[str]]:
    """The rows to read (filtered, the lines around the data set aside) and the notes saying
    what was left out."""
    notes: list[str] = []
    if table.preamble:
        notes.append(
            f"{name}: the header is on line {table.header_line}; the "
            f"{count_text(len(table.preamble), 'line')} before it ({lines_phrase(table.preamble)}) "
            "are the bank's notes, not rows"
        )
    rows, left_out = apply_only(table.header, table.header_line, table.rows, options.only, name)
    if left_out:
        what = " and ".join(f"{c} is {v}" for c, v in options.only)
        notes.append(f"{name}: left out {count_text(left_out, 'row')} (only rows where {what})")
    rows, ignored = trim_edges(rows, cols["date"], amount_columns(cols))
    if ignored:
        notes.append(
            f"{name}: ignored {count_text(len(ignored), 'line')} without a date before or "
            f"after the rows ({lines_phrase(ignored)})"
        )
    return rows, notes


def lines_phrase(lines: Sequence[int]) -> str:
    """ "line 6" or "lines 4 and 8"."""
    return f"line {lines[0]}" if len(lines) == 1 else f"lines {lines_text(lines)}"


def count_text(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
