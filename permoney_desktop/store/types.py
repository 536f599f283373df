"""Connection and row types for signatures above ``store/``, and the column types that keep
money exact (``MinorUnits``, ``Flag``, ``ExactDecimal``: ``store/column_types.py``).

Importing this module costs nothing: the aliases are real only for the type checker (at run
time they are ``Any``; the layers above use them in annotations only), and the column types,
which need SQLAlchemy, are loaded on first use, so the write path of ``permoney tx add`` never
imports SQLAlchemy for a type hint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3
    from typing import TypeAlias

    from sqlalchemy import Connection, Row
    from sqlalchemy.orm import Session

    from permoney_desktop.store.column_types import ExactDecimal, Flag, MinorUnits

    # Layers above ``store/`` import neither SQLAlchemy nor sqlite3 themselves: they name
    # these aliases and pass the objects on to the query modules.
    SqlConnection: TypeAlias = Connection
    SqlSession: TypeAlias = Session
    SqlRow: TypeAlias = Row[*tuple[Any, ...]]
    DbapiConnection: TypeAlias = sqlite3.Connection
else:
    SqlConnection = SqlSession = SqlRow = DbapiConnection = Any

__all__ = [
    "DbapiConnection",
    "ExactDecimal",
    "Flag",
    "MinorUnits",
    "SqlConnection",
    "SqlRow",
    "SqlSession",
]

_COLUMN_TYPES = frozenset({"MinorUnits", "Flag", "ExactDecimal"})


def __getattr__(name: str) -> Any:
    if name in _COLUMN_TYPES:
        from permoney_desktop.store import column_types

        return getattr(column_types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
