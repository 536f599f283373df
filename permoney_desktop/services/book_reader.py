"""Reading a book zip for ``import-book``: the manifest, then every file, streamed and checked.

A book zip is untrusted input. Every cell, id and reference is checked (``book_cells`` for one
cell; here the rows as a whole: each id once, each reference to a row that is in the zip, each
name once). Members are streamed from the zip, never read whole, and refused when larger than
``MAX_MEMBER_BYTES`` or packed more tightly than ``MAX_RATIO`` (a zip bomb).

``book_rows`` hands the checked rows out in chunks as it reads them, so a million entries are
never all in memory: the caller writes each chunk as it comes, inside one transaction, and a
later bad row (or a check that can only run at the end of a file or of the zip: row counts,
self-references, transfer sides) raises before that transaction commits, so nothing is kept.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from permoney_desktop.domain.currency import all_codes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import book_cells, book_splits
from permoney_desktop.store import export_queries as q

BOOK_FORMAT = "permoney-book"
BOOK_VERSION = 1
MANIFEST = "manifest.json"
TRANSFERS = "transfers.csv"

MAX_MEMBER_BYTES = 1024**3  # a million entries take about 200 MB
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
# Deflate packs a book's CSV 3-10 times; far tighter is a file built to fill memory.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024**2  # small members may pack tightly (an empty table's header)

# (file in the zip, table, which of its rows) in an order that satisfies foreign keys.
BOOK_FILES: tuple[tuple[str, str, str], ...] = (
    ("accounts.csv", "accounts", q.ALL_ROWS),
    ("categories.csv", "categories", q.ALL_ROWS),
    ("merchants.csv", "merchants", q.ALL_ROWS),
    ("tags.csv", "tags", q.ALL_ROWS),
    ("rules.csv", "rules", q.ALL_ROWS),
    ("transfers.csv", "transfers", q.ALL_ROWS),
    ("entries.csv", "entries", q.NOT_VALUATIONS),
    ("valuations.csv", "entries", q.VALUATIONS),
    ("entry_tags.csv", "entry_tags", q.ALL_ROWS),
    ("entry_splits.csv", "entry_splits", q.ALL_ROWS),
    ("loans.csv", "loans", q.ALL_ROWS),
    # Reconciliation history, after the entries it names (statuses travel in entries.csv).
    ("reconciliations.csv", "reconciliations", q.ALL_ROWS),
    ("reconciled_entries.csv", "reconciled_entries", q.ALL_ROWS),
    ("reconciled_edits.csv", "reconciled_edits", q.ALL_ROWS),
    ("rates.csv", "exchange_rates", q.ALL_ROWS),
    ("budgets.csv", "budgets", q.ALL_ROWS),
    ("goals.csv", "goals", q.ALL_ROWS),
    ("goal_accounts.csv", "goal_accounts", q.ALL_ROWS),
    ("import_presets.csv", "import_presets", q.ALL_ROWS),
    ("rejected_transfer_pairs.csv", "rejected_transfer_pairs", q.ALL_ROWS),
    ("schedules.csv", "schedules", q.ALL_ROWS),
    ("schedule_postings.csv", "schedule_postings", q.ALL_ROWS),
    ("schedule_marks.csv", "schedule_marks", q.ALL_ROWS),
    ("recurring_rejections.csv", "recurring_rejections", q.ALL_ROWS),
    # Bookkeeping, not user data, but a moved or restored book keeps it: the ids its deleted
    # rows had are never given again (``store.id_floors``). Optional: older zips lack it.
    ("id_floors.csv", "id_floors", q.ALL_ROWS),
)


# Rows per chunk handed to the writer: big enough for few statements, small in memory.
CHUNK_ROWS = 10_000

Chunk = tuple[str, list[str], list[tuple[Any, ...]]]  # table, columns, rows


class BookImportError(DomainError):
    """A book zip that cannot be imported (not empty target, unknown format, bad row)."""


@dataclass
class BookZip:
    """An open book zip whose sizes and manifest passed; its rows come from ``book_rows``."""

    zf: zipfile.ZipFile
    members: dict[str, Any]
    base_currency: str
    counts: dict[str, Any]


@dataclass
class _Seen:
    """What the files read so far hold: ids per table, unique keys per (table, columns)."""

    ids: dict[str, set[Any]] = field(default_factory=dict)
    keys: dict[tuple[str, tuple[str, ...]], set[tuple[Any, ...]]] = field(default_factory=dict)
    # Per transfer id: its sides so far, and the file and line of the first one.
    sides: dict[Any, int] = field(default_factory=dict)
    first_side: dict[Any, tuple[str, int]] = field(default_factory=dict)
    # Transfer entries without a transfer: split lines' counterparts (``book_splits``).
    counterparts: dict[Any, tuple[str, int]] = field(default_factory=dict)


@contextmanager
def open_book(path: Path) -> Iterator[BookZip]:
    """The zip, its member sizes and its manifest checked; raises ``BookImportError`` or
    ``ImportFileError`` before any row is read."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        if isinstance(exc, FileNotFoundError | PermissionError):
            raise
        raise BookImportError(
            Message(
                "{name} is not a zip file",
                name=path.name,
            )
        ) from None
    with zf:
        members = {info.filename: info for info in zf.infolist()}
        _check_sizes(members.values())
        manifest = _manifest(zf, members, path.name)
        listed = manifest.get("counts")
        counts: dict[str, Any] = listed if isinstance(listed, dict) else {}
        yield BookZip(zf, members, str(manifest["base_currency"]), counts)


