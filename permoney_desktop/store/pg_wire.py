"""A small read-only PostgreSQL client on the standard library, for ``permoney balances``.

Importing psycopg costs a fifth of a second of CPU before the first byte is sent, more than
the whole answer on a 1M-entry book; this module speaks the protocol itself (version 3.0):
the startup message, logins by trust, cleartext, MD5 and SCRAM-SHA-256 (``hashlib``/``hmac``,
the server's signature checked), TLS through an SSLRequest and ``ssl`` honouring ``sslmode``
(``prefer``, ``require``, ``verify-ca``, ``verify-full``, ``disable``) with ``sslrootcert``,
``sslcert``/``sslkey``, and statements through the extended protocol with text parameters
and text results, loaded into the shapes ``store.dialect.PgDbapi`` gives (dates as ISO text,
flags 0/1, integral numerics as int).

It serves only what it fully understands. Anything else that libpq would honour (a Unix
socket, several hosts, a service file, ``PG*`` environment variables, other URL parameters,
Kerberos or GSSAPI logins) raises ``UnsupportedError`` before anything is sent, and the caller
takes psycopg. A password comes from the caller (the URL, this process, the keyring) and is
sent only when the server asks for one; no error text here ever contains it.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from permoney_desktop.store.dialect import _stored_time, driver_call

if TYPE_CHECKING:
    import ssl

PROTOCOL = 196608  # 3.0
SSL_REQUEST = 80877103
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10

# URL parameters this client honours exactly as libpq does; any other one means psycopg.
KNOWN_PARAMETERS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "connect_timeout",
        "application_name",
        "password",
    }
)
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")


class WireError(Exception):
    """A failure of the light path; its text never carries a password."""


class UnsupportedError(WireError):
    """A connection setting only libpq honours: use psycopg instead."""


class UnreachableError(WireError):
    """No server answered at the address (refused, timed out, no route)."""


class TlsError(WireError):
    """The TLS handshake failed (a certificate that does not verify, a missing CA file…)."""


class LoginNeededError(WireError):
    """The server wants a password and none is at hand (the caller may prompt)."""


class ServerError(WireError):
    """An ErrorResponse from the server; ``sqlstate`` as PostgreSQL names it."""

    def __init__(self, message: str, sqlstate: str) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@dataclass(frozen=True, slots=True)
class Target:
    """Where and how to connect, as libpq would read the URL."""

    host: str
    port: int
    user: str
    database: str
    sslmode: str
    sslrootcert: str
    sslcert: str
    sslkey: str
    connect_timeout: int
    application_name: str


def _libpq_environment() -> list[str]:
    # libpq reads dozens of PG* variables (PGSSLMODE, PGHOST, PGSERVICE, PGOPTIONS…); rather
    # than follow some, any of them sends the connection through libpq itself.
    return [k for k in os.environ if k.startswith("PG") and k != "PGDATA"]


def target(url: str, default_user: str) -> Target:
    """The connection ``url`` names, or ``UnsupportedError`` for anything beyond this client."""
    if _libpq_environment():
        raise UnsupportedError("PG* environment variables are set")
    parts = urlsplit("postgresql://" + url.split("://", 1)[1])
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = set(query) - KNOWN_PARAMETERS
    if unknown:
        raise UnsupportedError(f"URL parameters {sorted(unknown)}")
    host = unquote(parts.hostname or "")
    if "," in parts.netloc or not host or host.startswith("/") or "%" in host:
        raise UnsupportedError("a Unix socket, several hosts or an IPv6 zone")
    sslmode = query.get("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise UnsupportedError(f"sslmode={sslmode}")
    try:
        port = parts.port or DEFAULT_PORT
        timeout = int(query.get("connect_timeout") or CONNECT_TIMEOUT_S)
    except ValueError as exc:
        raise UnsupportedError("a port or timeout libpq would judge") from exc
    user = unquote(parts.username) if parts.username else default_user
    return Target(
        host=host,
        port=port,
        user=user,
        database=unquote(parts.path.lstrip("/")) or user,
        sslmode=sslmode,
        sslrootcert=query.get("sslrootcert", ""),
        sslcert=query.get("sslcert", ""),
        sslkey=query.get("sslkey", ""),
        connect_timeout=timeout if timeout > 0 else CONNECT_TIMEOUT_S,
        application_name=query.get("application_name", "permoney"),
    )


# -- TLS ---------------------------------------------------------------------------------------


def _home_file(name: str) -> Path:
    return Path.home() / ".postgresql" / name


def _tls_context(t: Target) -> ssl.SSLContext:
    """An ``ssl`` context for ``t.sslmode``, as libpq sets its own up."""
    import ssl

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # libpq's ssl_min_protocol_version
    root = t.sslrootcert or str(_home_file("root.crt"))
    # libpq: require with a root certificate at hand verifies the chain (as verify-ca).
    verify = t.sslmode in ("verify-ca", "verify-full") or (
        t.sslmode == "require" and (bool(t.sslrootcert) or Path(root).exists())
    )
    if t.sslrootcert == "system":
        ctx.load_default_certs()
        verify, full = True, True
    else:
        full = t.sslmode == "verify-full"
        if verify:
            if not Path(root).is_file():
                raise TlsError(
                    f'root certificate file "{root}" does not exist; either provide the file '
                    "or change sslmode to disable server certificate verification"
                )
            ctx.load_verify_locations(cafile=root)
    ctx.check_hostname = full
    ctx.verify_mode = ssl.CERT_REQUIRED if verify else ssl.CERT_NONE
    cert = t.sslcert or str(_home_file("postgresql.crt"))
    if Path(cert).is_file():
        key = t.sslkey or str(_home_file("postgresql.key"))
        try:
            ctx.load_cert_chain(cert, key)
        except (OSError, ssl.SSLError) as exc:  # e.g. a key with a passphrase
            raise UnsupportedError("a client certificate this client cannot load") from exc
    return ctx


def _start_tls(sock: socket.socket, t: Target) -> socket.socket:
    """SSLRequest, then the handshake when the server agrees (``prefer``: plain otherwise)."""
    if t.sslmode == "disable":
        return sock
    sock.sendall(struct.pack("!ii", 8, SSL_REQUEST))
    answer = sock.recv(1)
    if answer == b"N":
        if t.sslmode == "prefer":
            return sock
        raise TlsError("server does not support SSL, but SSL was required")
    if answer != b"S":
        raise WireError("the server answered the SSL request with something unexpected")
    import ssl

    ctx = _tls_context(t)
    try:
        return ctx.wrap_socket(sock, server_hostname=t.host)
    except ssl.SSLCertVerificationError as exc:
        raise TlsError(f"SSL error: certificate verify failed: {exc.verify_message}") from None
    except (ssl.SSLError, OSError) as exc:
        raise TlsError(f"SSL error: {exc}") from None


# -- SCRAM-SHA-256 (RFC 5802/7677), as PostgreSQL runs it ------------------------------------
# (hashlib, hmac and base64 are imported where used: a trust login never needs them.)


def _saslprep(password: str) -> bytes:
    import unicodedata

    # PostgreSQL normalizes with SASLprep and falls back to the raw bytes when the password is
    # not valid under it; NFKC is SASLprep's normalization, which an ASCII password passes as is.
    return unicodedata.normalize("NFKC", password).encode()


class Scram:
    """One SCRAM-SHA-256 exchange without channel binding (``n,,``)."""

    def __init__(self, password: str) -> None:
        import base64

        self._password = password
        self.nonce = base64.b64encode(os.urandom(18)).decode()
        self.first_bare = f"n=,r={self.nonce}"
        self._server_signature = b""

    def first(self) -> bytes:
        return f"n,,{self.first_bare}".encode()

    def final(self, server_first: bytes) -> bytes:
        import base64
        import hashlib
        import hmac

        fields = dict(f.split("=", 1) for f in server_first.decode().split(","))
        nonce, salt, rounds = fields["r"], base64.b64decode(fields["s"]), int(fields["i"])
        if not nonce.startswith(self.nonce):
            raise WireError("the server's SCRAM answer does not continue this login")
        salted = hashlib.pbkdf2_hmac("sha256", _saslprep(self._password), salt, rounds)
        client_key = hmac.digest(salted, b"Client Key", "sha256")
        without_proof = f"c=biws,r={nonce}"
        message = f"{self.first_bare},{server_first.decode()},{without_proof}".encode()
        signature = hmac.digest(hashlib.sha256(client_key).digest(), message, "sha256")
        proof = bytes(a ^ b for a, b in zip(client_key, signature, strict=True))
        server_key = hmac.digest(salted, b"Server Key", "sha256")
        self._server_signature = hmac.digest(server_key, message, "sha256")
        return f"{without_proof},p={base64.b64encode(proof).decode()}".encode()

    def check(self, server_final: bytes) -> None:
        import base64
        import hmac

        fields = dict(f.split("=", 1) for f in server_final.decode().split(","))
        if "v" not in fields or not hmac.compare_digest(
            base64.b64decode(fields["v"]), self._server_signature
        ):
            raise WireError("the server could not prove it knows the password (SCRAM)")


# -- statements --------------------------------------------------------------------------------

_MARKS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|%%|%s")


def numbered(sql: str) -> str:
    """psycopg's spelling (``%s``, ``%%``) as the protocol's (``$1``…, ``%``)."""
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        token = match.group(0)
        if token == "%s":
            count += 1
            return f"${count}"
        if token == "%%":
            return "%"
        return token.replace("%%", "%") if token[0] == "'" else token

    return _MARKS.sub(swap, sql)


def _array_text(values: Sequence[Any]) -> str:
    def one(v: Any) -> str:
        if v is None:
            return "NULL"
        text = str(int(v)) if isinstance(v, bool) else str(v)
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return "{" + ",".join(one(v) for v in values) + "}"


def _param_text(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return b"1" if value else b"0"  # flag columns are smallint 0/1 (as sqlite3 binds)
    if isinstance(value, list | tuple):
        return _array_text(value).encode()
    if hasattr(value, "isoformat"):
        return str(value.isoformat()).encode()
    return str(value).encode()


def _whole_number(text: str) -> int | Decimal:
    return int(text) if text.lstrip("-").isdigit() else Decimal(text)


def _bytea(text: str) -> bytes:
    return bytes.fromhex(text[2:]) if text.startswith("\\x") else text.encode()


# Type OIDs (pg_type) and how a text value of each loads, as store.dialect.sqlite_shaped does.
_LOADERS: dict[int, Callable[[str], Any]] = {
    16: lambda t: 1 if t == "t" else 0,  # bool
    17: _bytea,
    20: int,  # int8
    21: int,  # int2
    23: int,  # int4
    26: int,  # oid
    700: float,
    701: float,
    1700: _whole_number,  # numeric
    1114: _stored_time,  # timestamp
}


class Rows:
    """A statement's rows, fetched whole (the subset of a DB-API cursor the readers use)."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None

    def __iter__(self) -> Any:
        return iter(self.rows)


