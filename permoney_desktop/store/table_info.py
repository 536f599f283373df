"""The book's tables as the schema declares them: names, columns, primary keys, money columns."""

from __future__ import annotations

from permoney_desktop.store.schema import Base
from permoney_desktop.store.types import MinorUnits


def table_names() -> set[str]:
    """Every table of the schema."""
    return set(Base.metadata.tables)


def table_columns(table: str) -> list[str]:
    """The table's column names in schema order."""
    return [c.name for c in Base.metadata.tables[table].columns]


def primary_key(table: str) -> list[str]:
    """The table's primary-key columns in order."""
    return [c.name for c in Base.metadata.tables[table].primary_key.columns]


def money_columns(table: str) -> set[str]:
    """The table's money columns (integer minor units in the currency of its row)."""
    return {c.name for c in Base.metadata.tables[table].columns if isinstance(c.type, MinorUnits)}
