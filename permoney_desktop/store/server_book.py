"""Open or create a shared book in a PostgreSQL database: reach it, migrate it, engines.

A shared book is named by its URL (``postgresql://USER@HOST/DB``); this machine's derived
stores (queue, metrics cache) live under a local stand-in path (``platform.paths``). Errors
are ``BookError`` sentences naming the book by its URL without a password, never SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from permoney_desktop.store import dialect, migrate
from permoney_desktop.store.book import Book, BookError, _ensure_book_id

# SQLSTATEs: no such database; not allowed to create one.
_NO_DATABASE = "3D000"
_NO_PRIVILEGE = "42501"


def _reason(exc: BaseException) -> str:
    """The driver's first line, which names the server and the failure (no password)."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


def _sqlstate(exc: BaseException) -> str | None:
    return getattr(getattr(exc, "orig", exc), "sqlstate", None)


def create_database(url: str) -> bool:
    """Create the URL's database when the server has none of that name; True if made.

    The role needs CREATEDB for this; without it, the message says what to ask for.
    """
    import psycopg
    from psycopg import sql

    target = dialect.libpq_url(url)
    try:
        psycopg.connect(target, connect_timeout=10).close()
        return False
    except psycopg.OperationalError as exc:
        if _sqlstate(exc) != _NO_DATABASE and "does not exist" not in str(exc):
            raise
    name = dialect.database_name(url)
    maintenance = target.rsplit("/", 1)[0] + "/postgres"
    query = target.partition("?")[2]
    if query:
        maintenance += f"?{query}"
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        if _sqlstate(exc) == _NO_PRIVILEGE:
            raise BookError(
                f"database {name!r} does not exist and this role may not create it; ask the "
                f'server\'s administrator to run: CREATE DATABASE "{name}" OWNER <your role>'
            ) from None
        raise
    return True


def open_server_book(url: str, home: Path, *, create: bool = False) -> Book:
    """Open the shared book at ``url`` (created, database included, with ``create``),
    migrated to the app's schema."""
    try:
        import psycopg
    except ImportError:
        raise BookError(
            "this installation cannot open shared books: it lacks the PostgreSQL driver "
            "(install Permoney with its 'shared' extra: pip install 'permoney-desktop[shared]')"
        ) from None
    from sqlalchemy.exc import DBAPIError

    from permoney_desktop.store.engine import make_server_engine

    shown = dialect.display_url(url)
    engines: list[Any] = []
    try:
        if create:
            create_database(url)
        write_engine = make_server_engine(url, write=True)
        engines.append(write_engine)
        migrate.upgrade_server(write_engine, shown, create=create)
        read_engine = make_server_engine(url, write=False)
        engines.append(read_engine)
        book_id = _ensure_book_id(write_engine)
    except (
        migrate.SchemaTooNewError,
        migrate.SchemaUnknownError,
        migrate.SchemaMissingError,
    ) as exc:
        _dispose(engines)
        raise BookError(str(exc)) from None
    except (DBAPIError, psycopg.Error) as exc:
        _dispose(engines)
        if _sqlstate(exc) == _NO_DATABASE:
            raise BookError(
                f"no database for {shown}; create the book with: permoney init {shown}"
            ) from None
        raise BookError(f"cannot open the shared book {shown}: {_reason(exc)}") from None
    return Book(home, book_id, read_engine, write_engine, url=url)


def _dispose(engines: list[Any]) -> None:
    for engine in engines:
        engine.dispose()
