"""Bulk writes that fill an empty book with demo data: Core inserts by table, and a
driver-level executemany for the (many) entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from permoney_desktop.store.dialect import is_postgres
from permoney_desktop.store.schema import AccountRow, Base


def has_accounts(conn: Connection) -> bool:
    return bool(conn.scalar(select(func.count()).select_from(AccountRow)))


def insert_rows(conn: Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows into ``table`` through SQLAlchemy (its column types bind the values)."""
    conn.execute(insert(Base.metadata.tables[table]), list(rows))


def widen_page_cache(conn: Connection) -> None:
    """A bigger page cache for the rest of this connection's bulk transaction: the entry
    indexes are written in random order, and the default 2 MB cache thrashes on them. (A
    PostgreSQL server sizes its own buffers.)"""
    if not is_postgres(conn):
        conn.exec_driver_sql("PRAGMA cache_size=-131072")


def bulk_insert(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """executemany straight to the driver with tuples: SQLAlchemy's per-row parameter
    processing costs more than SQLite's own work at this volume. Values are already plain
    ints and strs, except dates, written as the ISO text the Date/DateTime columns store."""
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    date_columns = [i for i, c in enumerate(columns) if isinstance(rows[0][c], date)]
    texts: dict[date, str] = {}  # a decade has ~3,650 distinct days: format each once

    def iso(value: date) -> str:
        text = texts.get(value)
        if text is None:
            # str() is isoformat() for a date and isoformat(" ") for a datetime.
            text = texts[value] = str(value)
        return text

    values = itemgetter(*columns)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        cells = list(values(row))
        for i in date_columns:
            cells[i] = iso(cells[i])
        params.append(tuple(cells))
    conn.exec_driver_sql(sql, params)


def set_data_versions(conn: Connection, version: int) -> None:
    """Every account's ``data_version``."""
    conn.execute(update(AccountRow).values(data_version=version))
