"""Encryption cannot lose a book: real ``permoney`` processes with their output full or closed,
no secure keyring, and a decryption killed with SIGKILL half-way."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from permoney_desktop.domain.book_keys import parse_key
from permoney_desktop.services import encryption

REPO = Path(__file__).resolve().parents[2]
DEV_FULL = Path("/dev/full")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PERMONEY_BOOK_KEY", "PERMONEY_BOOK")}
    # A machine without any usable keyring: nothing is stored, the recovery key is all there is.
    env.update(
        PERMONEY_HOME=str(home),
        PYTHONPATH=str(REPO),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **extra,
    )
    return env


def _permoney(
    home: Path, book: Path, *args: str, shell_tail: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """Run ``permoney --book BOOK ARGS`` in a shell (so ``> /dev/full`` or ``>&-`` apply)."""
    command = [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args]
    line = " ".join(_quote(part) for part in command) + shell_tail
    return subprocess.run(
        ["/bin/sh", "-c", line],
        cwd=REPO,
        env=_env(home, **env),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.fixture
def plain_book(tmp_path: Path, permoney_home: Path) -> Path:
    book = tmp_path / "household.permoney"
    done = _permoney(permoney_home, book, "demo", "--transactions", "300", "--years", "1")
    assert done.returncode == 0, done.stderr
    return book


def _rows(book: Path) -> int:
    with sqlite3.connect(book) as conn:
        return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])


@pytest.mark.skipif(not DEV_FULL.exists(), reason="this system has no /dev/full")
def test_encrypt_with_standard_output_full_leaves_the_plain_book(
    plain_book: Path, permoney_home: Path
) -> None:
    before = _rows(plain_book)
    done = _permoney(permoney_home, plain_book, "encrypt", shell_tail=" > /dev/full")
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "could not be shown" in last and "was not encrypted" in last
    assert "Traceback" not in done.stderr
    assert not encryption.is_encrypted(plain_book) and _rows(plain_book) == before
    assert not list(plain_book.parent.glob(".*converting*"))


def test_encrypt_with_standard_output_closed_leaves_the_plain_book(
    plain_book: Path, permoney_home: Path
) -> None:
    before = _rows(plain_book)
    done = _permoney(permoney_home, plain_book, "encrypt", shell_tail=" >&-")
    assert done.returncode == 2, done.stderr
    assert "standard output is closed" in done.stderr and "Traceback" not in done.stderr
    assert not encryption.is_encrypted(plain_book) and _rows(plain_book) == before


@pytest.mark.skipif(not DEV_FULL.exists(), reason="this system has no /dev/full")
def test_init_encrypted_with_output_full_creates_no_book(
    tmp_path: Path, permoney_home: Path
) -> None:
    book = tmp_path / "new.permoney"
    done = _permoney(permoney_home, book, "init", "--encrypted", shell_tail=" > /dev/full")
    assert done.returncode == 2 and "no book was created" in done.stderr, done.stderr
    assert not book.exists()


def test_encrypt_to_a_key_file_backs_up_first_and_names_the_plain_backups(
    plain_book: Path, permoney_home: Path, tmp_path: Path
) -> None:
    before = _rows(plain_book)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text("an older file the user keeps\n")
    refused = _permoney(permoney_home, plain_book, "encrypt", "--key-file", str(key_file))
    assert refused.returncode == 2 and "already exists" in refused.stderr, refused.stderr
    assert not encryption.is_encrypted(plain_book)
    key_file.unlink()

    done = _permoney(permoney_home, plain_book, "encrypt", "--key-file", str(key_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # the key went where it was asked, not to the terminal too
    assert key_file.stat().st_mode & 0o077 == 0
    key = parse_key(key_file.read_text().strip())
    assert encryption.is_encrypted(plain_book)
    assert "unencrypted backup(s)" in done.stderr and "--remove-plain-backups" in done.stderr
    plain = encryption.plain_backups(plain_book)
    # One verified plain copy taken before each attempt (the refused one too).
    assert len(plain) == 2 and all("pre-encrypt" in p.name for p in plain)
    assert _rows(plain[-1]) == before

    listed = _permoney(permoney_home, plain_book, "accounts", "list", PERMONEY_BOOK_KEY=key.hex())
    assert listed.returncode == 0 and "Checking" in listed.stdout, listed.stderr
    sealed = _permoney(
        permoney_home, plain_book, "encrypt", "--encrypt-plain-backups", PERMONEY_BOOK_KEY=key.hex()
    )
    assert sealed.returncode == 0 and "encrypted 2 backup(s)" in sealed.stderr, sealed.stderr
    assert encryption.plain_backups(plain_book) == []
    for backup in plain:  # same files, now encrypted with the book's key and id
        assert backup.read_bytes()[:16] == plain_book.read_bytes()[:16]
    restored = _permoney(
        permoney_home, plain_book, "restore", str(plain[-1]), PERMONEY_BOOK_KEY=key.hex()
    )
    assert restored.returncode == 0, restored.stderr
    removed = _permoney(permoney_home, plain_book, "encrypt", "--remove-plain-backups")
    assert removed.returncode == 0 and "removed 0" in removed.stderr, removed.stderr


CHILD = """
import sys, time
from pathlib import Path
from permoney_desktop.services import encryption

def stall(step):
    if step == "replace":  # the plaintext copy is written and verified, not yet renamed
        print("converting", flush=True)
        time.sleep(600)

encryption._fault = stall
encryption.decrypt_book(Path(sys.argv[1]), key=bytes.fromhex(sys.argv[2]))
"""


def test_a_decryption_killed_half_way_leaves_no_plaintext_beside_the_book(
    plain_book: Path, permoney_home: Path, tmp_path: Path
) -> None:
    key_file = tmp_path / "recovery.txt"
    done = _permoney(permoney_home, plain_book, "encrypt", "--key-file", str(key_file))
    assert done.returncode == 0, done.stderr
    key = parse_key(key_file.read_text().strip()).hex()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(plain_book), key],
        cwd=REPO,
        env=_env(permoney_home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "converting", child.stderr
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    leftover = plain_book.with_name(f".{plain_book.name}.converting")
    assert leftover.exists() and leftover.read_bytes()[:16] == b"SQLite format 3\x00"
    assert encryption.is_encrypted(plain_book)  # the book itself is whole, still encrypted

    listed = _permoney(permoney_home, plain_book, "accounts", "list", PERMONEY_BOOK_KEY=key)
    assert listed.returncode == 0, listed.stderr
    assert not leftover.exists()
    assert not list(plain_book.parent.glob(".*converting*"))
