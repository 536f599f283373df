"""A claim owner's session on a shared book: a session-level advisory lock its claims die with.

A worker (or a CLI write recomputing its own accounts) holds ``pg_advisory_lock(NAMESPACE,
hashtext(owner))`` on a connection of its own for as long as it may hold claims. PostgreSQL
drops the lock the moment that session ends, including when the process is SIGKILLed (the
socket closes and the idle backend exits), so other workers tell a dead holder by the lock's
absence from ``pg_locks`` (``NO_SESSION``) at once, instead of waiting for the claim's lease.
A hash collision between two owners only makes a dead owner look alive: the lease still ends
its claim. A book file has no sessions; its claims are judged by heartbeats
(``worker.presence``).
"""

from __future__ import annotations

from typing import Any

from permoney_desktop.store.dialect import libpq_url

# The first key of the owners' advisory locks ("PERW"); the book's write lock and the
# migration lock use the one-key form, which never collides with the two-key one.
NAMESPACE = 0x50455257
CONNECT_TIMEOUT_S = 5

# True for a claimed row whose owner holds no session (its lock is not in pg_locks). The
# two-key form shows key1 as classid and key2 as objid (an oid: the hash's 32 bits, unsigned).
NO_SESSION = (
    "claimed_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_locks l "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
    f"AND l.classid = {NAMESPACE} "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND l.objid::bigint = (hashtext(claimed_by)::bigint & 4294967295))"
)


class OwnerSession:
    """One autocommit connection holding ``owner``'s advisory lock while it is open."""

    def __init__(self, url: str, owner: str) -> None:
        import psycopg

        from permoney_desktop.store import server_auth

        self.owner = owner
        self._conn: Any = psycopg.connect(
            libpq_url(server_auth.strip(url)),
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="permoney-claims",
            **server_auth.connect_args(url),
        )
        self._conn.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (NAMESPACE, owner))

    def alive(self) -> bool:
        """A round trip: False when the session is gone (a server restart), so the caller
        opens a new one before others take its claims for a dead worker's."""
        try:
            self._conn.execute("SELECT 1")
        except Exception:
            return False
        return True

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # already gone with the server: nothing left to release
            return