def book_rows(
    book: BookZip, entries: book_splits.EntryLookup, chunk_rows: int | None = None
) -> Iterator[Chunk]:
    """Every file's checked rows in chunks, in an order that satisfies foreign keys. Raises
    ``ImportFileError`` at the first bad row, or at the end of a file or of the zip for what
    only then can be known; chunks already handed out must then be thrown away.

    ``entries`` looks up entries already handed out by id (the caller's book, where they are
    written by then): split lines are checked against them without holding every entry."""
    seen = _Seen()
    splits = book_splits.SplitChecks(entries)
    per = chunk_rows or CHUNK_ROWS
    for fname, table, _part in BOOK_FILES:
        if fname in book.members:
            found = 0
            for header, rows in _read_member(book.zf, fname, table, seen, per):
                if table == "entry_splits":
                    splits.add(header, rows, found)
                found += len(rows)
                yield table, header, rows
            _check_count(fname, book.counts, found)
    _check_transfers(seen)
    splits.finish(seen.counterparts)


def _check_transfers(seen: _Seen) -> None:
    """Each transfer has its two sides (the check and the register rely on it)."""
    for transfer, count in seen.sides.items():
        if count != 2:
            fname, line = seen.first_side[transfer]
            raise ImportFileError(
                fname,
                line,
                "transfer_id",
                Message(
                    "a transfer with {count} side(s)",
                    count=count,
                ),
            )
    unused = seen.ids.get("transfers", set()) - set(seen.sides)
    if unused:
        raise ImportFileError(
            TRANSFERS,
            0,
            "id",
            Message(
                "{count} transfer(s) without sides",
                count=len(unused),
            ),
        )


def _check_sizes(infos: Any) -> None:
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportFileError(info.filename, 0, "", Message("too large to import"))
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size / packed > MAX_RATIO:
            raise ImportFileError(
                info.filename, 0, "", Message("compressed far more than a book's files can be")
            )
    if total > MAX_TOTAL_BYTES:
        raise BookImportError(Message("the zip holds more than a book import takes"))


