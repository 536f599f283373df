"""Encrypted books at the store level: SQLCipher through SQLAlchemy, keys, salts, conversion."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from permoney_desktop.store import cipher
from permoney_desktop.store.book import BookError, EncryptedBookError, open_book


def _count_settings(path: Path, key: bytes | None) -> int:
    book = open_book(path, key=key)
    try:
        with book.reading() as session:
            return int(session.execute(text("SELECT count(*) FROM settings")).scalar_one())
    finally:
        book.close()


def test_encrypted_book_round_trips_and_hides_its_content(tmp_path: Path) -> None:
    path, key = tmp_path / "secret.permoney", secrets.token_bytes(32)
    book = open_book(path, create=True, key=key)
    with book.writing() as session, session.begin():
        session.execute(text("INSERT INTO settings VALUES ('note', '\"Dentist Smith 123.45\"')"))
    with book.reading() as session:
        pragmas = [session.execute(text(f"PRAGMA {p}")).scalar() for p in ("foreign_keys",)]
    book_id = book.book_id
    book.close()
    assert pragmas == [1]
    raw = path.read_bytes()
    assert raw[:16].hex() == book_id  # the salt is the book id, readable without the key
    assert b"Dentist" not in raw and b"SQLite format 3" not in raw
    assert _count_settings(path, key) == 2  # book.id + note
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM settings").fetchall()


def test_missing_and_wrong_keys_are_clear_errors(tmp_path: Path) -> None:
    path, key = tmp_path / "secret.permoney", secrets.token_bytes(32)
    open_book(path, create=True, key=key).close()
    with pytest.raises(EncryptedBookError, match="its key is needed") as missing:
        open_book(path)
    assert missing.value.book_id == path.read_bytes()[:16].hex()
    with pytest.raises(EncryptedBookError, match="wrong key") as wrong:
        open_book(path, key=secrets.token_bytes(32))
    assert wrong.value.wrong_key


def test_a_key_for_a_plain_book_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.permoney"
    open_book(path, create=True).close()
    with pytest.raises(BookError, match="not encrypted"):
        open_book(path, key=secrets.token_bytes(32))


def test_export_converts_both_ways_and_keeps_the_schema_revision(tmp_path: Path) -> None:
    plain, enc, back = tmp_path / "a.permoney", tmp_path / "b.permoney", tmp_path / "c.permoney"
    open_book(plain, create=True).close()
    key, salt = secrets.token_bytes(32), secrets.token_bytes(16)
    cipher.export(plain, None, enc, key, dest_salt=salt)
    assert enc.read_bytes()[:16] == salt
    cipher.export(enc, key, back, None)
    assert back.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _count_settings(enc, key) == _count_settings(back, None) == 1
    with pytest.raises(FileExistsError):
        cipher.export(plain, None, enc, key)
    with pytest.raises(cipher.WrongKeyError):
        cipher.export(enc, secrets.token_bytes(32), tmp_path / "d.permoney", None)


def test_key_length_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        cipher.connect(tmp_path / "x.db", b"short")
