"""Test helper: a book's user data as comparable Python values (bookkeeping left out).

Each helper takes the book's file path or an open ``Ledger`` (a file or a shared book): it
reads the book with its own plain connection, outside the app's code paths, in SQLite's
value shapes on either backend (``store.dialect``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from permoney_desktop.services.ledger import Ledger

# Bookkeeping, not user data: the sync queue, the undo journal, Alembic's stamp, and the id
# floors (``store.id_floors``): an undo of an insert deletes rows, which raises their table's
# floor, and must; undo restores user data exactly, never lowers a floor.
SKIP_TABLES = {"syncs", "undo_steps", "alembic_version", "id_floors"}
# Versions only ever grow (undo is a write too), so they are bookkeeping as well.
SKIP_COLUMNS = {("accounts", "data_version"), ("entries", "version")}

Target = Path | Ledger


@contextmanager
def connect(target: Target) -> Iterator[Any]:
    """A plain connection to the book (``execute(sql, args)`` as sqlite3's), committed when
    the block ends."""
    url = target.book.url if isinstance(target, Ledger) else None
    if url is None:
        path = target.paths.book if isinstance(target, Ledger) else target
        conn = sqlite3.connect(path)
        try:
            with conn:
                yield conn
        finally:
            conn.close()
        return
    import psycopg

    from permoney_desktop.store.dialect import PgDbapi, libpq_url

    with psycopg.connect(libpq_url(url)) as pg:
        yield PgDbapi(pg)


def _tables_and_columns(conn: Any, postgres: bool) -> dict[str, list[str]]:
    if postgres:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
        out: dict[str, list[str]] = {}
        for table, column in rows:
            out.setdefault(table, []).append(column)
        return out
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not r[0].startswith("sqlite_")
    ]
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in names}


def book_state(target: Target) -> dict[str, list[tuple[Any, ...]]]:
    postgres = isinstance(target, Ledger) and target.book.url is not None
    with connect(target) as conn:
        state = {}
        for table, all_cols in sorted(_tables_and_columns(conn, postgres).items()):
            if table in SKIP_TABLES:
                continue
            cols = [c for c in all_cols if (table, c) not in SKIP_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            state[table] = [
                tuple(r)
                for r in conn.execute(f"SELECT {quoted} FROM {table} ORDER BY {quoted}").fetchall()
            ]
        return state


def pending_syncs(target: Target) -> dict[int, tuple[str, int]]:
    """account id → (window_start, data_version) of its pending sync rows (asserting one)."""
    with connect(target) as conn:
        rows = conn.execute(
            "SELECT account_id, window_start, data_version FROM syncs WHERE status = 'pending'"
        ).fetchall()
    out: dict[int, tuple[str, int]] = {}
    for account, start, version in rows:
        assert account not in out, f"two pending syncs for account {account}"
        out[account] = (start, version)
    return out


def versions(target: Target) -> dict[int, int]:
    with connect(target) as conn:
        return dict(conn.execute("SELECT id, data_version FROM accounts").fetchall())
