"""Whole-book copies at the SQLite level: an online copy taken with SQLite's backup API inside
one read snapshot, a restore through the same API, a copy's integrity check, and the
fingerprint (row counts of every table; per account: entry count and sum, materialized balance
count and last end) that proves a copy equals its source.

These work on DB-API connections (stdlib ``sqlite3`` or ``sqlcipher3``), borrowed from the
book's engines or opened by ``cipher.connect``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from permoney_desktop.store import cipher

if TYPE_CHECKING:
    # Only named: backups and encryption run before the GUI has imported SQLAlchemy.
    from sqlalchemy import Engine


@dataclass(frozen=True)
class Fingerprint:
    """What a faithful copy must share with the live book."""

    tables: dict[str, int]
    accounts: dict[int, tuple[int, int, int, int | None]] = field(default_factory=dict)

    def differences(self, other: Fingerprint) -> list[str]:
        """Human-readable mismatches (ids and counts only: never amounts)."""
        problems = [
            f"table {name}: {self.tables.get(name)} rows in the book, "
            f"{other.tables.get(name)} in the backup"
            for name in sorted(set(self.tables) | set(other.tables))
            if self.tables.get(name) != other.tables.get(name)
        ]
        for account in sorted(set(self.accounts) | set(other.accounts)):
            mine, theirs = self.accounts.get(account), other.accounts.get(account)
            if mine != theirs:
                problems.append(f"account {account}: entries or balances differ")
        return problems


def fingerprint(conn: Any) -> Fingerprint:
    """Fingerprint of the database behind a DB-API connection (inside the caller's snapshot)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    tables = {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }
    accounts: dict[int, tuple[int, int, int, int | None]] = {}
    if "entries" in tables and "balances" in tables:
        flows = {
            int(a): (int(n), int(s or 0))
            for a, n, s in conn.execute(
                "SELECT account_id, count(*), sum(amount) FROM entries GROUP BY account_id"
            )
        }
        levels = {
            int(a): (int(n), None if e is None else int(e))
            for a, n, e in conn.execute(
                'SELECT b.account_id, count(*), (SELECT "end" FROM balances l '
                "WHERE l.account_id = b.account_id ORDER BY l.date DESC LIMIT 1) "
                "FROM balances b GROUP BY b.account_id"
            )
        }
        for account in set(flows) | set(levels):
            n, s = flows.get(account, (0, 0))
            m, last = levels.get(account, (0, None))
            accounts[account] = (n, s, m, last)
    return Fingerprint(tables, accounts)


def copy_snapshot(
    engine: Engine, target: Path, key: bytes | None, salt: bytes | None
) -> Fingerprint:
    """Copy the book behind ``engine`` into a new file ``target`` (keyed with ``key`` and
    ``salt`` for an encrypted book) and return the fingerprint of the snapshot copied."""
    raw = engine.raw_connection()
    try:
        source = raw.dbapi_connection
        assert source is not None
        # The pooled connection runs in autocommit mode; this BEGIN pins one WAL snapshot for
        # both the fingerprint and the page copy.
        source.execute("BEGIN")
        try:
            live = fingerprint(source)
            dest = cipher.connect(target, key, salt=salt)
            try:
                source.backup(dest)
                # A backup is one self-contained file, not a WAL database with sidecars.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.execute("COMMIT")
    finally:
        raw.close()
    return live


def integrity_lines(conn: Any) -> list[str]:
    """SQLite's ``integrity_check`` of a DB-API connection's database (["ok"] when intact)."""
    return [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]


def has_schema_version(conn: Any) -> bool:
    """True when the database has the migrations' version table (it is a book)."""
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
    )


def copy_into(engine: Engine, source: Path, key: bytes | None) -> None:
    """Replace the content of the book behind ``engine`` with the file ``source``, page by page
    through one of the engine's connections (other connections see the old or the new book)."""
    src = cipher.connect(source, key, readonly=True)
    try:
        raw = engine.raw_connection()
        try:
            dest = raw.dbapi_connection
            assert dest is not None
            src.backup(dest)
        finally:
            raw.close()
    finally:
        src.close()
