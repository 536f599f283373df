"""The book's tables as the schema declares them: names, columns, primary keys, money columns.

Column names and primary keys come from ``store/table_columns.py``, generated from the schema,
so the write path (the undo journal, ``permoney tx add``) reads them without importing
SQLAlchemy; ``tests/store/test_table_columns.py`` fails when it is stale. Regenerate it with
``python -m permoney_desktop.store.table_info`` (then ``ruff format`` it) after changing
``store/schema.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from permoney_desktop.store.table_columns import TABLES

if TYPE_CHECKING:
    from sqlalchemy import Table


def _table(table: str) -> Table:
    from permoney_desktop.store.schema import Base

    return Base.metadata.tables[table]


def table_names() -> set[str]:
    """Every table of the schema."""
    from permoney_desktop.store.schema import Base

    return set(Base.metadata.tables)


def table_columns(table: str) -> list[str]:
    """The table's column names in schema order."""
    known = TABLES.get(table)
    if known is not None:
        return list(known[0])
    return [c.name for c in _table(table).columns]


def primary_key(table: str) -> list[str]:
    """The table's primary-key columns in order."""
    known = TABLES.get(table)
    if known is not None:
        return list(known[1])
    return [c.name for c in _table(table).primary_key.columns]


def money_columns(table: str) -> set[str]:
    """The table's money columns (integer minor units in the currency of its row)."""
    from permoney_desktop.store.types import MinorUnits

    return {c.name for c in _table(table).columns if isinstance(c.type, MinorUnits)}


def schema_tables() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each table's column names and primary key as the schema declares them now."""
    from permoney_desktop.store.schema import Base

    return {
        name: (tuple(c.name for c in t.columns), tuple(c.name for c in t.primary_key.columns))
        for name, t in Base.metadata.tables.items()
    }


def generated_source() -> str:
    """The text of ``store/table_columns.py`` for the schema as it is now (one item a line,
    as ``ruff format`` leaves it)."""
    lines = [
        '"""The schema\'s column names and primary keys per table, for reading them without',
        "importing SQLAlchemy. Generated from ``store/schema.py`` by",
        '``python -m permoney_desktop.store.table_info``: do not edit by hand."""',
        "",
        "TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {",
    ]
    for name, (cols, pk) in schema_tables().items():
        lines += [f'    "{name}": (', "        ("]
        lines += [f'            "{c}",' for c in cols]
        lines += ["        ),", "        ("]
        lines += [f'            "{c}",' for c in pk]
        lines += ["        ),", "    ),"]
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("table_columns.py").write_text(generated_source(), encoding="utf-8")
