"""A shared book's login: its server address without a password, the password this process
holds for it (memory only), and what a failed connection means in one sentence.

A password never travels inside a URL past this module: ``strip`` removes it (from the
user-info part and from a ``password=`` query parameter), ``remember`` keeps it in this
process, and every connection (``connect_args``, the engines' ``do_connect`` hook) gets it as
libpq's separate ``password`` parameter. ``sslmode``, ``sslrootcert`` and libpq's other query
parameters pass through the URL untouched. Messages name the server by ``display``, which
never shows a password, and any driver text is scrubbed of the password before it is shown.
"""

from __future__ import annotations

import getpass
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

DEFAULT_PORT = 5432

# SQLSTATE 28P01 invalid_password, 28000 invalid_authorization_specification.
_AUTH_STATES = ("28P01", "28000")
_AUTH_TEXTS = ("password authentication failed", "no password supplied", "password is required")
# Class 08 (connection exceptions) and the server going away (57P01-57P03).
_DOWN_STATES = ("57P01", "57P02", "57P03")
_DOWN_TEXTS = (
    "connection refused",
    "could not connect",
    "server closed the connection",
    "connection is closed",
    "connection is lost",
    "terminating connection",
    "timeout expired",
    "consuming input failed",
    "no route to host",
    "network is unreachable",
    "the database system is shutting down",
    "the database system is starting up",
    "could not translate host name",
    "ssl connection has been closed unexpectedly",
    "ssl syscall error",
    "name or service not known",
)
_TLS_TEXTS = (
    "certificate verify failed",
    "root certificate",
    "server certificate",
    "does not match host name",
    "tlsv1 alert",
    "invalid sslmode",
    "server does not support ssl",
)


@dataclass(frozen=True)
class ServerAddress:
    """Who connects where: what the keyring keys a password by (``user@host:port/db``)."""

    user: str
    host: str
    port: int
    database: str

    @property
    def key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _split(url: str) -> Any:
    return urlsplit("postgresql://" + url.split("://", 1)[1])


def strip(url: str) -> str:
    """``url`` without any password (user-info or ``password=``), otherwise as given."""
    scheme = url.split("://", 1)[0]
    parts = _split(url)
    netloc = parts.netloc.rsplit("@", 1)
    if len(netloc) == 2:
        user = netloc[0].split(":", 1)[0]
        host = f"{user}@{netloc[1]}" if user else netloc[1]
    else:
        host = netloc[0]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    return str(urlunsplit((scheme, host, parts.path, urlencode(query, safe="/:"), "")))


def password_in(url: str) -> str | None:
    """The password a URL carries (user-info first, then ``password=``), if any."""
    parts = _split(url)
    if parts.password is not None:
        return str(unquote(parts.password))
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "password":
            return str(value)
    return None


def address(url: str) -> ServerAddress:
    """The server address of ``url``, with libpq's defaults filled in (user: this account,
    host: localhost, port: 5432), so one server is keyed the same however it is spelled."""
    parts = _split(url)
    query = dict(parse_qsl(parts.query))
    user = unquote(parts.username) if parts.username else query.get("user") or _os_user()
    host = parts.hostname or query.get("host") or "localhost"
    try:
        port = parts.port or int(query.get("port") or DEFAULT_PORT)
    except ValueError:
        port = DEFAULT_PORT
    database = unquote(parts.path.lstrip("/")) or query.get("dbname") or user
    return ServerAddress(user, host, port, database)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): libpq would fail the same way
        return "postgres"


def make_url(
    host: str,
    port: int,
    database: str,
    user: str,
    sslmode: str = "",
    sslrootcert: str = "",
) -> str:
    """A shared book's URL from its parts (never with a password), libpq's spelling."""
    from urllib.parse import quote

    netloc = f"{quote(user, safe='')}@" if user else ""
    bracketed = f"[{host}]" if ":" in host else host  # an IPv6 address
    netloc += f"{bracketed}:{port}" if port else bracketed
    query = [(k, v) for k, v in (("sslmode", sslmode), ("sslrootcert", sslrootcert)) if v]
    tail = f"?{urlencode(query, safe='/:')}" if query else ""
    return f"postgresql://{netloc}/{quote(database, safe='')}{tail}"


def display(url: str) -> str:
    """The URL as messages, logs and the recent list may show it (never a password)."""
    return strip(url)


# -- the passwords this process holds -----------------------------------------------------------

_lock = threading.Lock()
_passwords: dict[str, str] = {}


def remember(url: str, password: str) -> None:
    """Hold ``password`` for ``url``'s server address in this process (memory only)."""
    with _lock:
        _passwords[address(url).key] = password


def forget(url: str) -> None:
    with _lock:
        _passwords.pop(address(url).key, None)


