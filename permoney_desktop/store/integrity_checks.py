"""The queries of ``permoney check``: SQLite's own checks, transfer consistency, sync
bookkeeping, stored balance days, undo-journal rows and key presence, each on the caller's
connection (one read snapshot for the whole check)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from permoney_desktop.store.dialect import is_postgres, quoted
from permoney_desktop.store.table_info import primary_key

if TYPE_CHECKING:
    from sqlalchemy import Connection


def sqlite_check(conn: Connection, *, quick: bool) -> list[str]:
    """SQLite's ``quick_check`` or full ``integrity_check`` lines (["ok"] when intact)."""
    pragma = "quick_check" if quick else "integrity_check"
    return [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]


def foreign_key_violations(conn: Connection) -> list[tuple[str, int, str]]:
    """(table, rowid, parent table) of each row whose reference is missing."""
    return [
        (table, rowid, parent)
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check")
    ]


def transfers_with_wrong_side_count(conn: Connection) -> list[tuple[int, int]]:
    """(transfer id, number of entries) of each transfer without exactly two entries."""
    return [
        (t, n)
        for t, n in conn.exec_driver_sql(
            "SELECT t.id, count(e.id) FROM transfers t LEFT JOIN entries e ON e.transfer_id = t.id "
            "GROUP BY t.id HAVING count(e.id) != 2"
        )
    ]


def transfer_side_problems(conn: Connection) -> list[tuple[int, str]]:
    """(transfer id, what is wrong) of each two-sided transfer whose sides disagree."""
    return [
        (t, problem)
        for t, problem in conn.exec_driver_sql(
            # A subquery, not HAVING on the alias: PostgreSQL takes no output names there.
            "SELECT transfer_id, problem FROM (SELECT transfer_id, count(*) AS n, CASE "
            " WHEN count(DISTINCT account_id) != 2 THEN 'both sides are on one account' "
            " WHEN count(DISTINCT date) != 1 THEN 'the sides are on different days' "
            " WHEN NOT (min(amount) < 0 AND max(amount) > 0) "
            "  THEN 'the sides do not go out of one account and into the other' "
            " WHEN count(DISTINCT currency) = 1 AND sum(amount) != 0 "
            "  THEN 'the sides do not cancel out' END AS problem "
            "FROM entries WHERE transfer_id IS NOT NULL GROUP BY transfer_id) AS t "
            "WHERE n = 2 AND problem IS NOT NULL"
        )
    ]


def unlinked_transfer_sides(conn: Connection) -> list[int]:
    """Ids of ``transfer`` entries without a transfer."""
    return [
        e
        for (e,) in conn.exec_driver_sql(
            "SELECT id FROM entries WHERE kind = 'transfer' AND transfer_id IS NULL"
        )
    ]


def linked_non_transfers(conn: Connection) -> list[tuple[int, int]]:
    """(entry id, transfer id) of entries linked to a transfer that are not transfer sides."""
    return [
        (e, t)
        for e, t in conn.exec_driver_sql(
            "SELECT id, transfer_id FROM entries WHERE transfer_id IS NOT NULL "
            "AND kind != 'transfer'"
        )
    ]


def accounts_with_several_pending(conn: Connection) -> list[tuple[int, int]]:
    """(account id, count) of accounts with more than one pending sync request."""
    return [
        (a, n)
        for a, n in conn.exec_driver_sql(
            "SELECT account_id, count(*) FROM syncs WHERE status = 'pending' "
            "GROUP BY account_id HAVING count(*) > 1"
        )
    ]


def accounts_syncing(conn: Connection) -> list[int]:
    """Accounts with a sync marked running (or interrupted while running)."""
    return [
        int(a)
        for (a,) in conn.exec_driver_sql(
            "SELECT DISTINCT account_id FROM syncs WHERE status = 'syncing'"
        )
    ]


def accounts_awaiting_sync(conn: Connection) -> set[int]:
    """Accounts with a pending or running sync (their stored balances may lag)."""
    return {
        int(a)
        for (a,) in conn.exec_driver_sql(
            "SELECT DISTINCT account_id FROM syncs WHERE status IN ('pending', 'syncing') "
            "AND account_id IS NOT NULL"
        )
    }


def account_ids(conn: Connection) -> list[int]:
    """Every account id in order."""
    return [int(a) for (a,) in conn.exec_driver_sql("SELECT id FROM accounts ORDER BY id")]


