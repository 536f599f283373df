"""``permoney book copy SOURCE DEST``: a whole book into another place or backend (a SQLite
file into a PostgreSQL database, and back), verified, all or nothing.

The copy is the book export and import the app already has: SOURCE is written as a book zip in
one read snapshot (``exports.write_book_zip``), and the expected figures are read in that same
snapshot — every table's row count, each account's entries as (count, sum, SHA-256 over all
columns in id order), each account's daily balances as the materializer computes them from
those entries, and the id floors (``store.id_floors``: the copy never gives an id SOURCE gave).
DEST must be empty; the zip goes in as one transaction (``exports.import_book``), DEST's
balances are materialized in full, and then everything is compared: counts, per-account
checksums, floors, and every stored balance day against SOURCE's. Any failure — a bad row, a lost
connection, a difference — leaves DEST as it was: the import's transaction rolls back, and what
a committed copy wrote is deleted again (a book file this copy created is removed, and so is a
database this copy created on the server, and only such a one: the message says so).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.messages import Message, reason
from permoney_desktop.platform.paths import BookLocation, paths_for
from permoney_desktop.services import exports, integrity, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.server_backups import TABLES
from permoney_desktop.store import book_checksums, book_wipe, id_floors, server_auth, server_book
from permoney_desktop.store import export_queries as q
from permoney_desktop.store.dialect import database_name, display_url

log = logging.getLogger(__name__)

# (what is being done, rows or accounts done, total) — for a progress line.
Progress = Callable[[str, int, int], None]


class BookCopyError(DomainError):
    """A copy that was refused or failed; DEST is as it was before."""


@dataclass(frozen=True)
class Expected:
    """What DEST must hold, read from SOURCE's snapshot."""

    tables: dict[str, int]
    floors: list[tuple[str, int]]
    sums: book_checksums.AccountSums
    balances: dict[int, list[integrity.BalanceRow]]


@dataclass(frozen=True)
class CopyReport:
    entries: int
    accounts: int
    balance_days: int


def describe(location: BookLocation) -> str:
    """The book as messages name it (a URL without its password)."""
    paths = paths_for(location)
    return display_url(paths.url) if paths.url is not None else str(paths.book)


def _quiet(_what: str, _done: int, _total: int) -> None:
    """No progress wanted."""


def _source_snapshot(source: Ledger, zip_path: Path, progress: Progress) -> Expected:
    with source.book.reading() as session:
        conn = session.connection()
        tables = book_checksums.table_counts(conn, TABLES)
        progress("reading the source", 0, tables.get("entries", 0))
        exports.write_book_zip(conn, zip_path, str(source.base_currency))
        floors = id_floors.floors(conn)
        sums = book_checksums.account_sums(conn)
        ids = book_checksums.account_ids(conn)
        balances: dict[int, list[integrity.BalanceRow]] = {}
        for done, account in enumerate(ids, 1):
            balances[account] = integrity.recompute_rows(conn, account)
            progress("computing the source's balances", done, len(ids))
    return Expected(tables, floors, sums, balances)


def _differences(dest: Ledger, expected: Expected, progress: Progress) -> list[str]:
    """What DEST holds that differs from SOURCE (ids and counts only, never amounts)."""
    with dest.book.reading() as session:
        conn = session.connection()
        tables = book_checksums.table_counts(conn, TABLES)
        problems = [
            f"table {t}: {expected.tables[t]} rows in the source, {tables[t]} in the copy"
            for t in TABLES
            if tables[t] != expected.tables[t] and t != id_floors.TABLE
        ]
        problems += _floor_differences(id_floors.floors(conn), expected.floors)
        sums = book_checksums.account_sums(conn)
        problems += [
            f"account {a}: entries differ (count, sum or checksum)"
            for a in sorted(set(sums) | set(expected.sums))
            if sums.get(a) != expected.sums.get(a)
        ]
        ids = book_checksums.account_ids(conn)
        for done, account in enumerate(ids, 1):
            if integrity.stored_rows(conn, account) != expected.balances.get(account):
                problems.append(f"account {account}: materialized balances differ")
            progress("verifying balances", done, len(ids))
    return problems


def _floor_differences(found: list[tuple[str, int]], expected: list[tuple[str, int]]) -> list[str]:
    """Each of SOURCE's id floors must hold in DEST (an emptied DEST may have higher ones of
    its own: a floor never goes down), so ids SOURCE gave are never given again."""
    have = dict(found)
    return [
        f"table {t}: ids up to {floor} were given in the source, only up to "
        f"{have.get(t, 0)} in the copy"
        for t, floor in expected
        if have.get(t, 0) < floor
    ]


