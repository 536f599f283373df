"""Opening books: pragmas, two engines, clear errors, owner-only files, exact money columns."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from permoney_desktop.store.book import BookError, open_book
from permoney_desktop.store.schema import AccountRow


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    book = open_book(tmp_path / "p.permoney", create=True)
    try:
        for engine in (book.read_engine, book.write_engine):
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        book.close()


def test_a_read_is_not_blocked_by_an_open_write(tmp_path: Path) -> None:
    book = open_book(tmp_path / "rw.permoney", create=True)
    now = datetime.now(UTC).replace(tzinfo=None)
    try:
        with book.writing() as w, w.begin():
            w.add(
                AccountRow(name="A", kind="cash", currency="USD", opening_balance=0, created_at=now)
            )
            w.flush()
            # The write transaction holds the lock; a reader still sees the committed state.
            result: list[int] = []
            t = threading.Thread(
                target=lambda: result.append(len(book.reading().scalars(select(AccountRow)).all()))
            )
            t.start()
            t.join(5)
            assert result == [0]
        with book.reading() as r:
            assert [a.name for a in r.scalars(select(AccountRow))] == ["A"]
    finally:
        book.close()


def test_write_transactions_begin_immediate(tmp_path: Path) -> None:
    book = open_book(tmp_path / "imm.permoney", create=True)
    try:
        with book.writing() as w, w.begin():
            w.execute(text("SELECT 1"))
            # IMMEDIATE took the write lock although only a read ran: a second writer is refused.
            import sqlite3

            other = sqlite3.connect(book.path, timeout=0.05)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
    finally:
        book.close()


def test_money_columns_refuse_floats(tmp_path: Path) -> None:
    book = open_book(tmp_path / "f.permoney", create=True)
    now = datetime.now(UTC).replace(tzinfo=None)
    try:
        with (
            pytest.raises(StatementError, match="integer minor units"),
            book.writing() as w,
            w.begin(),
        ):
            w.add(
                AccountRow(
                    name="F", kind="cash", currency="USD", opening_balance=1.5, created_at=now
                )
            )
    finally:
        book.close()


def test_missing_book_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BookError, match="permoney init"):
        open_book(tmp_path / "nope.permoney")


def test_not_a_book(tmp_path: Path) -> None:
    junk = tmp_path / "junk.permoney"
    junk.write_text("these are my notes, not a database\n")
    with pytest.raises(BookError, match="not a Permoney book"):
        open_book(junk)
    assert junk.read_text() == "these are my notes, not a database\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_book_file_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "priv.permoney"
    open_book(path, create=True).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_book_id_is_stable(tmp_path: Path) -> None:
    path = tmp_path / "id.permoney"
    first = open_book(path, create=True)
    first.close()
    second = open_book(path)
    second.close()
    assert first.book_id == second.book_id and len(first.book_id) == 32
