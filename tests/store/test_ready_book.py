"""The fast open of a ready book: stdlib sqlite3 only, engines built on first use, and the
cases that must take the full open instead."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from permoney_desktop.store import cipher, migrate
from permoney_desktop.store.book import BookError, open_book, open_ready_book
from permoney_desktop.store.schema import AccountRow


def _new_book(path: Path) -> str:
    book = open_book(path, create=True)
    try:
        return book.book_id
    finally:
        book.close()


def test_a_ready_book_opens_without_engines(book_path: Path) -> None:
    book_id = _new_book(book_path)
    book = open_ready_book(book_path)
    assert book is not None
    try:
        assert book.book_id == book_id
        assert not book.engines_ready
        # Settings are read with stdlib sqlite3: still no engines.
        assert json.loads(book.setting_text("book.id") or "null") == book_id
        assert book.setting_text("no.such.setting") is None
        assert not book.engines_ready
        with book.reading() as session:
            assert session.scalars(select(AccountRow)).all() == []
        assert book.engines_ready
    finally:
        book.close()


def test_the_fast_open_imports_no_sqlalchemy(book_path: Path) -> None:
    _new_book(book_path)
    code = (
        "import sys; from pathlib import Path\n"
        "from permoney_desktop.services.ledger import Ledger\n"
        f"ledger = Ledger.open_ready(Path({str(book_path)!r}))\n"
        "assert ledger is not None and ledger.base_currency == 'USD'\n"
        "print('sqlalchemy' in sys.modules)\n"
        "ledger.warm_up()\n"
        "print('sqlalchemy' in sys.modules, ledger.book.engines_ready)\n"
        "ledger.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["False", "True True"]


@pytest.mark.parametrize("case", ["missing", "not a book", "migration needed", "no id"])
def test_books_that_need_the_full_open_are_refused(book_path: Path, case: str) -> None:
    if case == "not a book":
        book_path.write_bytes(b"hello, not a database" * 100)
    elif case == "migration needed":
        _new_book(book_path)
        migrate.downgrade(book_path, "base")
    elif case == "no id":
        _new_book(book_path)
        with sqlite3.connect(book_path) as conn:
            conn.execute("DELETE FROM settings WHERE key = 'book.id'")
        conn.close()
    assert open_ready_book(book_path) is None


def test_an_encrypted_book_is_left_to_the_full_open(book_path: Path) -> None:
    key = bytes(range(32))
    book = open_book(book_path, create=True, key=key)
    book.close()
    assert cipher.is_encrypted_file(book_path)
    assert open_ready_book(book_path) is None


def test_concurrent_first_uses_build_the_engines_once(book_path: Path) -> None:
    """A write from the GUI thread while the boot thread warms up: both get the same engines,
    and the write succeeds."""
    _new_book(book_path)
    book = open_ready_book(book_path)
    assert book is not None
    seen: list[object] = []
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def warm() -> None:
        start.wait()
        book.warm_up()
        seen.append(book.write_engine)

    def write(name: str) -> None:
        try:
            start.wait()
            now = datetime.now(UTC).replace(tzinfo=None)
            with book.writing() as w, w.begin():
                w.add(AccountRow(name=name, kind="cash", currency="USD", created_at=now))
            seen.append(book.write_engine)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=warm),
        threading.Thread(target=write, args=("A",)),
        threading.Thread(target=write, args=("B",)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    try:
        assert errors == []
        assert len(seen) == 3 and all(e is seen[0] for e in seen)
        with book.reading() as r:
            assert sorted(a.name for a in r.scalars(select(AccountRow))) == ["A", "B"]
    finally:
        book.close()


def test_a_closed_book_builds_no_engines(book_path: Path) -> None:
    _new_book(book_path)
    book = open_ready_book(book_path)
    assert book is not None
    book.close()
    with pytest.raises(BookError, match="closed"):
        book.reading()