def password_for(url: str) -> str | None:
    """The password to connect with: the URL's own, else the one held for its address."""
    given = password_in(url)
    if given is not None:
        return given
    with _lock:
        return _passwords.get(address(url).key)


def has_password(url: str) -> bool:
    return password_for(url) is not None


def accept(url: str) -> str:
    """Take a URL as the user gave it: a password in it is held (for this process only) and
    the URL returned without it, which is all that may be kept or shown from then on."""
    given = password_in(url)
    if given is not None:
        remember(url, given)
    return strip(url)


def connect_args(url: str) -> dict[str, Any]:
    """libpq keyword arguments for ``url`` (the password, when one is held) beside
    ``libpq_url(strip(url))``."""
    password = password_for(url)
    return {} if password is None else {"password": password}


def plain_connect(url: str, *, timeout_s: int = 10) -> Any:
    """A psycopg connection to ``url`` outside SQLAlchemy (a probe, a light read), with the
    same password and TLS options as the book's engine."""
    import psycopg

    from permoney_desktop.store.dialect import libpq_url

    return psycopg.connect(
        libpq_url(strip(url)),
        connect_timeout=timeout_s,
        application_name="permoney",
        **connect_args(url),
    )


def install(engine: Any, url: str) -> None:
    """Give every new connection of ``engine`` the password held for ``url`` at connect
    time, so a password typed after the engine was built (a prompt, a reconnect) counts."""
    from sqlalchemy import event

    @event.listens_for(engine, "do_connect")
    def _on_connect(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams.update(connect_args(url))


# -- what a failure means ----------------------------------------------------------------------


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return seen


def _texts(exc: BaseException) -> str:
    return " ".join(str(e) for e in _chain(exc)).lower()


def _states(exc: BaseException) -> set[str]:
    return {s for e in _chain(exc) if (s := getattr(e, "sqlstate", None))}


def is_auth_failure(exc: BaseException) -> bool:
    """The server wants a password, or a different one."""
    if _states(exc) & set(_AUTH_STATES):
        return True
    return any(t in _texts(exc) for t in _AUTH_TEXTS)


def is_tls_failure(exc: BaseException) -> bool:
    """The TLS handshake failed: a certificate that does not verify, a missing CA file…"""
    text = _texts(exc)
    return not is_auth_failure(exc) and any(t in text for t in _TLS_TEXTS)


def is_unreachable(exc: BaseException) -> bool:
    """The server cannot be reached or went away (not: refused a login or a statement)."""
    if is_auth_failure(exc) or is_tls_failure(exc):
        return False
    states = _states(exc)
    if any(s.startswith("08") for s in states) or states & set(_DOWN_STATES):
        return True
    if any(getattr(e, "connection_invalidated", False) for e in _chain(exc)):
        return True
    return any(t in _texts(exc) for t in _DOWN_TEXTS)


def scrub(text: str, url: str | None = None) -> str:
    """``text`` with every password this process holds (and ``url``'s own) blotted out."""
    with _lock:
        held = list(_passwords.values())
    own = password_in(url) if url else None
    for password in sorted({*held, *([own] if own else [])}, key=len, reverse=True):
        if password:
            text = text.replace(password, "***")
    return text


def reason(exc: BaseException, url: str | None = None) -> str:
    """The driver's first line (it names the server and the failure), scrubbed."""
    orig = getattr(exc, "orig", exc)
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    # libpq puts 'connection to server at "…" failed:' first and the cause after it.
    first = " ".join(lines[:2]) if lines else type(orig).__name__
    return scrub(first, url)


def cause(exc: BaseException) -> str:
    """The driver's own short cause ("Connection refused", "timeout expired"), scrubbed."""
    orig = getattr(exc, "orig", exc)
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    short = first.rsplit("failed: ", 1)[-1].strip()
    return scrub(short[:1].upper() + short[1:])


def unreachable_message(url: str | None, exc: BaseException | None = None) -> str:
    """One line for a server that cannot be reached (``url`` None: the book is not known)."""
    what = f"the shared book {display(url)}" if url else "the shared book"
    why = f" ({reason(exc, url)})" if exc is not None else ""
    return (
        f"cannot reach the server of {what}{why}; check that the server "
        "is running and this machine can reach it, then try again"
    )


def tls_message(url: str, exc: BaseException) -> str:
    shown = display(url)
    query = dict(parse_qsl(_split(url).query))
    ca = query.get("sslrootcert")
    if "verify failed" in _texts(exc):
        where = f"the CA certificate in sslrootcert={ca}" if ca else "a CA this machine trusts"
        return (
            f"the server of {shown} presented a certificate that {where} does not verify, so "
            "the connection was refused; ask the server's administrator for its CA "
            "certificate and name it with sslrootcert=FILE in the URL"
        )
    return f"the TLS connection to {shown} failed: {reason(exc, url)}"
