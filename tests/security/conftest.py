"""Fixtures for the shared-book security tests: one private TLS + password server per run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from permoney_desktop.services.ledger import Ledger
from tests.keyrings import MemoryKeyring, installed
from tests.security import tls_server


@pytest.fixture(scope="session")
def secure_pg() -> Iterator[tls_server.SecureServer]:
    server = tls_server.start()
    try:
        yield server
    finally:
        server.server.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    from permoney_desktop.store import server_auth

    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
    server_auth._passwords.clear()  # what this process held stays in its test


@contextmanager
def owners_book(server: tls_server.SecureServer, database: str) -> Iterator[Ledger]:
    """A new shared book in ``database``, opened by its owner, with its password held; the
    server is started again if a test left it stopped, and the database dropped after."""
    from permoney_desktop.store import server_auth

    url = server.url(tls_server.OWNER, database)
    server_auth.remember(url, server.passwords[tls_server.OWNER])
    ledger = Ledger.open(url, create=True)
    try:
        yield ledger
    finally:
        ledger.close()
        if server.server.stopped:
            server.server.start()
        with server.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
