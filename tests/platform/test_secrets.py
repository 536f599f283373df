"""Keyring classification and book-key storage through every kind of backend."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import chainer, fail, null

from permoney_desktop.platform import secrets
from permoney_desktop.platform.secrets import Outcome
from tests.keyrings import BrokenKeyring, LockedKeyring, MemoryKeyring, installed


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def null_keyring() -> Iterator[object]:
    with installed(null.Keyring()) as backend:
        yield backend


class PlaintextLike(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring (not installed here): same module prefix."""


PlaintextLike.__module__ = "keyrings.alt.file"


def test_classifies_backends() -> None:
    assert secrets.is_secure_backend(MemoryKeyring())
    assert not secrets.is_secure_backend(fail.Keyring())
    assert not secrets.is_secure_backend(null.Keyring())
    assert not secrets.is_secure_backend(PlaintextLike())


def test_chainer_is_secure_only_if_every_member_is(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert secrets.is_secure_backend(chain)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), PlaintextLike()])
    assert not secrets.is_secure_backend(chain)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not secrets.is_secure_backend(chain)


def test_round_trip_in_secure_store(memory_keyring: MemoryKeyring) -> None:
    assert secrets.status().secure
    assert secrets.load_book_key("b1").outcome is Outcome.MISSING
    assert secrets.store_book_key("b1", "k" * 64).outcome is Outcome.STORED
    got = secrets.load_book_key("b1")
    assert (got.outcome, got.value) == (Outcome.FOUND, "k" * 64)
    assert memory_keyring.store == {(secrets.SERVICE, "book:b1"): "k" * 64}
    assert secrets.forget_book_key("b1").outcome is Outcome.DELETED
    assert secrets.forget_book_key("b1").outcome is Outcome.MISSING
    assert secrets.notice_once() is None


def test_insecure_store_is_never_written(null_keyring: object) -> None:
    state = secrets.status()
    assert not state.secure and "asked for the key" in state.reason
    assert secrets.store_book_key("b1", "secret").outcome is Outcome.INSECURE
    assert secrets.load_book_key("b1").outcome is Outcome.INSECURE


def test_plaintext_store_is_refused_and_left_empty() -> None:
    backend = PlaintextLike()
    with installed(backend):
        assert secrets.store_book_key("b1", "secret").outcome is Outcome.INSECURE
    assert backend.store == {}


def test_notice_is_given_once_per_session(null_keyring: object) -> None:
    first = secrets.notice_once()
    assert first is not None and "secure credential store" in first
    assert secrets.notice_once() is None
    secrets.reset_notice()
    assert secrets.notice_once() == first


def test_fail_backend_maps_to_insecure() -> None:
    with installed(fail.Keyring()):
        assert not secrets.status().secure
        assert secrets.load_book_key("b").outcome is Outcome.INSECURE
        assert secrets.forget_book_key("b").outcome is Outcome.INSECURE


@pytest.mark.parametrize(
    ("backend", "outcome"), [(LockedKeyring, Outcome.LOCKED), (BrokenKeyring, Outcome.ERROR)]
)
def test_locked_and_broken_stores_give_outcomes_not_exceptions(
    backend: type[MemoryKeyring], outcome: Outcome
) -> None:
    with installed(backend()):
        assert secrets.status().secure
        assert secrets.load_book_key("b").outcome is outcome
        assert secrets.store_book_key("b", "x").outcome is outcome


def test_test_backend_is_never_chosen_automatically() -> None:
    # Importing MemoryKeyring made it a candidate; its negative priority keeps it out.
    from keyring.backend import get_all_keyring

    candidates = [k for k in get_all_keyring() if isinstance(k, MemoryKeyring)]
    assert all(k.priority < 0 for k in candidates)
    assert not isinstance(keyring.get_keyring(), MemoryKeyring)