# -- the connection ----------------------------------------------------------------------------


class Connection:
    """One read-only session: ``execute(sql, args)`` in SQLite's spelling, like
    ``store.dialect.PgDbapi``; ``BEGIN`` opens a REPEATABLE READ, READ ONLY transaction."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = bytearray()
        self.status = b"I"  # ReadyForQuery: I idle, T in a transaction, E failed one
        # BEGIN and COMMIT wait to go out with the next statement, and their answers are read
        # before its own: no round trip of their own (on a loaded machine each one is a
        # wake-up of the server's process and of this one).
        self._outbox = bytearray()
        self._owed = 0

    @property
    def in_transaction(self) -> bool:
        return self.status != b"I"

    # framing

    def _send(self, kind: bytes, body: bytes) -> None:
        self._sock.sendall(kind + struct.pack("!i", len(body) + 4) + body)

    def _read(self, n: int) -> bytes:
        while len(self._buffer) < n:
            chunk = self._sock.recv(max(65536, n - len(self._buffer)))
            if not chunk:
                raise UnreachableError("server closed the connection unexpectedly")
            self._buffer += chunk
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def message(self) -> tuple[bytes, bytes]:
        head = self._read(5)
        length = struct.unpack("!i", head[1:])[0]
        return head[:1], self._read(length - 4)

    # login

    def login(self, t: Target, password: Callable[[], str | None]) -> None:
        params = {
            "user": t.user,
            "database": t.database,
            "application_name": t.application_name,
            "client_encoding": "UTF8",
            "DateStyle": "ISO, YMD",
        }
        body = struct.pack("!i", PROTOCOL) + b"".join(
            k.encode() + b"\0" + v.encode() + b"\0" for k, v in params.items()
        )
        body += b"\0"
        self._sock.sendall(struct.pack("!i", len(body) + 4) + body)
        scram: Scram | None = None
        while True:
            kind, data = self.message()
            if kind == b"E":
                raise _error(data)
            if kind == b"Z":
                self.status = data[:1]
                return
            if kind == b"R":
                scram = self._authenticate(t, data, password, scram)
            # S (parameter status), K (cancel key), N (notice): nothing this reader needs.

    def _authenticate(
        self, t: Target, data: bytes, password: Callable[[], str | None], scram: Scram | None
    ) -> Scram | None:
        code = struct.unpack("!i", data[:4])[0]
        rest = data[4:]
        if code == 0:
            return scram
        if code == 12:  # SASLFinal
            if scram is None:
                raise WireError("the server ended a SCRAM login that never began")
            scram.check(rest)
            return scram
        if code == 11:  # SASLContinue
            if scram is None:
                raise WireError("the server continued a SCRAM login that never began")
            self._send(b"p", scram.final(rest))
            return scram
        if code not in (3, 5, 10):  # Kerberos, GSSAPI, SSPI: libpq's
            raise UnsupportedError(f"login method {code}")
        secret = password()
        if secret is None:
            raise LoginNeededError(f"the server wants a password for role {t.user!r}")
        if code == 3:  # cleartext
            self._send(b"p", secret.encode() + b"\0")
            return None
        if code == 5:  # MD5
            import hashlib

            inner = hashlib.md5((secret + t.user).encode()).hexdigest().encode()
            outer = hashlib.md5(inner + rest[:4]).hexdigest()
            self._send(b"p", b"md5" + outer.encode() + b"\0")
            return None
        mechanisms = rest.split(b"\0")
        if b"SCRAM-SHA-256" not in mechanisms:
            raise UnsupportedError("no SASL mechanism this client speaks")
        scram = Scram(secret)
        first = scram.first()
        self._send(b"p", b"SCRAM-SHA-256\0" + struct.pack("!i", len(first)) + first)
        return scram

    # statements

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Rows:
        word = sql.strip().upper()
        if word == "BEGIN":
            return self._queue("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", b"T")
        if word in ("COMMIT", "ROLLBACK"):
            return self._queue(word, b"I")
        text, params = driver_call(sql, tuple(args))
        return self._extended(numbered(text), params)

    def _queue(self, sql: str, status: bytes) -> Rows:
        self._outbox += _frame(b"Q", sql.encode() + b"\0")
        self._owed += 1
        self.status = status  # as the server will report it once it has the message
        return Rows([])

    def _exchange(self, frames: bytes) -> Rows:
        """Send what waits and ``frames``; read every answer in order (the first error is
        raised once all are read, so the next statement starts in step)."""
        self._sock.sendall(bytes(self._outbox) + frames)
        self._outbox.clear()
        owed, self._owed = self._owed, 0
        error: ServerError | None = None
        for _ in range(owed):
            try:
                self._results()
            except ServerError as exc:
                error = error or exc
        try:
            rows = self._results()
        except ServerError as exc:
            raise (error or exc) from None
        if error is not None:
            raise error
        return rows

    def _extended(self, sql: str, params: Sequence[Any]) -> Rows:
        values = [_param_text(v) for v in params]
        bind = bytearray(b"\0\0" + struct.pack("!hh", 0, len(values)))
        for value in values:
            if value is None:
                bind += struct.pack("!i", -1)
            else:
                bind += struct.pack("!i", len(value)) + value
        bind += struct.pack("!h", 0)  # every result column as text
        return self._exchange(
            _frame(b"P", b"\0" + sql.encode() + b"\0" + struct.pack("!h", 0))
            + _frame(b"B", bytes(bind))
            + _frame(b"D", b"P\0")
            + _frame(b"E", b"\0" + struct.pack("!i", 0))
            + _frame(b"S", b"")
        )

    def _results(self) -> Rows:
        loaders: list[Callable[[str], Any]] = []
        rows: list[tuple[Any, ...]] = []
        error: ServerError | None = None
        while True:
            kind, data = self.message()
            if kind == b"D":
                rows.append(_row(data, loaders))
            elif kind == b"T":
                loaders = _loaders(data)
            elif kind == b"E":
                error = _error(data)
            elif kind == b"Z":
                self.status = data[:1]
                if error is not None:
                    raise error
                return Rows(rows)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # already gone: closing is all that is left
            self._sock.sendall(bytes(self._outbox) + _frame(b"X", b""))
        self._sock.close()

    disconnect = close


def _frame(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("!i", len(body) + 4) + body


def _loaders(data: bytes) -> list[Callable[[str], Any]]:
    count = struct.unpack("!h", data[:2])[0]
    pos = 2
    loaders = []
    for _ in range(count):
        pos = data.index(b"\0", pos) + 1  # the column's name
        oid = struct.unpack("!i", data[pos + 6 : pos + 10])[0]
        pos += 18
        loaders.append(_LOADERS.get(oid, str))
    return loaders


def _row(data: bytes, loaders: list[Callable[[str], Any]]) -> tuple[Any, ...]:
    count = struct.unpack("!h", data[:2])[0]
    pos = 2
    values: list[Any] = []
    for i in range(count):
        size = struct.unpack("!i", data[pos : pos + 4])[0]
        pos += 4
        if size < 0:
            values.append(None)
            continue
        values.append(loaders[i](data[pos : pos + size].decode()))
        pos += size
    return tuple(values)


def _error(data: bytes) -> ServerError:
    fields = {chunk[:1]: chunk[1:].decode(errors="replace") for chunk in data.split(b"\0") if chunk}
    return ServerError(fields.get(b"M", "the server refused"), fields.get(b"C", ""))


def connect(url: str, default_user: str, password: Callable[[], str | None]) -> Connection:
    """A logged-in connection to ``url``'s server (``UnsupportedError`` before anything is sent
    when the URL or the environment needs libpq)."""
    t = target(url, default_user)
    where = f'connection to server at "{t.host}", port {t.port} failed'
    try:
        sock = socket.create_connection((t.host, t.port), timeout=t.connect_timeout)
    except TimeoutError:
        raise UnreachableError(f"{where}: timeout expired") from None
    except OSError as exc:
        raise UnreachableError(f"{where}: {exc.strerror or exc}") from None
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock = _start_tls(sock, t)
        conn = Connection(sock)
        conn.login(t, password)
    except OSError as exc:  # the server went away or stopped answering during the login
        sock.close()
        raise UnreachableError(f"{where}: {exc.strerror or 'timeout expired'}") from None
    except BaseException:
        sock.close()
        raise
    sock.settimeout(None)  # statements wait as long as the server works, as libpq does
    return conn