def _manifest(zf: zipfile.ZipFile, members: dict[str, Any], name: str) -> dict[str, Any]:
    info = members.get(MANIFEST)
    if info is None:
        raise BookImportError(
            Message(
                "{name} is not a Permoney book export (no manifest)",
                name=name,
            )
        )
    if info.file_size > MAX_MANIFEST_BYTES:
        raise ImportFileError(MANIFEST, 0, "", Message("too large for a manifest"))
    try:
        manifest = json.loads(_member_bytes(zf, MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ImportFileError(MANIFEST, 0, "", Message("not JSON text")) from None
    if not isinstance(manifest, dict):
        raise ImportFileError(MANIFEST, 0, "", Message("not a JSON object"))
    if manifest.get("format") != BOOK_FORMAT:
        raise ImportFileError(MANIFEST, 0, "format", Message("not a Permoney book export"))
    version = manifest.get("version")
    if type(version) is not int or not 1 <= version <= BOOK_VERSION:
        raise ImportFileError(
            MANIFEST,
            0,
            "version",
            Message(
                "a version this app cannot read (it reads 1 to {book_version})",
                book_version=BOOK_VERSION,
            ),
        )
    base = manifest.setdefault("base_currency", "USD")
    if not isinstance(base, str) or base not in all_codes():
        raise ImportFileError(
            MANIFEST, 0, "base_currency", Message("not a currency code the app knows")
        )
    return manifest


def _member_bytes(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        with zf.open(name) as fh:
            return fh.read(MAX_MANIFEST_BYTES + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError):
        raise ImportFileError(
            name, 0, "", Message("cannot be read from the zip (damaged)")
        ) from None


def _check_count(fname: str, counts: dict[str, Any], found: int) -> None:
    expected = counts.get(fname)
    if type(expected) is int and expected != found:
        raise ImportFileError(
            fname,
            0,
            "",
            Message(
                "holds {found} rows but the manifest says {expected} (truncated?)",
                found=found,
                expected=expected,
            ),
        )


def _rows(zf: zipfile.ZipFile, fname: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of one member, streamed; damage and bad text become ImportFileError."""
    line = 1
    try:
        with zf.open(fname) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
            reader = csv.reader(text)
            for cells in reader:
                line = reader.line_num
                yield line, cells
    except UnicodeDecodeError:
        raise ImportFileError(fname, line + 1, "", Message("not UTF-8 text")) from None
    except csv.Error:
        raise ImportFileError(fname, line + 1, "", Message("not a well-formed CSV row")) from None
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError):
        raise ImportFileError(
            fname, 0, "", Message("cannot be read from the zip (damaged)")
        ) from None


def _read_member(
    zf: zipfile.ZipFile, fname: str, table: str, seen: _Seen, chunk_rows: int
) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    """One file's checked rows in chunks (the last one possibly empty: a file with only its
    header still names its columns)."""
    kinds = q.column_kinds(table)
    rows: list[tuple[Any, ...]] = []
    header: list[str] = []
    checks: _RowChecks | None = None
    for line, cells in _rows(zf, fname):
        if checks is None:
            header = cells
            checks = _RowChecks(fname, table, header, kinds, seen)
            continue
        if len(cells) != len(header):
            raise ImportFileError(
                fname,
                line,
                "",
                Message(
                    "{count} cells, expected {count2}",
                    count=len(cells),
                    count2=len(header),
                ),
            )
        row = book_cells.convert_row(fname, table, line, kinds, header, cells)
        checks.add(line, row)
        rows.append(row)
        if len(rows) >= chunk_rows:
            yield header, rows
            rows = []
    if checks is not None:
        checks.finish()
        if rows:
            yield header, rows


class _RowChecks:
    """The checks on a file's rows as a whole: each key once, each reference resolvable."""

    def __init__(
        self, fname: str, table: str, header: list[str], kinds: dict[str, q.ColumnKind], seen: _Seen
    ) -> None:
        self.fname, self.table, self.header, self.seen = fname, table, header, seen
        unknown = [h for h in header if h not in kinds]
        if unknown:
            raise ImportFileError(fname, 1, unknown[0][:40], Message("unknown column"))
        if len(set(header)) != len(header):
            raise ImportFileError(fname, 1, "", Message("a column is named twice"))
        missing = [c for c, k in kinds.items() if k.required and c not in header]
        if missing:
            raise ImportFileError(fname, 1, missing[0], Message("missing column"))
        self.refs = [
            (i, c, target) for i, c in enumerate(header) if (target := kinds[c].references)
        ]
        self.pending: list[tuple[int, str, str, Any]] = []  # self-references, checked at the end
        self.uniques = [
            (cols, [header.index(c) for c in cols])
            for cols in q.unique_column_sets(table)
            if all(c in header for c in cols)
        ]
        self.id_index = header.index("id") if "id" in header else -1

    def add(self, line: int, row: tuple[Any, ...]) -> None:
        for cols, idx in self.uniques:
            key = tuple(row[i] for i in idx)
            if any(v is None for v in key):
                continue
            known = self.seen.keys.setdefault((self.table, cols), set())
            if key in known:
                raise ImportFileError(
                    self.fname, line, cols[-1], Message("the same value is on another row")
                )
            known.add(key)
        if self.id_index >= 0:
            self.seen.ids.setdefault(self.table, set()).add(row[self.id_index])
        if self.table == "entries":
            self._transfer_side(line, row)
        for i, column, target in self.refs:
            value = row[i]
            if value is None:
                continue
            if target == self.table:
                self.pending.append((line, column, target, value))
            elif value not in self.seen.ids.get(target, set()):
                raise self._no_such_row(line, column, target)

    def _no_such_row(self, line: int, column: str, target: str) -> ImportFileError:
        """A reference (``column`` at ``line``) to a row ``target`` does not hold."""
        return ImportFileError(
            self.fname, line, column, Message("no such row in {target}", target=target)
        )

    def _transfer_side(self, line: int, row: tuple[Any, ...]) -> None:
        kind = row[self.header.index("kind")] if "kind" in self.header else None
        transfer = row[self.header.index("transfer_id")] if "transfer_id" in self.header else None
        if kind == "transfer" and transfer is None and self.id_index >= 0:
            self.seen.counterparts[row[self.id_index]] = (self.fname, line)
        elif (kind == "transfer") != (transfer is not None):
            raise ImportFileError(
                self.fname,
                line,
                "transfer_id",
                Message("only a transfer side has a transfer, and it must"),
            )
        if transfer is not None:
            self.seen.sides[transfer] = self.seen.sides.get(transfer, 0) + 1
            self.seen.first_side.setdefault(transfer, (self.fname, line))

    def finish(self) -> None:
        ids = self.seen.ids.get(self.table, set())
        for line, column, target, value in self.pending:
            if value not in ids:
                raise self._no_such_row(line, column, target)