BalanceRow = tuple[str, str, int, int, int, int, int, int]


def stored_balance_rows(conn: Connection, account_id: int) -> list[BalanceRow]:
    """The account's materialized days by date: (date, currency, start, inflows, outflows,
    adjustment, end, partial)."""
    return [
        (str(d), str(c), int(s), int(i), int(o), int(a), int(e), int(p))
        for d, c, s, i, o, a, e, p in conn.exec_driver_sql(
            'SELECT date, currency, start, inflows, outflows, adjustment, "end", partial '
            "FROM balances WHERE account_id = ? ORDER BY date",
            (account_id,),
        )
    ]


def existing_keys(conn: Connection, table: str, keys: Sequence[Any]) -> list[bool]:
    """Whether ``table`` holds each key: one statement for a single-column key (a server
    book answers 10,000 keys in one round trip, not 10,000), one per key otherwise."""
    pk = primary_key(table)
    if len(pk) != 1 or not all(isinstance(k, int) for k in keys):
        return [key_exists(conn, table, k) for k in keys]
    found = {
        int(k)
        for (k,) in conn.exec_driver_sql(
            f"SELECT {pk[0]} FROM {table} WHERE {pk[0]} IN (SELECT value FROM json_each(?))",
            (json.dumps(list(keys)),),
        )
    }
    return [k in found for k in keys]


def key_exists(conn: Connection, table: str, key: Any) -> bool:
    """True when ``table`` holds a row with primary key ``key`` (a list for a compound key)."""
    values: Sequence[Any] = key if isinstance(key, list) else [key]
    where = " AND ".join(f"{c} = ?" for c in primary_key(table))
    return (
        conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE {where}", tuple(values)).first()
        is not None
    )


def undo_step_rows(conn: Connection) -> list[tuple[int, bool, str, str]]:
    """Every stored undo step as (id, undone, author, payload JSON), by id."""
    return [
        (s, bool(u), a or "", p)
        for s, u, a, p in conn.exec_driver_sql(
            "SELECT id, undone, author, payload FROM undo_steps ORDER BY id"
        ).all()
    ]


def drop_undo_history(conn: Connection) -> None:
    """Delete every undo and redo step (a journal that can no longer be applied)."""
    conn.exec_driver_sql("DELETE FROM undo_steps")


# -- the values later commands depend on -----------------------------------------------------


def _row_key(conn: Connection, table: str) -> str:
    """What names a row in a finding: SQLite's rowid, or the first key column on PostgreSQL
    (which has no rowid)."""
    return f'"{primary_key(table)[0]}"' if is_postgres(conn) else "rowid"


def distinct_values(conn: Connection, table: str, column: str) -> list[tuple[str, Any]]:
    """Each distinct non-NULL text of ``table.column`` with the lowest rowid holding it.

    Kinds and currencies take a handful of values however many rows there are, so checking
    each value once costs one grouped scan."""
    col = quoted(column)
    return [
        (str(v), r)
        for v, r in conn.exec_driver_sql(
            f"SELECT CAST({col} AS TEXT), min({_row_key(conn, table)}) FROM {table} "
            f"WHERE {col} IS NOT NULL GROUP BY {col}"
        )
    ]


def non_integers(conn: Connection, table: str, column: str) -> list[int]:
    """Rowids (up to 50) of rows whose money ``column`` is not an integer count of minor
    units (a float, text or blob written by something other than the app)."""
    if is_postgres(conn):
        return []  # a BIGINT column holds nothing else
    return [
        int(r)
        for (r,) in conn.exec_driver_sql(
            f"SELECT rowid FROM {table} WHERE {quoted(column)} IS NOT NULL "
            f"AND typeof({quoted(column)}) != 'integer' LIMIT 50"
        )
    ]


def setting_text(conn: Connection, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


_DAMAGE_WORDS = ("malformed", "not a database", "could not decode", "corrupt", "disk image")


def is_damage(exc: BaseException) -> bool:
    """True for a database error that says the file itself is damaged (sqlite3, sqlcipher3
    or SQLAlchemy's wrapper of either), as opposed to a busy, full or missing one."""
    if not any(c.__name__ == "DatabaseError" for c in type(exc).__mro__):
        return False
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)
