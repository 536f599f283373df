"""Book commands: ``init`` and ``demo``."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError
from permoney_desktop.platform.paths import book_location


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init", help="create a new, empty book (a file, or a shared book on PostgreSQL)"
    )
    p.add_argument(
        "path",
        nargs="?",
        type=book_location,
        metavar="PATH|URL",
        help="where to create it: a file, or postgresql://USER@HOST/DB (default: --book)",
    )
    p.add_argument("--base-currency", default="USD", help="currency for net worth (default USD)")
    p.add_argument(
        "--encrypted", action="store_true", help="encrypt the book (prints its recovery key once)"
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fill an empty book with a realistic demo household")
    p.add_argument("--transactions", type=int, default=5000, metavar="N")
    p.add_argument("--years", type=int, default=3, metavar="Y")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument(
        "--end",
        type=parse_date,
        default=None,
        metavar="DATE",
        help="last day of the demo history (default: today)",
    )
    p.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    if args.path is not None:
        args.book = args.path
    from permoney_desktop.domain.currency import currency
    from permoney_desktop.domain.errors import CurrencyError

    try:
        base = currency(args.base_currency)
    except CurrencyError as exc:
        raise CliError(str(exc)) from None
    from permoney_desktop.platform.paths import paths_for

    paths = paths_for(args.book)
    if paths.url is not None:
        return _init_shared(args, str(base))
    target = paths.book
    if target.exists():
        raise CliError(f"a file already exists at {target}; choose another path")
    if getattr(args, "encrypted", False):
        return _init_encrypted(args, str(base))
    with open_ledger(args, create=True) as ledger:
        ledger.set_setting("book.base_currency", str(base))
        print(f"created book {ledger.paths.book}")
    return 0


def _init_shared(args: argparse.Namespace, base: str) -> int:
    """Create a shared book, or open one that exists (so each member of a household runs
    the same command): the base currency is set only on a new book."""
    if getattr(args, "encrypted", False):
        raise CliError(
            "--encrypted is for book files; a shared book is protected by its server "
            "(roles, TLS: add ?sslmode=verify-full to the URL)"
        )
    with open_ledger(args, create=True) as ledger:
        if ledger.setting("book.base_currency") is None:
            ledger.set_setting("book.base_currency", base)
            print(f"created shared book {ledger.book.name}")
        else:
            print(f"opened shared book {ledger.book.name}")
    return 0


def _init_encrypted(args: argparse.Namespace, base: str) -> int:
    from permoney_desktop.cli import recovery_key
    from permoney_desktop.services import encryption

    ledger, made = encryption.create_encrypted(args.book)
    with ledger:
        ledger.set_setting("book.base_currency", base)
        book = ledger.paths.book
    try:
        recovery_key.deliver(made, None)
    except recovery_key.KeyDeliveryError as exc:
        # An empty book whose key nobody saw can never be opened: take it back.
        encryption.discard_new_book(book)
        raise CliError(
            f"the recovery key could not be shown ({exc}); no book was created"
        ) from None
    print(f"created encrypted book {book}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from permoney_desktop.services.demo import DemoError, fill_demo

    started = time.perf_counter()
    with open_ledger(args, create=True) as ledger:
        try:
            changes = fill_demo(
                ledger,
                transactions=args.transactions,
                years=args.years,
                seed=args.seed,
                end=args.end,
            )
        except DemoError as exc:
            raise CliError(str(exc)) from None
        after_write(ledger, changes)
    elapsed = time.perf_counter() - started
    print(
        f"demo book ready: {args.transactions} entries over {args.years} years in {elapsed:.2f} s",
        file=sys.stderr,
    )
    return 0
