"""A process without a window (``permoney worker``) on a shared book whose real PostgreSQL
stops and starts again: a write while it is away is refused with the clear error, and the next
write once it is back goes through (no window's probe is there to lift a lasting refusal)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.server_health import ServerUnreachableError
from tests.security.conftest import owners_book
from tests.security.tls_server import SecureServer

pytestmark = pytest.mark.usefixtures("memory_keyring")

DB = "windowless_book"


@pytest.fixture
def shared(secure_pg: SecureServer) -> Iterator[Ledger]:
    with owners_book(secure_pg, DB) as ledger:
        yield ledger


def test_a_windowless_process_writes_again_once_the_server_is_back(
    shared: Ledger, secure_pg: SecureServer
) -> None:
    acct, _ = accounts.create_account(shared, "Checking", "checking", "USD")
    entries.add_entry(shared, NewEntry(acct, date(2024, 3, 1), Decimal("100")))

    secure_pg.server.stop()
    with pytest.raises(ServerUnreachableError, match="cannot be reached"):
        entries.add_entry(shared, NewEntry(acct, date(2024, 3, 2), Decimal("5")))
    assert shared.unreachable is None  # nobody would lift it: no lasting refusal

    secure_pg.server.start()
    entries.add_entry(shared, NewEntry(acct, date(2024, 3, 3), Decimal("7")))
    days = sorted(e.date for e in entries.list_entries(shared).rows)
    assert days == [date(2024, 3, 1), date(2024, 3, 3)]  # the refused one was not written


def test_under_a_windows_watch_the_refusal_lasts_until_lifted(
    shared: Ledger, secure_pg: SecureServer
) -> None:
    acct, _ = accounts.create_account(shared, "Checking", "checking", "USD")
    shared.server_watched = True  # as ui.server_watch.ServerWatch sets it
    secure_pg.server.stop()
    with pytest.raises(ServerUnreachableError):
        entries.add_entry(shared, NewEntry(acct, date(2024, 3, 2), Decimal("5")))
    secure_pg.server.start()
    with pytest.raises(ServerUnreachableError):  # still refused: the banner is up
        entries.add_entry(shared, NewEntry(acct, date(2024, 3, 3), Decimal("7")))
    shared.unreachable = None  # the window's probe found the server back
    entries.add_entry(shared, NewEntry(acct, date(2024, 3, 4), Decimal("1")))
