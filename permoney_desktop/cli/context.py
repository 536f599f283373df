"""Opening the book named on the command line, with CLI-friendly errors."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.changes import Changes
    from permoney_desktop.services import server_login
    from permoney_desktop.services.encryption import KeyRequest
    from permoney_desktop.services.ledger import Ledger


def open_ledger(args: argparse.Namespace, *, create: bool = False, stdlib: bool = False) -> Ledger:
    """The book of ``--book``; ``stdlib`` serves it without SQLAlchemy when it is a ready plain
    file (``Book.use_stdlib``: only for a command whose whole path is tested on it)."""
    # Imported here so `permoney --version` and `--help` never load SQLAlchemy.
    from permoney_desktop.platform.paths import default_book_location, is_server_url
    from permoney_desktop.services import encryption
    from permoney_desktop.store.book import BookError

    if is_server_url(args.book if args.book is not None else default_book_location()):
        # Only a shared book asks for a password: a book file's command never loads the
        # login module, the keyring or the server's driver (a `tx add` start-up budget).
        _install_password_prompt()
    try:
        # Plain books open directly; an encrypted one finds its key (keyring, environment)
        # or asks for the recovery key in a terminal.
        ledger = encryption.open_ledger(args.book, create=create, prompt=_ask_key, stdlib=stdlib)
    except encryption.KeyRequired as exc:
        raise CliError(f"{exc} (or set {encryption.ENV_KEY})") from None
    except BookError as exc:
        raise CliError(str(exc)) from None
    from permoney_desktop.services.read_only import refuse_writes_if_damaged

    refuse_writes_if_damaged(ledger)  # a book its last check found damaged is read-only
    return ledger


def _ask_key(request: KeyRequest) -> str | None:
    """Ask for an encrypted book's recovery key on the terminal (None when there is none)."""
    import getpass
    import sys

    if request.keyring_notice:
        print(f"permoney: warning: {request.keyring_notice}", file=sys.stderr)
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{request.message}: ")


def _install_password_prompt() -> None:
    """On a terminal, a shared book's server asks for its password through ``getpass``
    (never echoed, never kept unless the keyring is told to: ``permoney book password``)."""
    import sys

    from permoney_desktop.services import server_login

    server_login.set_prompt(_ask_password if sys.stdin.isatty() else None)


def _ask_password(request: server_login.LoginRequest) -> server_login.LoginAnswer | None:
    import getpass
    import sys

    from permoney_desktop.services.server_login import LoginAnswer

    print(f"permoney: {request.message}", file=sys.stderr)
    typed = getpass.getpass(f"Password for {request.login}: ")
    return LoginAnswer(typed) if typed else None


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD) for argparse ``type=``; anything else is a clear error."""
    from permoney_desktop.domain.limits import DateRangeError, check_date

    try:
        return check_date(date.fromisoformat(text))
    except DateRangeError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def after_write(ledger: Ledger, changes: Changes) -> None:
    """Bring the write's accounts up to date before the command exits when no app or worker
    runs; otherwise wake the one that does (see ``cli.write_sync``)."""
    from permoney_desktop.cli import write_sync

    write_sync.after_write(ledger, changes)
