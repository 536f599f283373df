"""SQL for bank-file imports: dedupe lookups, transfer candidates, the bulk-load index swap,
and the saved CSV presets.

The dedupe lookups read through the driver's own cursor (``fetchall`` in C): a re-import
reads one book row per line of the file, and SQLAlchemy's row objects would cost more than
the query.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from permoney_desktop.store.dialect import PgDbapi, is_postgres

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row

# The tables whose indexes a bulk import drops and builds again after its insert.
_BULK_TABLES = "'entries', 'entry_tags'"


def accounts(conn: Connection) -> Sequence[Row[Any, Any, Any]]:
    """Every account as ``(id, name, currency)``."""
    return conn.exec_driver_sql("SELECT id, name, currency FROM accounts").all()


def _driver_cursor(conn: Connection) -> Any:
    driver = conn.connection.driver_connection
    if is_postgres(conn):
        return PgDbapi(driver)  # the same SQL text and row shapes (``store.dialect``)
    return driver.cursor()  # type: ignore[union-attr]


def _id_list(account_ids: Iterable[int]) -> str:
    return json.dumps(sorted(set(account_ids)))


def external_ids(conn: Connection, account_id: int) -> set[Any]:
    """The external ids of one account's entries."""
    cur = _driver_cursor(conn)
    try:
        return set(
            map(
                itemgetter(0),
                cur.execute(
                    "SELECT external_id FROM entries WHERE account_id = ?"
                    " AND external_id IS NOT NULL",
                    (account_id,),
                ).fetchall(),
            )
        )
    finally:
        cur.close()


def fingerprint_rows(
    conn: Connection, account_ids: Iterable[int], first: date, last: date
) -> list[tuple[Any, Any, Any, Any]]:
    """``(account_id, date, amount, payee)`` of the accounts' entries (valuations aside)
    dated ``first`` to ``last``: what a row without an external id is matched against."""
    cur = _driver_cursor(conn)
    try:
        rows: list[tuple[Any, Any, Any, Any]] = cur.execute(
            "SELECT account_id, date, amount, payee FROM entries"
            " WHERE kind != 'valuation' AND account_id IN"
            " (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?",
            (_id_list(account_ids), first.isoformat(), last.isoformat()),
        ).fetchall()
        return rows
    finally:
        cur.close()


def external_id_rows(conn: Connection, account_ids: Iterable[int]) -> list[tuple[Any, Any]]:
    """``(account_id, external_id)`` of the accounts' entries that have an external id."""
    cur = _driver_cursor(conn)
    try:
        rows: list[tuple[Any, Any]] = cur.execute(
            "SELECT account_id, external_id FROM entries"
            " WHERE external_id IS NOT NULL"
            " AND account_id IN (SELECT value FROM json_each(?))",
            (_id_list(account_ids),),
        ).fetchall()
        return rows
    finally:
        cur.close()


def max_entry_id(conn: Connection) -> int:
    """The highest entry id (0 in an empty book); ids only grow, so it is at least the count."""
    return int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM entries").scalar() or 0)


@contextmanager
def page_cache(conn: Connection, size: int) -> Iterator[None]:
    """SQLite's page cache set to ``size`` (PRAGMA cache_size units) while the block runs
    (a PostgreSQL server sizes its own buffers: nothing to do)."""
    if is_postgres(conn):
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {int(size)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(old or -2000)}")


# The plain indexes (not those of a primary key or a unique constraint) with their DDL.
_INDEXES = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
    f" AND tbl_name IN ({_BULK_TABLES}) AND sql IS NOT NULL ORDER BY name"
)
_INDEXES_PG = (
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    f" AND tablename IN ({_BULK_TABLES}) AND indexname NOT IN"
    " (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x')) ORDER BY indexname"
)


def drop_entry_indexes(conn: Connection) -> list[str]:
    """Drop the indexes of ``entries`` and ``entry_tags``; returns the statements that build
    them again (for ``create_indexes``, in the same transaction)."""
    found = conn.exec_driver_sql(_INDEXES_PG if is_postgres(conn) else _INDEXES).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]


