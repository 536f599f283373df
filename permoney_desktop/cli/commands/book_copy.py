"""``permoney book copy SOURCE DEST``: copy a book between a file and a PostgreSQL database."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from permoney_desktop.cli.commands import book_grant, server_password
from permoney_desktop.cli.errors import CliError
from permoney_desktop.platform.paths import book_location

# A progress line at most this often (a 1M-entry copy writes a hundred chunks).
PROGRESS_EVERY_S = 1.0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "book", help="whole-book operations (copy between a file and a server, passwords)"
    )
    cmds = p.add_subparsers(title="book commands", metavar="COMMAND", required=True)
    server_password.register_into(cmds)  # book password URL
    book_grant.register_into(cmds)  # book grant ROLE
    c = cmds.add_parser(
        "copy",
        help="copy a book into an empty book elsewhere (file ↔ postgresql://…), verified",
    )
    c.add_argument("source", type=book_location, metavar="SOURCE", help="a book file or URL")
    c.add_argument(
        "dest", type=book_location, metavar="DEST", help="a new or empty book file or URL"
    )
    c.set_defaults(handler=cmd_copy)


class _Progress:
    """Progress lines on stderr, one per step and at most one a second within a step."""

    def __init__(self) -> None:
        self.step = ""
        self.last = 0.0

    def __call__(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if what == self.step and now - self.last < PROGRESS_EVERY_S and done < total:
            return
        self.step, self.last = what, now
        share = f" {done * 100 // total}%" if total else ""
        print(f"permoney: {what}: {done:,} of {total:,}{share}", file=sys.stderr, flush=True)


def cmd_copy(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.imports.records import ImportFileError
    from permoney_desktop.services.book_copy import BookCopyError, copy_book, describe

    try:
        report = copy_book(args.source, args.dest, _Progress())
    except (BookCopyError, ImportFileError) as exc:
        raise CliError(f"book copy failed, {describe(args.dest)} is unchanged: {exc}") from None
    print(
        f"copied {report.entries:,} entries in {report.accounts} accounts to "
        f"{describe(args.dest)}; verified: row counts, per-account checksums and "
        f"{report.balance_days:,} balance days"
    )
    return 0
