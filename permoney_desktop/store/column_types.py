"""Column types that keep money exact (integer minor units, Decimal-as-text rates) and read
the same on SQLite and PostgreSQL (flags as 0/1 on both, so one SQL text serves both).

Named as ``store.types.MinorUnits`` etc. (the schema and the migrations do); they live here so
that importing ``store.types`` for its connection aliases does not import SQLAlchemy.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Boolean, Integer, SmallInteger, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class MinorUnits(TypeDecorator[int]):
    """Money as an integer count of minor units (cents). Never Numeric, never float.

    The currency lives in a sibling column; conversion to ``Money`` happens at the service
    boundary. Binding anything but an ``int`` is a programming error and raises at once.
    """

    impl = Integer
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        # SQLite's INTEGER is 64-bit already (and its DDL stays as it was); PostgreSQL's
        # integer is 32-bit, too small for amounts up to 10^13.
        if dialect.name == "postgresql":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Integer())

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"money columns take integer minor units, got {type(value).__name__}")
        return value


class Flag(TypeDecorator[bool]):
    """A yes/no column: SQLite's BOOLEAN (0/1) there, a smallint 0/1 on PostgreSQL.

    The store's SQL text is written once for both dialects and compares flags with 0 and 1
    (``archived = 0``, ``partial = 1``); PostgreSQL's own boolean would refuse that. Python
    sees ``bool`` either way.
    """

    impl = Boolean
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(SmallInteger())
        return dialect.type_descriptor(Boolean())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "postgresql":
            return value
        return int(bool(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> bool | None:
        return None if value is None else bool(value)


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text (exchange rates: not money, but never float)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise TypeError(f"exact decimal columns take a finite Decimal, got {value!r}")
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


# Named where they always were: Alembic renders a column's type by its module, and every
# migration spells ``permoney_desktop.store.types.MinorUnits()``.
for _column_type in (MinorUnits, Flag, ExactDecimal):
    _column_type.__module__ = "permoney_desktop.store.types"
