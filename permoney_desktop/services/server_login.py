"""A shared book's password: from the URL (once, then stripped), the OS keyring, or a prompt.

Order: a password inside the URL the user typed is used for this process and never kept; else
the one the keyring holds for the login (``user@host:port/db``); else, when the server asks
for one, the process's prompt (the window's dialog, or the terminal's ``getpass``), which may
keep what was typed in the keyring once it worked. Without a prompt (a script, no terminal)
the refusal says how to store the password: ``permoney book password URL``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from permoney_desktop.domain.messages import Message
from permoney_desktop.platform import secrets
from permoney_desktop.store import server_auth
from permoney_desktop.store.book import Book, BookError
from permoney_desktop.store.server_book import ServerLoginError, open_server_book

MAX_TRIES = 3


@dataclass(frozen=True)
class LoginRequest:
    """What a prompt shows: which login, and why it is asked (none given, or refused)."""

    url: str  # without a password
    login: str  # user@host:port/db
    message: str
    keyring_secure: bool


@dataclass(frozen=True)
class LoginAnswer:
    password: str
    remember: bool = False  # keep it in the keyring once it has worked


Prompt = Callable[[LoginRequest], LoginAnswer | None]

_prompt: Prompt | None = None


def set_prompt(prompt: Prompt | None) -> None:
    """The process's way to ask for a password (None: never ask, refuse instead)."""
    global _prompt
    _prompt = prompt


def store_command(url: str) -> str:
    return f"permoney book password {server_auth.display(url)}"


def prepare(url: str) -> str:
    """Take the URL as given: its password (if any) is held for this process and the URL
    comes back without it; otherwise a password the keyring holds for the login is held."""
    clean = server_auth.accept(url)
    if not server_auth.has_password(clean):
        found = secrets.load_server_password(server_auth.address(clean).key)
        if found.outcome is secrets.Outcome.FOUND and found.value is not None:
            server_auth.remember(clean, found.value)
    return clean


def remember_in_keyring(url: str, password: str) -> secrets.SecretResult:
    """Keep ``password`` for ``url``'s login in the keyring (refused when it is not secure)."""
    return secrets.store_server_password(server_auth.address(url).key, password)


def forget_in_keyring(url: str) -> secrets.SecretResult:
    server_auth.forget(url)
    return secrets.forget_server_password(server_auth.address(url).key)


def refusal(url: str, exc: ServerLoginError) -> str:
    """What a process without a prompt says when the server wants a password."""
    if exc.had_password:
        return (
            f"{exc}; store the right one with: {store_command(url)} (or run the command on a "
            "terminal to be asked)"
        )
    return (
        f"{exc}; store it in the keyring with: {store_command(url)} (or run the command on a "
        "terminal to be asked)"
    )


def open_book(url: str, home: Path, *, create: bool = False) -> Book:
    """Open the shared book at ``url``, finding its password as the module says."""
    clean = prepare(url)
    typed: LoginAnswer | None = None
    for _ in range(MAX_TRIES + 1):
        try:
            book = open_server_book(clean, home, create=create)
        except ServerLoginError as exc:
            typed = _ask(clean, exc)
            server_auth.remember(clean, typed.password)
            continue
        if typed is not None and typed.remember:
            # Kept only once it worked: a mistyped password never reaches the keyring.
            remember_in_keyring(clean, typed.password)
        return book
    server_auth.forget(clean)
    raise BookError(
        Message(
            "{value} was not opened: the password was refused",
            value=server_auth.display(clean),
        )
    )


def _ask(url: str, exc: ServerLoginError) -> LoginAnswer:
    if _prompt is None:
        raise BookError(refusal(url, exc)) from None
    request = LoginRequest(
        url=url,
        login=exc.address.key,
        message=str(exc),
        keyring_secure=secrets.status().secure,
    )
    answer = _prompt(request)
    if answer is None:
        server_auth.forget(url)
        raise BookError(
            Message(
                "{value} was not opened: no password was given",
                value=server_auth.display(url),
            )
        )
    return answer


def check_login(url: str, timeout_s: int = 10) -> None:
    """Connect once to ``url``'s server with the password held for it; raises the open's
    ``BookError``s (login, TLS, unreachable) when that fails."""
    from permoney_desktop.store.server_book import ping

    ping(url, timeout_s=timeout_s)


# -- File → Connect to a shared book ------------------------------------------------------------

BOOK, EMPTY, MISSING, OTHER = "book", "empty", "missing", "other"


def make_url(
    host: str, port: int, database: str, user: str, sslmode: str = "", sslrootcert: str = ""
) -> str:
    """The URL of a shared book from the Connect dialog's fields (never with a password)."""
    return server_auth.make_url(host, port, database, user, sslmode, sslrootcert)


def login_key(url: str) -> str:
    """``user@host:port/db``: what the keyring keeps a password under."""
    return server_auth.address(url).key


def probe_book(url: str, password: str | None, *, timeout_s: int = 10) -> str:
    """Hold ``password`` (when given) for ``url`` and ask its server what is there: ``BOOK``,
    ``EMPTY``, ``MISSING`` (no such database) or ``OTHER``; a ``BookError`` sentence when the
    server refuses the login, the TLS check fails or it cannot be reached."""
    from permoney_desktop.store.server_book import book_state

    if password:
        server_auth.remember(url, password)
    return book_state(url, timeout_s=timeout_s)


def keyring_secure() -> bool:
    return secrets.status().secure


def without_password(url: str) -> str:
    """``url`` as it may be kept and shown (the recent list, titles)."""
    return server_auth.strip(url)


def short_name(url: str) -> str:
    """``db on host`` for menus."""
    address = server_auth.address(url)
    return f"{address.database} on {address.host}"
