"""Fixtures for the shared-book security tests: one private TLS + password server per run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
