"""Account queries: account rows by id, by name and in list order, name clashes, the first day
of an account's balances, and the where-clauses an account delete runs through the journal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row


# The columns of an account record, in the order ``services.accounts`` reads them.
_COLS = (
    "id, name, kind, currency, opening_balance, opening_date, archived, notes, sort_order,"
    " data_version"
)


def account_row(conn: Connection, account_id: int) -> Row[*tuple[Any, ...]] | None:
    """The account's record (see ``_COLS``), or None."""
    return conn.exec_driver_sql(
        f"SELECT {_COLS} FROM accounts WHERE id = ?", (int(account_id),)
    ).first()


def rows_named(conn: Connection, name: str) -> list[Row[*tuple[Any, ...]]]:
    """Records of the accounts called ``name``: the exact match first, then any case."""
    return list(
        conn.exec_driver_sql(
            f"SELECT {_COLS} FROM accounts WHERE name = ? OR lower(name) = lower(?)"
            " ORDER BY name = ? DESC",
            (name, name, name),
        ).all()
    )


def all_rows(conn: Connection, *, include_archived: bool = True) -> list[Row[*tuple[Any, ...]]]:
    """Every account's record (or the unarchived ones), in list order."""
    where = "" if include_archived else "WHERE archived = 0"
    return list(
        conn.exec_driver_sql(f"SELECT {_COLS} FROM accounts {where} ORDER BY sort_order, name")
    )


def clashing_name(conn: Connection, name: str, exclude: int | None = None) -> str | None:
    """The name of an account other than ``exclude`` called ``name`` (any case), or None."""
    clash = conn.exec_driver_sql(
        "SELECT name FROM accounts WHERE lower(name) = lower(?) AND id IS NOT ?",
        (name, exclude),
    ).scalar()
    return None if clash is None else str(clash)


def opening_and_first_entry(conn: Connection, account_id: int) -> tuple[str | None, str | None]:
    """The account's opening date and its first entry's date (ISO text, each maybe None)."""
    row = conn.exec_driver_sql(
        "SELECT a.opening_date, (SELECT MIN(date) FROM entries WHERE account_id = a.id)"
        " FROM accounts a WHERE a.id = ?",
        (int(account_id),),
    ).first()
    return (None, None) if row is None else (row[0], row[1])


def last_sort_order(conn: Connection) -> int:
    """The highest ``sort_order`` of any account (0 without accounts)."""
    return int(
        conn.exec_driver_sql("SELECT COALESCE(MAX(sort_order), 0) FROM accounts").scalar() or 0
    )


def has_entries(conn: Connection, account_id: int) -> bool:
    row = conn.exec_driver_sql(
        "SELECT 1 FROM entries WHERE account_id = ? LIMIT 1", (account_id,)
    ).first()
    return row is not None


# Where-clauses for deleting an account through the journal (parameters: the account id).
OF_ACCOUNT = "account_id = ?"
_ENTRIES_OF_ACCOUNT = "SELECT id FROM entries WHERE account_id = ?"
ENTRY_TAGS_OF_ACCOUNT = f"entry_id IN ({_ENTRIES_OF_ACCOUNT})"
# The other side of each of the account's transfers (parameters: the account id, twice).
OTHER_TRANSFER_SIDES = (
    f"transfer_id IN (SELECT transfer_id FROM entries WHERE id IN ({_ENTRIES_OF_ACCOUNT}))"
    " AND account_id != ?"
)
