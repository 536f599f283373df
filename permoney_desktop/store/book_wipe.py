"""Putting an empty book back as it was after a failed ``book copy`` into it: every row the
copy wrote is deleted and the book's settings (its id, base currency…) are put back."""

from __future__ import annotations

from sqlalchemy import Connection

from permoney_desktop.store.dialect import is_postgres
from permoney_desktop.store.schema import Base

SettingRows = list[tuple[str, str]]


def settings_rows(conn: Connection) -> SettingRows:
    return [(str(k), str(v)) for k, v in conn.exec_driver_sql("SELECT key, value FROM settings")]


def wipe(conn: Connection, settings: SettingRows) -> None:
    """Delete every row of every table, children first, then put ``settings`` back (inside the
    caller's write transaction)."""
    # Self-references (a category's parent) and cycles: the keys are checked at commit.
    if is_postgres(conn):
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in reversed(Base.metadata.sorted_tables):
        conn.exec_driver_sql(f"DELETE FROM {table.name}")
    if settings:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?)", settings)


def drop_undo_history(conn: Connection) -> None:
    """A copied book starts without undo steps (undoing the copy itself would empty it)."""
    conn.exec_driver_sql("DELETE FROM undo_steps")
