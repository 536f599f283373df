"""``permoney check``'s value checks: every stored value a later command reads as a domain
value (account and entry kinds, currencies, dates, amounts, rule conditions, presets, the base
currency) is one the domain accepts, by the same rules ``import-book`` applies to a zip.

A value the domain refuses would make ``accounts list``, ``balances``, ``sync`` or ``rules``
fail on every run, so each is an error naming its table, row and column, never the value.
"""

from __future__ import annotations

import json

from permoney_desktop.domain.currency import all_codes
from permoney_desktop.services import book_cells
from permoney_desktop.store import integrity_checks as q
from permoney_desktop.store.export_queries import column_kinds
from permoney_desktop.store.table_info import table_names
from permoney_desktop.store.types import SqlConnection

BASE_CURRENCY_SETTING = "book.base_currency"


def _domain_values(conn: SqlConnection) -> list[str]:
    problems = []
    for (table, column), rule in book_cells.DOMAIN_RULES.items():
        for value, rowid in q.distinct_values(conn, table, column):
            try:
                rule(value)
            except book_cells.CellError as exc:
                problems.append(f"{table} row {rowid}: {column} is {exc}")
    return problems


def _typed_values(conn: SqlConnection) -> list[str]:
    problems = []
    for table in sorted(table_names()):
        for column, kind in column_kinds(table).items():
            if kind.value == "date":
                problems += _dates(conn, table, column)
            elif kind.value == "money":
                rows = q.non_integers(conn, table, column)
                problems += [f"{table} row {r}: {column} is not a whole amount" for r in rows]
    return problems


def _dates(conn: SqlConnection, table: str, column: str) -> list[str]:
    # Each distinct day once (a few thousand however many entries): SQLite's date() takes
    # 2024-02-30 as it is, so Python's calendar decides.
    problems = []
    for value, rowid in q.distinct_values(conn, table, column):
        try:
            book_cells.check_day(value)
        except book_cells.CellError as exc:
            problems.append(f"{table} row {rowid}: {column} is {exc}")
    return problems


def _base_currency(conn: SqlConnection) -> list[str]:
    text = q.setting_text(conn, BASE_CURRENCY_SETTING)
    if text is None:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return ["setting book.base_currency is not JSON"]
    if not isinstance(value, str) or value not in all_codes():
        return ["setting book.base_currency is not a currency code the app knows"]
    return []


def value_problems(conn: SqlConnection) -> list[str]:
    """Every stored value the domain would refuse, as one sentence each."""
    return _domain_values(conn) + _typed_values(conn) + _base_currency(conn)
