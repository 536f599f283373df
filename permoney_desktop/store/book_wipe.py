"""Putting an empty book back as it was after a failed ``book copy`` into it: every row the
copy wrote is deleted and the book's settings (its id, base currency…) and id floors are put
back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from permoney_desktop.store import id_floors
from permoney_desktop.store.dialect import is_postgres
from permoney_desktop.store.schema import Base

SettingRows = list[tuple[str, str]]


@dataclass(frozen=True)
class Kept:
    """What a wipe puts back: the book's settings, and its id floors (the ids its deleted rows
    had are never given again, ``store.id_floors``, a failed copy or not)."""

    settings: SettingRows
    floors: list[tuple[str, int]]


def settings_rows(conn: Connection) -> SettingRows:
    return [(str(k), str(v)) for k, v in conn.exec_driver_sql("SELECT key, value FROM settings")]


def kept_rows(conn: Connection) -> Kept:
    return Kept(settings_rows(conn), id_floors.floors(conn))


def wipe(conn: Connection, kept: Kept) -> None:
    """Delete every row of every table, children first, then put the settings and floors back
    (inside the caller's write transaction)."""
    # Self-references (a category's parent) and cycles: the keys are checked at commit.
    if is_postgres(conn):
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in reversed(Base.metadata.sorted_tables):
        conn.exec_driver_sql(f"DELETE FROM {table.name}")
    if kept.settings:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?)", kept.settings)
    id_floors.raise_floors(conn, kept.floors)


def drop_undo_history(conn: Connection) -> None:
    """A copied book starts without undo steps (undoing the copy itself would empty it)."""
    conn.exec_driver_sql("DELETE FROM undo_steps")