def _refuse_unless_empty(dest: Ledger, name: str) -> None:
    with dest.book.reading() as session:
        conn = session.connection()
        if (
            q.has_accounts_or_categories(conn)
            or book_checksums.table_counts(conn, ["entries"])["entries"]
        ):
            raise BookCopyError(
                Message(
                    "{name} is not empty; a book is copied into an empty book only",
                    name=name,
                )
            )


def copy_book(
    source: BookLocation, dest: BookLocation, progress: Progress | None = None
) -> CopyReport:
    """Copy SOURCE into the empty (or new) DEST and verify it; raises ``BookCopyError`` (DEST
    unchanged) when it cannot."""
    tell = progress or _quiet
    src_paths, dest_paths = paths_for(source), paths_for(dest)
    if src_paths.book == dest_paths.book:
        raise BookCopyError(Message("SOURCE and DEST are the same book"))
    if src_paths.url is None and not src_paths.book.exists():
        raise BookCopyError(
            Message(
                "no book at {book}",
                book=src_paths.book,
            )
        )
    created_file = dest_paths.url is None and not dest_paths.book.exists()
    created_db = dest_paths.url is not None and _create_database(dest_paths.url)
    work = Path(tempfile.mkdtemp(prefix="permoney-copy-"))
    try:
        with Ledger.open(dest, create=True) as target:
            _refuse_unless_empty(target, describe(dest))
            with target.book.reading() as session:
                before = book_wipe.kept_rows(session.connection())
            with Ledger.open(source) as src:
                expected = _source_snapshot(src, work / "book.zip", tell)
            try:
                _write(target, work / "book.zip", expected, tell)
                problems = _differences(target, expected, tell)
            except BaseException:
                _wipe(target, before)
                raise
            if problems:
                _wipe(target, before)
                raise BookCopyError(
                    Message(
                        "the copy did not verify and was removed: {value}",
                        value="; ".join(problems[:5]),
                    )
                )
    except BaseException as exc:
        if created_file:
            _remove_file(dest_paths.book)
        if created_db and dest_paths.url is not None:
            note = _drop_created(dest_paths.url)
            if isinstance(exc, BookCopyError | ImportFileError):
                raise BookCopyError(
                    Message(
                        "{exc}; {note}",
                        exc=reason(exc),
                        note=note,
                    )
                ) from None
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return CopyReport(
        entries=sum(n for n, _s, _d in expected.sums.values()),
        accounts=len(expected.balances),
        balance_days=sum(len(rows) for rows in expected.balances.values()),
    )


def _create_database(url: str) -> bool:
    """Create DEST's database when the server has none of that name: True when this copy
    made it (so a failure drops it again)."""
    try:
        return server_book.create_database(url)
    except Exception:  # opening DEST below says why, in the words every command uses
        return False


def _drop_created(url: str) -> str:
    """Drop the database this copy created (every connection to it is closed by now) and
    say what became of it."""
    name = database_name(url)
    try:
        server_book.drop_database(url)
    except Exception as exc:
        log.warning("could not drop the copy's database %s", name)
        return (
            f'the database "{name}" this copy created could not be dropped '
            f'({server_auth.reason(exc, url)}); drop it with: DROP DATABASE "{name}"'
        )
    return f'the database "{name}" this copy created was dropped'


def _wipe(target: Ledger, kept: book_wipe.Kept) -> None:
    with target.book.write_engine.connect() as conn, conn.begin():
        book_wipe.wipe(conn, kept)


def _remove_file(book: Path) -> None:
    """A book file this copy created, with SQLite's files beside it."""
    for path in (book, Path(f"{book}-wal"), Path(f"{book}-shm"), Path(f"{book}-journal")):
        path.unlink(missing_ok=True)


def _write(target: Ledger, zip_path: Path, expected: Expected, tell: Progress) -> None:
    total = sum(expected.tables.values())
    exports.import_book(
        target, zip_path, progress=lambda done: tell("writing the copy", done, total)
    )
    accounts = len(expected.balances)
    tell("materializing balances", 0, accounts)
    materialize.sync_all(target, full=True)
    tell("materializing balances", accounts, accounts)
    with target.book.write_engine.connect() as conn, conn.begin():
        book_wipe.drop_undo_history(conn)
