"""Export and book-import queries: the entry rows of a CSV export, whole tables in key order
for a book zip, the columns and types of each table, and the writes a book import makes
beside the journal."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Integer, Row, UniqueConstraint

from permoney_desktop.store.dialect import column_list
from permoney_desktop.store.schema import Base
from permoney_desktop.store.table_info import money_columns, primary_key
from permoney_desktop.store.types import ExactDecimal

# Row filters a book zip's files use on a table (the key names a part of the table).
ALL_ROWS = ""
NOT_VALUATIONS = "not valuations"
VALUATIONS = "valuations"
_FILTERS = {ALL_ROWS: "", NOT_VALUATIONS: "kind != 'valuation'", VALUATIONS: "kind = 'valuation'"}


def entry_rows(
    conn: Connection,
    *,
    account_ids: Sequence[int] | None = None,
    entry_ids: Sequence[int] | None = None,
    since: date | None = None,
    until: date | None = None,
    include_valuations: bool = True,
) -> Iterator[Row[*tuple[Any, ...]]]:
    """Entries for a CSV export by date then id, streamed: (id, date, account name, kind,
    amount in minor units, currency, payee, notes, category path "Parent:Child", merchant name,
    tags joined by ";", transfer id, external id). ``None`` filters select everything."""
    where = ["1 = 1"]
    params: list[Any] = []
    if account_ids is not None:
        where.append("e.account_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(a) for a in account_ids]))
    if entry_ids is not None:
        where.append("e.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(e) for e in entry_ids]))
    if since is not None:
        where.append("e.date >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("e.date <= ?")
        params.append(until.isoformat())
    if not include_valuations:
        where.append("e.kind != 'valuation'")
    sql = (
        "SELECT e.id, e.date, a.name, e.kind, e.amount, e.currency, e.payee, e.notes,"
        " CASE WHEN p.name IS NULL THEN c.name ELSE p.name || ':' || c.name END,"
        " m.name, (SELECT group_concat(t.name, ';') FROM entry_tags et"
        "   JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id),"
        " e.transfer_id, e.external_id"
        " FROM entries e JOIN accounts a ON a.id = e.account_id"
        " LEFT JOIN categories c ON c.id = e.category_id"
        " LEFT JOIN categories p ON p.id = c.parent_id"
        " LEFT JOIN merchants m ON m.id = e.merchant_id"
        f" WHERE {' AND '.join(where)} ORDER BY e.date, e.id"
    )
    return iter(conn.exec_driver_sql(sql, tuple(params)))


def table_rows(
    conn: Connection, table: str, columns: Sequence[str], part: str = ALL_ROWS
) -> Iterator[Row[*tuple[Any, ...]]]:
    """The table's rows (``part`` of them: one of the filters above) as ``columns``, streamed
    in primary-key order."""
    keys = ", ".join(primary_key(table))
    sql = f"SELECT {column_list(columns)} FROM {table}"
    if _FILTERS[part]:
        sql += f" WHERE {_FILTERS[part]}"
    sql += f" ORDER BY {keys}"
    return iter(conn.exec_driver_sql(sql))


@dataclass(frozen=True, slots=True)
class ColumnKind:
    """How a book zip's text cell turns into a value of this column, and what it must meet.

    ``value`` is one of: int, bool, money, decimal, date, datetime, text. ``required``: the
    column takes no NULL and has no default, so a book file must give it. ``references``: the
    table whose ``id`` the column holds (a foreign key).
    """

    nullable: bool
    money: bool
    whole_number: bool
    value: str = "text"
    required: bool = False
    references: str | None = None


def _value_type(column: Any, money: set[str]) -> str:
    if column.name in money:
        return "money"
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, ExactDecimal):
        return "decimal"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    return "text"


def _references(column: Any) -> str | None:
    targets = [fk.column.table.name for fk in column.foreign_keys]
    return targets[0] if targets else None


def column_kinds(table: str) -> dict[str, ColumnKind]:
    """Each column of the table and how its text converts."""
    money = money_columns(table)
    kinds = {}
    for c in Base.metadata.tables[table].columns:
        value = _value_type(c, money)
        kinds[c.name] = ColumnKind(
            nullable=bool(c.nullable),
            money=value == "money",
            whole_number=value in ("int", "bool"),
            value=value,
            required=not c.nullable and c.default is None and c.server_default is None,
            references=_references(c),
        )
    return kinds


def unique_column_sets(table: str) -> list[tuple[str, ...]]:
    """The column sets whose values the table holds at most once: the primary key, unique
    columns and unique constraints (NULLs never clash, as in SQLite)."""
    t = Base.metadata.tables[table]
    sets = [tuple(c.name for c in t.primary_key.columns)]
    sets += [(c.name,) for c in t.columns if c.unique]
    sets += [
        tuple(c.name for c in con.columns)
        for con in t.constraints
        if isinstance(con, UniqueConstraint)
    ]
    return list(dict.fromkeys(sets))


def has_accounts_or_categories(conn: Connection) -> bool:
    """True when the book holds any account or category (a book import needs an empty book)."""
    return bool(
        conn.exec_driver_sql(
            "SELECT (SELECT COUNT(*) FROM accounts) + (SELECT COUNT(*) FROM categories)"
        ).scalar()
    )


def put_base_currency(conn: Connection, value_json: str) -> None:
    """Store the base-currency setting (JSON text) inside the caller's transaction."""
    conn.exec_driver_sql(
        "INSERT INTO settings (key, value) VALUES ('book.base_currency', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (value_json,),
    )


def entry_facts(conn: Connection, ids: Collection[Any]) -> dict[Any, tuple[Any, ...]]:
    """``(id, account_id, kind, date, amount, currency, merchant_id, category_id)`` of the given
    entries, by id (what import-book's split checks compare lines with, read back from the book
    being written)."""
    if not ids:
        return {}
    rows = conn.exec_driver_sql(
        "SELECT id, account_id, kind, date, amount, currency, merchant_id, category_id FROM entries"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    ).all()
    return {r[0]: tuple(r) for r in rows}
