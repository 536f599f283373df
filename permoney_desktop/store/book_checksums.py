"""What proves two books (or a book and its zip) hold the same data, read the same way on
SQLite and PostgreSQL: row counts per table and each account's entries as (count, sum,
checksum). Plain SQL through ``store.dialect`` (dates as ISO text,
flags 0/1 on both), so a SQLite book and its PostgreSQL copy give identical values."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

from permoney_desktop.store.dialect import column_list
from permoney_desktop.store.table_info import table_columns

# Per account: (entry count, Σ amount, checksum over every column of every entry).
AccountSums = dict[int, tuple[int, int, str]]

_CHUNK = 5000


def table_counts(conn: Connection, tables: Iterable[str]) -> dict[str, int]:
    return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in tables}


def _canonical(value: Any) -> str:
    """One cell as text that is the same on both dialects (None apart from "")."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return str(int(value))
    return str(value)


def _rows(conn: Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    # Per statement: ``Connection.execution_options`` would change the caller's connection.
    result = conn.exec_driver_sql(sql, execution_options={"stream_results": True})
    for part in result.partitions(_CHUNK):
        yield from (tuple(r) for r in part)


def account_sums(conn: Connection) -> AccountSums:
    """Each account's entries: count, sum of amounts and a SHA-256 over all their columns in
    id order (what a copy must reproduce exactly, ids included)."""
    cols = table_columns("entries")
    acc_i, amount_i = cols.index("account_id"), cols.index("amount")
    sql = f"SELECT {column_list(cols)} FROM entries ORDER BY account_id, id"
    out: AccountSums = {}
    current: int | None = None
    count = total = 0
    digest = hashlib.sha256()
    for row in _rows(conn, sql):
        acc = int(row[acc_i])
        if acc != current:
            if current is not None:
                out[current] = (count, total, digest.hexdigest())
            current, count, total, digest = acc, 0, 0, hashlib.sha256()
        count += 1
        total += int(row[amount_i])
        digest.update("\x1f".join(_canonical(v) for v in row).encode())
        digest.update(b"\x1e")
    if current is not None:
        out[current] = (count, total, digest.hexdigest())
    return out


def account_ids(conn: Connection) -> list[int]:
    return [int(a) for (a,) in conn.exec_driver_sql("SELECT id FROM accounts ORDER BY id")]
