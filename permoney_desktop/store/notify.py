"""A shared book's change notices: ``NOTIFY`` in a write's own transaction, ``LISTEN`` on a
connection of its own.

PostgreSQL delivers a notice only once its transaction commits, and in commit order, so a
listener never hears of a change it cannot read yet, nor of one that was rolled back. A book
file has no server to notify through: ``send`` does nothing there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from permoney_desktop.store.dialect import is_postgres, libpq_url

CHANNEL = "permoney_book"
# PostgreSQL refuses payloads of 8000 bytes or more; the caller sends a "read everything"
# notice instead of a longer one.
MAX_PAYLOAD = 7900
CONNECT_TIMEOUT_S = 5


def send(conn: Any, payload: str) -> None:
    """Queue ``payload`` on the book's channel, delivered when ``conn``'s transaction commits
    (a no-op on a book file)."""
    if is_postgres(conn):
        conn.exec_driver_sql("SELECT pg_notify(?, ?)", (CHANNEL, payload))


class Listening:
    """One connection that LISTENs on the book's channel (psycopg 3, autocommit)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._conn = psycopg.connect(
            libpq_url(url),
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="permoney-live",
        )
        self._conn.execute(f"LISTEN {CHANNEL}")

    def notices(self, timeout: float) -> Iterator[str]:
        """Payloads as they arrive, for ``timeout`` seconds (then it ends, so the caller can
        look at its stop flag); raises the driver's OperationalError when the connection is
        lost."""
        for notice in self._conn.notifies(timeout=timeout):
            yield notice.payload

    def check(self) -> None:
        """A round trip, so a connection that died quietly (a cable, a suspended laptop) is
        found out: raises as ``notices`` does."""
        self._conn.execute("SELECT 1")

    def close(self) -> None:
        self._conn.close()


def is_lost_connection(exc: BaseException) -> bool:
    """The listening connection (or the server) went away: reconnect and read afresh."""
    import psycopg

    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)
