"""Test helper: a book's user data as comparable Python values (bookkeeping left out)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# Bookkeeping, not user data: the sync queue, the undo journal, Alembic's stamp.
SKIP_TABLES = {"syncs", "undo_steps", "alembic_version"}
# Versions only ever grow (undo is a write too), so they are bookkeeping as well.
SKIP_COLUMNS = {("accounts", "data_version")}


def book_state(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if r[0] not in SKIP_TABLES and not r[0].startswith("sqlite_")
        ]
        state = {}
        for table in tables:
            cols = [
                r[1]
                for r in conn.execute(f"PRAGMA table_info({table})")
                if (table, r[1]) not in SKIP_COLUMNS
            ]
            state[table] = conn.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(cols)}"
            ).fetchall()
        return state
    finally:
        conn.close()


def pending_syncs(path: Path) -> dict[int, tuple[str, int]]:
    """account id → (window_start, data_version) of its pending sync rows (asserting one)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT account_id, window_start, data_version FROM syncs WHERE status = 'pending'"
        ).fetchall()
    finally:
        conn.close()
    out: dict[int, tuple[str, int]] = {}
    for account, start, version in rows:
        assert account not in out, f"two pending syncs for account {account}"
        out[account] = (start, version)
    return out


def versions(path: Path) -> dict[int, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, data_version FROM accounts").fetchall())
    finally:
        conn.close()
