"""Exports: entries as CSV, and the whole book as a zip of CSVs that imports back exactly.

Money columns are written as decimal amounts in the row's currency (never minor units, so
the files read well in a spreadsheet) and read back exactly. Derived data (materialized
balances, sync runs) and the undo journal are not exported: they are rebuilt. The id floors
(``store.id_floors``) are: a book moved through a zip never gives an id its source gave.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.splits import lines_text
from permoney_desktop.domain.spreadsheet_cells import spreadsheet_row
from permoney_desktop.services import gate
from permoney_desktop.services.book_reader import (
    BOOK_FILES,
    BOOK_FORMAT,
    BOOK_VERSION,
    BookImportError,
    book_rows,
    open_book,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import disk_space, id_floors, split_queries, split_reads
from permoney_desktop.store import export_queries as q
from permoney_desktop.store.table_info import money_columns, table_columns
from permoney_desktop.store.types import SqlConnection

__all__ = [
    "BOOK_FORMAT",
    "BOOK_VERSION",
    "ENTRY_COLUMNS",
    "BookImportError",
    "EntryExportFilter",
    "export_book",
    "export_entries_csv",
    "import_book",
]

# CRLF (RFC 4180), not "\n": Python's csv writer quotes a cell holding a line-end character
# only when that character is in the line terminator, so with "\n" alone a note with a
# carriage return was written bare and read back as two rows.
CSV_LINE_END = "\r\n"

# "entry_id", not "id": an import would read a bare "id" column as the bank's external id.
ENTRY_COLUMNS = (
    "entry_id",
    "date",
    "account",
    "kind",
    "amount",
    "currency",
    "payee",
    "notes",
    "category",
    "merchant",
    "tags",
    "transfer_id",
    "external_id",
    "split",  # a split entry's lines (domain.splits.lines_text); its amount stays the total
)
# Entries whose lines are read at once while the CSV streams.
_LINE_CHUNK = 2000


@dataclass(frozen=True)
class EntryExportFilter:
    """Which entries to export; ``None`` everywhere means all of them."""

    account_ids: Sequence[int] | None = None
    since: date | None = None
    until: date | None = None
    entry_ids: Sequence[int] | None = None
    include_valuations: bool = True


def _amount_text(minor: int, cur: str) -> str:
    return str(Money.from_minor(int(minor), cur).amount)


def export_entries_csv(ledger: Ledger, path: Path, flt: EntryExportFilter | None = None) -> int:
    """Write entries (all, or the filter's) to a UTF-8 CSV that ``permoney import`` reads.

    Text that a spreadsheet would run as a formula gets a leading apostrophe
    (``domain.spreadsheet_cells``); the book zip keeps such text exactly."""
    flt = flt or EntryExportFilter()
    count = 0
    with (
        ledger.book.reading() as session,
        disk_space.written_whole(path) as partial,
        partial.open("w", newline="", encoding="utf-8") as fh,
    ):
        writer = csv.writer(fh, lineterminator=CSV_LINE_END)
        writer.writerow(ENTRY_COLUMNS)
        rows = q.entry_rows(
            session.connection(),
            account_ids=flt.account_ids,
            entry_ids=flt.entry_ids,
            since=flt.since,
            until=flt.until,
            include_valuations=flt.include_valuations,
        )
        conn = session.connection()
        split = split_queries.any_lines(conn)
        for chunk in _chunks(rows, _LINE_CHUNK):
            lines = split_reads.lines_of(conn, [int(r[0]) for r in chunk]) if split else {}
            for r in chunk:
                row = list(r)
                row[4] = _amount_text(row[4], row[5])
                mine = lines.get(int(row[0]))
                row.append(lines_text(mine, str(row[5])) if mine else "")
                writer.writerow(spreadsheet_row("" if v is None else v for v in row))
            count += len(chunk)
    return count


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for r in rows:
        chunk.append(r)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- whole book ---------------------------------------------------------------------------------


def export_book(ledger: Ledger, path: Path) -> dict[str, int]:
    """Write the whole book to a zip of CSV files; returns the row count per file."""
    with ledger.book.reading() as session:
        return write_book_zip(session.connection(), path, str(ledger.base_currency))


def write_book_zip(conn: SqlConnection, path: Path, base_currency: str) -> dict[str, int]:
    """The book behind ``conn`` (in the caller's read snapshot) as a book zip at ``path``."""
    counts: dict[str, int] = {}
    with (
        disk_space.written_whole(path) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        for fname, table, part in BOOK_FILES:
            cols = table_columns(table)
            money = money_columns(table)
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator=CSV_LINE_END)
            writer.writerow(cols)
            n = 0
            cur_idx = cols.index("currency") if "currency" in cols else -1
            for r in q.table_rows(conn, table, cols, part):
                row = list(r)
                for i, c in enumerate(cols):
                    if c in money and row[i] is not None:
                        row[i] = _amount_text(row[i], row[cur_idx])
                writer.writerow(["" if v is None else v for v in row])
                n += 1
            zf.writestr(fname, buf.getvalue())
            counts[fname] = n
        manifest = {
            "format": BOOK_FORMAT,
            "version": BOOK_VERSION,
            "base_currency": base_currency,
            "counts": counts,
        }
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
    return counts


def import_book(
    ledger: Ledger, path: Path, progress: Callable[[int], object] | None = None
) -> Changes:
    """Load a book zip into this (empty) book as one undo step, keeping every id.

    The rows are streamed: each checked chunk (``book_reader.book_rows``) is inserted as it is
    read, all inside the one write, so memory stays flat however big the book. A zip with any
    bad cell, id or reference still changes nothing: the error (file, line, field) comes before
    the write commits, and the whole write rolls back.
    """
    with (
        open_book(path) as book,
        gate.write(ledger, Message("Import book {file}", file=path.name)) as w,
    ):
        if q.has_accounts_or_categories(w.conn):
            raise BookImportError(
                Message("a book export goes into an empty book; this one has data")
            )
        first_day: dict[int, date] = {}
        written = 0
        for table, header, rows in book_rows(book, lambda ids: q.entry_facts(w.conn, ids)):
            if table == id_floors.TABLE:
                # Outside the journal, as every floor: undoing the import must not lower them.
                at = header.index("table_name"), header.index("floor")
                id_floors.raise_floors(w.conn, [(r[at[0]], r[at[1]]) for r in rows])
            else:
                w.journal.insert(table, rows, header)
            written += len(rows)
            if progress is not None:
                progress(written)  # rows written so far (a long copy's progress line)
            if table == "entries":
                _entry_days(header, rows, first_day)
            elif table == "accounts":
                _account_days(header, rows, first_day)
        for account_id, day in first_day.items():
            w.touch(account_id, day)
        q.put_base_currency(w.conn, json.dumps(book.base_currency))
        w.mark(*ChangeKind)
    return w.changes


def _entry_days(header: list[str], rows: list[tuple[Any, ...]], first_day: dict[int, date]) -> None:
    """Each account's earliest entry day so far (its balances are computed from there)."""
    acc_i, date_i = header.index("account_id"), header.index("date")
    earliest: dict[int, str] = {}
    for r in rows:
        acc, day = int(r[acc_i]), r[date_i]
        if day and (acc not in earliest or day < earliest[acc]):
            earliest[acc] = day
    for acc, day in earliest.items():
        d = date.fromisoformat(day)
        first_day[acc] = min(d, first_day.get(acc, d))


def _account_days(
    header: list[str], rows: list[tuple[Any, ...]], first_day: dict[int, date]
) -> None:
    """Every account is computed once (from its opening date, else from today)."""
    id_i = header.index("id")
    date_i = header.index("opening_date") if "opening_date" in header else -1
    for r in rows:
        acc = int(r[id_i])
        day = r[date_i] if date_i >= 0 else None
        if day:
            d = date.fromisoformat(day)
            first_day[acc] = min(d, first_day.get(acc, d))
        first_day.setdefault(acc, date.today())
