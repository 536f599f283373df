"""``permoney book password URL``: keep (or forget) a shared book's server password in the OS
keyring, so commands and the window find it without asking and no file ever holds it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from permoney_desktop.cli.errors import CliError


def register_into(book_commands: Any) -> None:
    """Add ``password`` to the ``book`` command group (``cli.commands.book_copy`` makes it)."""
    p = book_commands.add_parser(
        "password",
        help="store a shared book's server password in the OS keyring (asked on the terminal)",
        description="Asks for the password of the URL's role on a terminal (or reads one line "
        "from standard input with --stdin), checks it against the server, and keeps it in the "
        "OS keyring under user@host:port/db. Nothing is written to a file.",
    )
    p.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DB")
    p.add_argument("--stdin", action="store_true", help="read the password from standard input")
    p.add_argument("--forget", action="store_true", help="remove the stored password instead")
    p.add_argument(
        "--no-check", action="store_true", help="store it without connecting to the server"
    )
    p.set_defaults(handler=cmd_password)


def _read_password(args: argparse.Namespace, shown: str) -> str:
    import getpass

    if args.stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("no password on standard input")
        return line
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password on; pipe it in with --stdin instead")
    typed = getpass.getpass(f"Password for {shown}: ")
    if not typed:
        raise CliError("no password given; nothing stored")
    return typed


def cmd_password(args: argparse.Namespace) -> int:
    from permoney_desktop.platform import secrets
    from permoney_desktop.platform.paths import is_server_url
    from permoney_desktop.services import server_login
    from permoney_desktop.store import server_auth
    from permoney_desktop.store.book import BookError
    from permoney_desktop.store.server_book import NoServerDatabaseError

    if not is_server_url(args.url):
        raise CliError(f"{args.url!r} is not a shared book's URL (postgresql://USER@HOST/DB)")
    url = server_auth.accept(args.url)
    login = server_auth.address(url).key
    if args.forget:
        result = server_login.forget_in_keyring(url)
        if result.outcome is secrets.Outcome.DELETED:
            print(f"forgot the password for {login}")
            return 0
        if result.outcome is secrets.Outcome.MISSING:
            print(f"the keyring held no password for {login}")
            return 0
        raise CliError(f"the keyring could not forget it: {result.detail}")
    keyring = secrets.status()
    if not keyring.secure:
        raise CliError(
            "no secure keyring is available, so the password cannot be stored; run commands "
            "on a terminal to be asked for it each time"
        )
    password = server_auth.password_in(args.url) or _read_password(args, login)
    server_auth.remember(url, password)
    if not args.no_check:
        try:
            server_login.check_login(url)
        except NoServerDatabaseError:
            pass  # the login worked; the book is made later by permoney init
        except BookError as exc:
            server_auth.forget(url)
            raise CliError(f"{exc}; nothing stored") from None
    result = server_login.remember_in_keyring(url, password)
    if not result.ok:
        raise CliError(f"the keyring did not store it: {result.detail}")
    print(f"stored the password for {login} in the keyring ({keyring.backend})")
    return 0
