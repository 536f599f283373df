"""The dialect seam: one SQL text for SQLite and PostgreSQL, and book locations as URLs.

The store's raw SQL is written once, in SQLite's spelling with ``?`` placeholders, and reads
its results in SQLite's shapes (dates and times as ISO text, flags and sums as ints). On a
PostgreSQL engine ``install`` makes that true for every driver-level statement
(``exec_driver_sql``, and the DB-API wrapper ``PgDbapi``): the placeholders become psycopg's
``%s``, and that statement's cursor loads ``date``/``timestamp`` as the text SQLite would have
stored, ``bool`` as 0/1 and integral ``numeric`` (PostgreSQL's ``SUM`` of a bigint) as int.
SQLAlchemy's compiled statements (ORM and Core) keep psycopg's own types, like on SQLite.
Also translated: ``x IN (SELECT value FROM json_each(?))`` (a JSON list parameter), ``IS ?``,
``LIKE`` (SQLite's ignores ASCII case) and ``group_concat``. The few statements that cannot
share one text branch on ``is_postgres(conn)`` in their own query module (PRAGMAs, nested
JSON, aggregates over comparisons, ``sqlite_master``). Flags are 0/1 on both (``types.Flag``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: object) -> bool:
    """True for a book on a PostgreSQL server (``postgresql://USER@HOST/DB``)."""
    return isinstance(location, str) and location.startswith(SCHEMES)


def sqlalchemy_url(url: str) -> str:
    """The URL SQLAlchemy needs for psycopg 3 (``postgresql+psycopg://``)."""
    rest = url.split("://", 1)[1]
    return f"postgresql+psycopg://{rest}"


def libpq_url(url: str) -> str:
    """The URL libpq itself understands (``postgresql://``)."""
    return "postgresql://" + url.split("://", 1)[1]


def display_url(url: str) -> str:
    """The URL with any password removed (also a ``password=`` parameter): what messages
    and logs may show."""
    from permoney_desktop.store.server_auth import strip

    return strip(libpq_url(url))


def database_name(url: str) -> str:
    return urlsplit(libpq_url(url)).path.lstrip("/") or "postgres"


def is_postgres(conn: Any) -> bool:
    """Is this SQLAlchemy connection (or session, engine) on PostgreSQL?"""
    bind = getattr(conn, "bind", None) or conn
    dialect = getattr(bind, "dialect", None)
    return dialect is not None and dialect.name == "postgresql"


_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*"
    # SQLite's "x IN (SELECT value FROM json_each(?))" with a JSON list: PostgreSQL's
    # "x = ANY(%s)" with the list itself, its element type taken from x.
    r"|(?P<lhs>[\w.]+)\s+(?P<not>NOT\s+)?IN\s+\(\s*SELECT\s+value\s+FROM\s+json_each\(\?\)\s*\)"
    r"|\bIS\s+NOT\s+\?|\bIS\s+\?|\?|%"
    # SQLite's "a IS [NOT] b" between two expressions (NULL-safe); not IS [NOT] NULL.
    r"|\bIS\s+(?:NOT\s+)?(?!(?:NULL|TRUE|FALSE|DISTINCT|NOT)\b)(?=[\w(])"
    # SQLite's LIKE ignores ASCII case (PostgreSQL's ILIKE); group_concat is string_agg.
    r"|\bLIKE\b|\bgroup_concat\(",
    re.IGNORECASE,
)


_SIMPLE = {"?": "%s", "%": "%%", "like": "ILIKE", "group_concat(": "string_agg("}


@dataclass(frozen=True, slots=True)
class Translated:
    """A statement in psycopg's spelling; ``lists``: the positions of parameters that are
    JSON lists in SQLite's spelling and Python lists in this one."""

    sql: str
    lists: tuple[int, ...]


@lru_cache(maxsize=2048)
def translate(sql: str) -> Translated:
    """``?`` placeholders to psycopg's ``%s`` and a literal ``%`` to ``%%``, leaving quoted
    strings, quoted names and comments as they are; SQLite-only forms to PostgreSQL's."""
    lists: list[int] = []
    position = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal position
        token = match.group(0)
        if match.group("lhs"):
            lists.append(position)
            position += 1
            test = f"{match.group('lhs')} = ANY(%s)"
            return f"NOT ({test})" if match.group("not") else test
        if token[0] in "iI" and not token.endswith("?"):
            not_ = "" if "NOT" in token.upper() else "NOT "
            return f"IS {not_}DISTINCT FROM "
        if token[0] in "?iI":
            position += 1
        if token[0] in "iI":
            # SQLite's IS compares any values, NULL included; PostgreSQL's spelling:
            not_ = "" if len(token.split()) == 3 else "NOT "
            return f"IS {not_}DISTINCT FROM %s"
        simple = _SIMPLE.get(token.lower())
        if simple is not None:
            return simple
        return token.replace("%", "%%") if token[0] == "'" else token

    return Translated(_TOKENS.sub(swap, sql), tuple(lists))


def to_format(sql: str) -> str:
    return translate(sql).sql


def _lists_decoded(lists: tuple[int, ...], params: Sequence[Any]) -> tuple[Any, ...]:
    decoded = list(params)
    for i in lists:
        value = decoded[i]
        decoded[i] = json.loads(value) if isinstance(value, str | bytes) else list(value)
    return tuple(decoded)


