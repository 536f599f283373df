"""Encrypted books end to end: keyring round trip, recovery keys, conversion, failures."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import null

from permoney_desktop.domain.book_keys import format_recovery_key, parse_key
from permoney_desktop.platform import secrets
from permoney_desktop.services import backups, encryption, integrity, materialize
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger
from tests.keyrings import MemoryKeyring, installed


@pytest.fixture
def keyring_store() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture(autouse=True)
def no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(encryption.ENV_KEY, raising=False)


def _fingerprint(ledger: Ledger) -> backups.Fingerprint:
    raw = ledger.book.read_engine.raw_connection()
    try:
        return backups.fingerprint(raw.dbapi_connection)
    finally:
        raw.close()


def _seen(made: encryption.NewKey) -> None:
    """A recovery key shown without a hitch (the tests that are not about showing it)."""


def _demo(path: Path) -> backups.Fingerprint:
    with Ledger.open(path, create=True) as ledger:
        fill_demo(ledger, transactions=300, years=1, seed=4, end=date(2024, 5, 31))
        materialize.sync_all(ledger, full=True)
        return _fingerprint(ledger)


def test_new_encrypted_book_round_trips_with_the_keyring(
    book_path: Path, keyring_store: MemoryKeyring
) -> None:
    ledger, made = encryption.create_encrypted(book_path)
    with ledger:
        assert ledger.book.encrypted
        book_id = ledger.book_id
    assert made.stored_in_keyring
    stored = keyring_store.store[(secrets.SERVICE, f"book:{book_id}")]
    assert parse_key(made.recovery_key) == bytes.fromhex(stored)
    with encryption.open_ledger(book_path) as again:  # the key comes from the keyring
        assert again.book_id == book_id and again.book.encrypted
    assert b"SQLite format 3" not in book_path.read_bytes()[:100]


def test_lost_keyring_asks_for_the_recovery_key_and_remembers_it(
    book_path: Path, keyring_store: MemoryKeyring
) -> None:
    ledger, made = encryption.create_encrypted(book_path)
    ledger.close()
    keyring_store.store.clear()
    with pytest.raises(encryption.KeyRequired) as missing:
        encryption.open_ledger(book_path)
    assert missing.value.request.reason == "missing"
    assert "recovery key" in str(missing.value)
    with encryption.open_ledger(book_path, key_text=made.recovery_key.lower()) as opened:
        assert opened.book.encrypted
    assert len(keyring_store.store) == 1  # remembered for next time
    encryption.open_ledger(book_path).close()


def test_wrong_key_and_typo_are_clear(book_path: Path, keyring_store: MemoryKeyring) -> None:
    ledger, made = encryption.create_encrypted(book_path)
    ledger.close()
    keyring_store.store.clear()
    other = format_recovery_key(bytes(32))
    with pytest.raises(encryption.KeyRequired) as wrong:
        encryption.open_ledger(book_path, key_text=other)
    assert wrong.value.request.reason == "wrong" and "does not open" in str(wrong.value)
    typo = ("A" if made.recovery_key[0] != "A" else "B") + made.recovery_key[1:]
    with pytest.raises(encryption.KeyRequired) as typoed:
        encryption.open_ledger(book_path, key_text=typo)
    assert typoed.value.request.reason == "typo" and "typo" in str(typoed.value)
    assert keyring_store.store == {}  # a wrong key is never remembered


def test_prompt_is_asked_until_the_right_key(book_path: Path, keyring_store: MemoryKeyring) -> None:
    ledger, made = encryption.create_encrypted(book_path)
    ledger.close()
    keyring_store.store.clear()
    answers = iter([format_recovery_key(bytes(32)), "nonsense", made.recovery_key])
    asked: list[str] = []

    def prompt(request: encryption.KeyRequest) -> str | None:
        asked.append(request.reason)
        return next(answers)

    with encryption.open_ledger(book_path, prompt=prompt) as opened:
        assert opened.book.encrypted
    assert asked == ["missing", "wrong", "typo"]
    keyring_store.store.clear()
    with pytest.raises(encryption.KeyRequired):
        encryption.open_ledger(book_path, prompt=lambda request: None)


def test_environment_key(
    book_path: Path, keyring_store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger, made = encryption.create_encrypted(book_path)
    ledger.close()
    keyring_store.store.clear()
    monkeypatch.setenv(encryption.ENV_KEY, parse_key(made.recovery_key).hex())
    encryption.open_ledger(book_path, remember=False).close()
    assert keyring_store.store == {}


def test_insecure_keyring_never_stores_and_asks_each_time(book_path: Path) -> None:
    with installed(null.Keyring()):
        ledger, made = encryption.create_encrypted(book_path)
        ledger.close()
        assert not made.stored_in_keyring
        with pytest.raises(encryption.KeyRequired) as needed:
            encryption.open_ledger(book_path)
        request = needed.value.request
        assert request.reason == "insecure"
        assert (
            request.keyring_notice is not None
            and "secure credential store" in request.keyring_notice
        )
        encryption.open_ledger(book_path, key_text=made.recovery_key).close()
        with pytest.raises(encryption.KeyRequired) as again:
            encryption.open_ledger(book_path)  # still not remembered
        assert again.value.request.keyring_notice is None  # the notice is given once


def test_encrypt_then_decrypt_keeps_every_row(
    book_path: Path, keyring_store: MemoryKeyring
) -> None:
    before = _demo(book_path)
    shown: list[encryption.NewKey] = []
    done = encryption.encrypt_book(book_path, deliver=shown.append)
    made = done.made
    assert shown == [made]
    assert made.stored_in_keyring and encryption.is_encrypted(book_path)
    assert b"FreshMart" not in book_path.read_bytes()
    with encryption.open_ledger(book_path) as ledger:
        assert _fingerprint(ledger) == before
        assert integrity.check(ledger, record=False).ok
        key = ledger.book.key
    assert key == parse_key(made.recovery_key)
    assert not list(book_path.parent.glob(".*converting"))
    encryption.decrypt_book(book_path, key=key)
    assert not encryption.is_encrypted(book_path) and keyring_store.store == {}
    with sqlite3.connect(book_path) as conn:
        assert backups.fingerprint(conn) == before


@pytest.mark.parametrize("step", encryption.STEPS)
@pytest.mark.parametrize("direction", ["encrypt", "decrypt"])
def test_a_failure_at_any_step_leaves_the_original_intact(
    book_path: Path,
    keyring_store: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    direction: str,
) -> None:
    before = _demo(book_path)
    key = None
    if direction == "decrypt":
        encryption.encrypt_book(book_path, deliver=_seen)
        with encryption.open_ledger(book_path) as ledger:
            key = ledger.book.key

    def fail(name: str) -> None:
        if name == step:
            raise OSError(f"injected failure at {name}")

    monkeypatch.setattr(encryption, "_fault", fail)
    # Raised as it came, or as the conversion's own error that names it.
    with pytest.raises((OSError, encryption.EncryptionError), match="injected"):
        if direction == "encrypt":
            encryption.encrypt_book(book_path, deliver=_seen)
        else:
            assert key is not None
            encryption.decrypt_book(book_path, key=key)
    monkeypatch.setattr(encryption, "_fault", None)
    assert encryption.is_encrypted(book_path) == (direction == "decrypt")
    assert not list(book_path.parent.glob(".*converting"))
    if direction == "encrypt":
        assert keyring_store.store == {}  # no key kept for a book that stayed plain
    with encryption.open_ledger(book_path) as ledger:
        assert _fingerprint(ledger) == before
        assert integrity.check(ledger, record=False).ok


def test_conversion_refuses_a_book_open_elsewhere(
    book_path: Path, keyring_store: MemoryKeyring
) -> None:
    _demo(book_path)
    # Another program (a separate process: SQLite's file locks are per process) has it open.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN'); c.execute('SELECT count(*) FROM entries').fetchall(); "
            "print('ready', flush=True); sys.stdin.read()",
            str(book_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
        with pytest.raises(encryption.EncryptionError, match="open in another program"):
            encryption.encrypt_book(book_path, deliver=_seen)
    finally:
        holder.communicate(b"")
    assert not encryption.is_encrypted(book_path)
    assert keyring_store.store == {}  # the key of a conversion that failed is forgotten
    encryption.encrypt_book(book_path, deliver=_seen)
    assert encryption.is_encrypted(book_path)


def test_an_encrypted_books_metrics_cache_is_sealed(
    book_path: Path, keyring_store: MemoryKeyring
) -> None:
    from permoney_desktop.services import metrics

    ledger, _made = encryption.create_encrypted(book_path)
    with ledger:
        cache = metrics.open_cache(ledger)
        try:
            cache.set("2024-01", {"payee": "Dr. Smith Dental", "spent": 123456}, background=True)
            assert cache.get("2024-01") is not None
            assert cache.degraded is None
        finally:
            cache.close()
        raw = b"".join(p.read_bytes() for p in ledger.paths.cache_dir.rglob("*") if p.is_file())
    assert raw and b"Dr. Smith" not in raw and b"Dental" not in raw