def create_indexes(conn: Connection, statements: Iterable[str]) -> None:
    """Run the statements ``drop_entry_indexes`` returned."""
    for sql in statements:
        conn.exec_driver_sql(sql)


# -- transfers ----------------------------------------------------------------------------------


def transfer_candidates(
    conn: Connection, first: date, last: date, other_than: int | None
) -> Iterable[Row[Any, Any, Any, Any, Any]]:
    """Unlinked transactions dated ``first`` to ``last``, outside account ``other_than``
    (all accounts when None): ``(id, account_id, date, amount, currency)``, read as the
    caller iterates (a big book has many; the caller keeps few)."""
    return conn.exec_driver_sql(
        "SELECT id, account_id, date, amount, currency FROM entries"
        " WHERE kind = 'transaction' AND transfer_id IS NULL AND date BETWEEN ? AND ?"
        " AND account_id != ?",
        (first.isoformat(), last.isoformat(), -1 if other_than is None else other_than),
    )


def unlinked_transactions(conn: Connection, since: date) -> Iterable[Row[Any, Any, Any, Any, Any]]:
    """Transactions not in a transfer, from ``since`` on: ``(id, account_id, date, amount,
    currency)``, read as the caller iterates."""
    return conn.exec_driver_sql(
        "SELECT id, account_id, date, amount, currency FROM entries"
        " WHERE kind = 'transaction' AND transfer_id IS NULL AND date >= ?",
        (since.isoformat(),),
    )


def rejected_pairs(conn: Connection) -> set[tuple[int, int]]:
    """The entry pairs the user said are not transfers."""
    rows = conn.exec_driver_sql("SELECT entry_a_id, entry_b_id FROM rejected_transfer_pairs")
    return {(int(a), int(b)) for a, b in rows}


def other_accounts_have_entries(conn: Connection, account_id: int) -> bool:
    row = conn.exec_driver_sql(
        "SELECT 1 FROM accounts a WHERE a.id != ?"
        " AND EXISTS (SELECT 1 FROM entries e WHERE e.account_id = a.id) LIMIT 1",
        (account_id,),
    ).first()
    return row is not None


def entries_by_id(conn: Connection, a: int, b: int) -> dict[int, Row[Any, Any, Any, Any, Any, Any]]:
    """Entries ``a`` and ``b`` (those that exist) by id: ``(id, account_id, date, amount,
    transfer_id, kind)``."""
    return {
        int(r[0]): r
        for r in conn.exec_driver_sql(
            "SELECT id, account_id, date, amount, transfer_id, kind FROM entries"
            " WHERE id IN (?, ?)",
            (a, b),
        )
    }


# -- presets ------------------------------------------------------------------------------------


def save_preset(conn: Connection, name: str, settings: str, updated_at: Any) -> None:
    """Insert the CSV preset, or replace the settings of the one with that name."""
    conn.exec_driver_sql(
        "INSERT INTO import_presets (name, format, settings, updated_at)"
        " VALUES (?, 'csv', ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET settings = excluded.settings,"
        " updated_at = excluded.updated_at",
        (name, settings, updated_at),
    )


def preset_settings(conn: Connection, name: str) -> str | None:
    """The settings of the preset named ``name`` (in any case), None when there is none."""
    row = conn.exec_driver_sql(
        "SELECT settings FROM import_presets WHERE lower(name) = lower(?)", (name,)
    ).first()
    return None if row is None else str(row[0])


def preset_names(conn: Connection) -> list[str]:
    return [
        str(n)
        for (n,) in conn.exec_driver_sql("SELECT name FROM import_presets ORDER BY lower(name)")
    ]


def delete_preset(conn: Connection, name: str) -> int:
    """Delete the preset named ``name`` (in any case); returns how many rows went."""
    return conn.exec_driver_sql(
        "DELETE FROM import_presets WHERE lower(name) = lower(?)", (name,)
    ).rowcount
