"""Backups of a shared (PostgreSQL) book: the full-book zip, verified by reading it back.

A server's database is no file to copy with SQLite's backup API, so a shared book's backup is
its book export (``exports.write_book_zip``, the same zip ``import-book`` loads). The zip is
written and then read back whole in the export's own read snapshot: every file goes through
the book import's checks (cells, ids, references, transfers, split lines) and the row count of
every table and each account's entry count and sum must equal the book's in that snapshot.
Only then is it renamed into place (by ``services.backups``). It is restored by loading it into
an empty book (``import-book``), or into another database with ``book copy``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.services import exports
from permoney_desktop.services.book_reader import BOOK_FILES, BookImportError, book_rows, open_book
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import book_checksums
from permoney_desktop.store import export_queries as q
from permoney_desktop.store.types import SqlConnection

SUFFIX = ".zip"

RESTORE_ADVICE = (
    "a shared book is not restored over itself: load the backup zip into an empty book with "
    "'permoney --book URL import-book FILE' (after 'permoney init URL'), or copy it with "
    "'permoney book copy'"
)

TABLES = tuple(dict.fromkeys(table for _f, table, _p in BOOK_FILES))


def write_verified_zip(ledger: Ledger, path: Path) -> list[str]:
    """Write the shared book's zip to ``path`` and read it back; the problems found ([] when
    the zip equals the book)."""
    with ledger.book.reading() as session:
        conn = session.connection()
        exports.write_book_zip(conn, path, str(ledger.base_currency))
        tables = book_checksums.table_counts(conn, TABLES)
        sums = {a: (n, s) for a, (n, s, _digest) in book_checksums.account_sums(conn).items()}
        return verify_zip(conn, path, tables, sums)


def verify_zip(
    conn: SqlConnection,
    path: Path,
    tables: dict[str, int],
    sums: dict[int, tuple[int, int]],
) -> list[str]:
    """Read the zip back through the book import's checks and compare it with the book's
    counts and per-account sums (ids and counts in the messages, never amounts)."""
    found: dict[str, int] = dict.fromkeys(tables, 0)
    read_sums: dict[int, tuple[int, int]] = {}
    try:
        with open_book(path) as book:
            for table, header, rows in book_rows(book, lambda ids: q.entry_facts(conn, ids)):
                found[table] = found.get(table, 0) + len(rows)
                if table == "entries":
                    _add_sums(header, rows, read_sums)
    except (BookImportError, ImportFileError) as exc:
        return [f"the backup does not read back: {exc}"]
    problems = [
        f"table {t}: {tables.get(t)} rows in the book, {found.get(t)} in the backup"
        for t in sorted(set(tables) | set(found))
        if tables.get(t) != found.get(t)
    ]
    problems += [
        f"account {a}: entries differ"
        for a in sorted(set(sums) | set(read_sums))
        if sums.get(a) != read_sums.get(a)
    ]
    return problems


def _add_sums(
    header: list[str], rows: list[tuple[Any, ...]], out: dict[int, tuple[int, int]]
) -> None:
    acc_i, amount_i = header.index("account_id"), header.index("amount")
    for row in rows:
        acc = int(row[acc_i])
        n, s = out.get(acc, (0, 0))
        out[acc] = (n + 1, s + int(row[amount_i]))