def driver_call(sql: str, params: Any) -> tuple[str, Any]:
    """The statement and parameters to hand psycopg for SQLite-spelled ``sql``."""
    if params is None:
        return sql, params
    translated = translate(sql)
    if not translated.lists:
        return translated.sql, params
    if isinstance(params, list):  # executemany: a list of parameter tuples
        return translated.sql, [_lists_decoded(translated.lists, p) for p in params]
    return translated.sql, _lists_decoded(translated.lists, params)


def _stored_time(text: str) -> str:
    """A timestamp's text as SQLAlchemy stores a DateTime on SQLite (six fraction digits)."""
    if "." not in text:
        return f"{text}.000000"
    whole, fraction = text.split(".", 1)
    return f"{whole}.{fraction[:6].ljust(6, '0')}"


def _sqlite_loaders() -> list[tuple[str, type]]:
    from psycopg.adapt import Loader

    class DateText(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    class TimeText(Loader):
        def load(self, data: Any) -> str:
            return _stored_time(bytes(data).decode())

    class FlagInt(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class WholeNumber(Loader):
        def load(self, data: Any) -> int | Decimal:
            text = bytes(data).decode()
            return int(text) if text.lstrip("-").isdigit() else Decimal(text)

    return [
        ("date", DateText),
        ("timestamp", TimeText),
        ("bool", FlagInt),
        ("numeric", WholeNumber),
    ]


def _flag_dumper() -> type:
    from psycopg.adapt import Dumper
    from psycopg.postgres import types

    class FlagDumper(Dumper):
        """A Python bool bound as 0/1, as sqlite3 binds it (flag columns are smallint)."""

        oid = types["int2"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    return FlagDumper


def sqlite_shaped(cursor: Any) -> Any:
    """``cursor`` (psycopg) loading results in SQLite's shapes and binding bools as 0/1
    (see the module docstring)."""
    adapters = cursor.adapters
    for name, loader in _sqlite_loaders_cached():
        adapters.register_loader(name, loader)
    adapters.register_dumper(bool, _flag_dumper_cached())
    return cursor


@lru_cache(maxsize=1)
def _flag_dumper_cached() -> type:
    return _flag_dumper()


@lru_cache(maxsize=1)
def _sqlite_loaders_cached() -> tuple[tuple[str, type], ...]:
    return tuple(_sqlite_loaders())


def quoted(name: str) -> str:
    """A column name as an identifier on both dialects: some are words PostgreSQL reserves
    (``schedules.end``) that SQLite takes bare."""
    return f'"{name}"'


def column_list(names: Sequence[str]) -> str:
    return ", ".join(quoted(n) for n in names)


# From this many rows on, a bulk insert on PostgreSQL goes through COPY: one statement
# streaming every row, where multi-row INSERTs took a round trip per ~60 rows.
COPY_ROWS = 200


def copy_rows(conn: Any, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values as the store binds them: ISO text for dates, ints, None) with
    ``COPY … FROM STDIN`` on the SQLAlchemy connection's own transaction."""
    raw = conn.connection.dbapi_connection
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY {table} ({column_list(cols)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def follow_ids(conn: Any, table: str) -> None:
    """After rows went into ``table`` with their ids given (an import's id range, undo
    putting rows back): its id sequence continues after the highest id, as SQLite's rowid
    does, so the next row without an id never collides."""
    conn.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
        f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
    )


def install(engine: Any) -> None:
    """Driver-level statements on a PostgreSQL ``engine`` in SQLite's spelling and shapes."""
    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _translate(
        _conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, _many: bool
    ) -> tuple[str, Any]:
        if context is not None and context.compiled is not None:
            return statement, parameters  # SQLAlchemy compiled it for psycopg already
        sqlite_shaped(cursor)
        return driver_call(statement, parameters)


class PgCursor:
    """The subset of a sqlite3 cursor the plain readers use, on a psycopg cursor."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def fetchall(self) -> list[Any]:
        return [] if self._cursor is None else list(self._cursor.fetchall())

    def fetchone(self) -> Any:
        return None if self._cursor is None else self._cursor.fetchone()

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class PgDbapi:
    """A psycopg connection that runs SQLite-spelled statements like ``sqlite3.Connection``
    does (``execute(sql, args)``), for the readers written against the DB-API."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    @property
    def in_transaction(self) -> bool:
        return bool(self._conn.info.transaction_status)  # 0: idle

    def execute(self, sql: str, args: Sequence[Any] = ()) -> PgCursor:
        word = sql.strip().upper()
        if word == "BEGIN":
            # psycopg begins a transaction (at the connection's isolation level) with the
            # next statement by itself.
            return PgCursor(None)
        if word in ("COMMIT", "ROLLBACK"):
            if word == "COMMIT":
                self._conn.commit()
            else:
                self._conn.rollback()
            return PgCursor(None)
        cursor = sqlite_shaped(self._conn.cursor())
        cursor.execute(*driver_call(sql, tuple(args)))
        return PgCursor(cursor)

    def close(self) -> None:
        """Nothing to close: each statement had its own cursor (``sqlite3.Cursor.close``)."""

    def commit(self) -> None:
        self._conn.commit()

    def rollback(self) -> None:
        self._conn.rollback()

    def disconnect(self) -> None:
        """Close the connection itself (one this wrapper's owner opened)."""
        self._conn.close()
