"""Open or create a shared book in a PostgreSQL database: reach it, migrate it, engines.

A shared book is named by its URL (``postgresql://USER@HOST/DB``); this machine's derived
stores (queue, metrics cache) live under a local stand-in path (``platform.paths``). Errors
are ``BookError`` sentences naming the book by its URL without a password, never SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from permoney_desktop.store import dialect, migrate, server_auth
from permoney_desktop.store.book import Book, BookError, _ensure_book_id


class ServerLoginError(BookError):
    """The server wants a password for this role, or a different one; ``address`` names the
    login (what the keyring keys a stored password by)."""

    def __init__(self, message: str, address: server_auth.ServerAddress, *, had: bool) -> None:
        super().__init__(message)
        self.address = address
        self.had_password = had  # False: none was given; True: the one given was refused


class NoServerDatabaseError(BookError):
    """The server answers but has no database of the URL's name."""


class ServerUnreachableError(BookError):
    """The server cannot be reached (down, no network, wrong host or port)."""


# SQLSTATEs: no such database; not allowed to create one.
_NO_DATABASE = "3D000"
_NO_PRIVILEGE = "42501"


def _reason(exc: BaseException, url: str) -> str:
    """The driver's first line, which names the server and the failure (no password)."""
    return server_auth.reason(exc, url)


def _sqlstate(exc: BaseException) -> str | None:
    return getattr(getattr(exc, "orig", exc), "sqlstate", None)


def create_database(url: str) -> bool:
    """Create the URL's database when the server has none of that name; True if made.

    The role needs CREATEDB for this; without it, the message says what to ask for.
    """
    import psycopg
    from psycopg import sql

    target = dialect.libpq_url(server_auth.strip(url))
    login = server_auth.connect_args(url)
    try:
        psycopg.connect(target, connect_timeout=10, **login).close()
        return False
    except psycopg.OperationalError as exc:
        if _sqlstate(exc) != _NO_DATABASE and "does not exist" not in str(exc):
            raise
    name = dialect.database_name(url)
    try:
        with psycopg.connect(
            _maintenance(url), autocommit=True, connect_timeout=10, **login
        ) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        if _sqlstate(exc) == _NO_PRIVILEGE:
            raise BookError(
                f"database {name!r} does not exist and this role may not create it; ask the "
                f'server\'s administrator to run: CREATE DATABASE "{name}" OWNER <your role>'
            ) from None
        raise
    return True


def _maintenance(url: str) -> str:
    """The same server and options, the maintenance database (a query's sslrootcert=/a/path
    holds slashes too, so the path is replaced as a part, not by splitting the text)."""
    target = dialect.libpq_url(server_auth.strip(url))
    return urlunsplit(urlsplit(target)._replace(path="/postgres"))


def drop_database(url: str) -> None:
    """Drop the URL's database: only one this process created (``create_database`` said
    so) and has closed every connection to, e.g. a failed ``book copy``'s."""
    import psycopg
    from psycopg import sql

    name = dialect.database_name(url)
    login = server_auth.connect_args(url)
    with psycopg.connect(_maintenance(url), autocommit=True, connect_timeout=10, **login) as conn:
        conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))


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
        raise connection_error(url, exc) from None
    return Book(home, book_id, read_engine, write_engine, url=server_auth.strip(url))


def connection_error(url: str, exc: BaseException) -> BookError:
    """The one sentence for a failed connection to ``url``'s server (no password, no SQL)."""
    for applies, build in _FAILURES:
        if applies(url, exc):
            error = build(url, exc)
            error.cause = server_auth.cause(exc)  # type: ignore[attr-defined]
            return error
    return BookError(f"cannot open the shared book {dialect.display_url(url)}: {_reason(exc, url)}")


def _no_database(url: str, exc: BaseException) -> bool:
    return _sqlstate(exc) == _NO_DATABASE or (
        f'database "{dialect.database_name(url)}" does not exist' in str(exc)
    )


def _no_database_error(url: str, _exc: BaseException) -> BookError:
    shown = dialect.display_url(url)
    return NoServerDatabaseError(
        f"no database for {shown}; create the book with: permoney init {shown}"
    )


def _login_error(url: str, _exc: BaseException) -> BookError:
    had = server_auth.has_password(url)
    what = "refused the password given" if had else "wants a password"
    return ServerLoginError(
        f"the server of {dialect.display_url(url)} {what} for role "
        f"{server_auth.address(url).user!r}",
        server_auth.address(url),
        had=had,
    )


def _no_connect_error(url: str, _exc: BaseException) -> BookError:
    role = server_auth.address(url).user
    return BookError(
        f"role {role!r} may not connect to {dialect.display_url(url)}; ask the server's "
        f"administrator to run packaging/pg_grants.sql for it (psql … -v person={role})"
    )


def _no_privilege_error(url: str, _exc: BaseException) -> BookError:
    return BookError(
        f"role {server_auth.address(url).user!r} may not upgrade or set up "
        f"{dialect.display_url(url)} (a person's role may only read and write entries); run "
        "permoney init with the book's owner role once, then open it again"
    )


_Applies = Callable[[str, BaseException], bool]
_Build = Callable[[str, BaseException], BookError]

# In order: the first that applies names the failure.
_FAILURES: list[tuple[_Applies, _Build]] = [
    (_no_database, _no_database_error),
    (lambda _u, e: server_auth.is_auth_failure(e), _login_error),
    (
        lambda _u, e: server_auth.is_tls_failure(e),
        lambda u, e: BookError(server_auth.tls_message(u, e)),
    ),
    (
        lambda _u, e: server_auth.is_unreachable(e),
        lambda u, e: ServerUnreachableError(server_auth.unreachable_message(u, e)),
    ),
    (lambda _u, e: "permission denied for database" in str(e), _no_connect_error),
    (lambda _u, e: _sqlstate(e) == _NO_PRIVILEGE, _no_privilege_error),
]


def ping(url: str, *, timeout_s: int = 10) -> None:
    """Connect to ``url``'s server and ask it one trivial question; raises the
    ``connection_error`` sentence when that fails (the window's unreachable probe, the
    Connect dialog's test)."""
    import psycopg

    try:
        with server_auth.plain_connect(url, timeout_s=timeout_s) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        raise connection_error(url, exc) from None


BOOK = "book"  # a Permoney book is there
EMPTY = "empty"  # the database exists and holds no tables: a new book may be made in it
MISSING = "missing"  # no database of that name (a role with CREATEDB makes it)
OTHER = "other"  # tables that are not a Permoney book's: never written to


def book_state(url: str, *, timeout_s: int = 10) -> str:
    """What ``url`` names on its server: ``BOOK``, ``EMPTY``, ``MISSING`` or ``OTHER``; raises
    the ``connection_error`` sentence when the server cannot be asked (login, TLS, down)."""
    import psycopg

    try:
        with server_auth.plain_connect(url, timeout_s=timeout_s) as conn:
            version = conn.execute("SELECT to_regclass('alembic_version')").fetchone()
            if version is not None and version[0] is not None:
                return BOOK
            tables = conn.execute(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                "LIMIT 1"
            ).fetchone()
    except psycopg.Error as exc:
        error = connection_error(url, exc)
        if isinstance(error, NoServerDatabaseError):
            return MISSING
        raise error from None
    return EMPTY if tables is None else OTHER


def _dispose(engines: list[Any]) -> None:
    for engine in engines:
        engine.dispose()
