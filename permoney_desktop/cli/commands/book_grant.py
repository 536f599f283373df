"""``permoney book grant ROLE``: a person's least-privilege access to a shared book."""

from __future__ import annotations

import argparse
from typing import Any

from permoney_desktop.cli.errors import CliError


def register_into(book_commands: Any) -> None:
    """Add ``grant`` to the ``book`` command group (``cli.commands.book_copy`` makes it)."""
    p = book_commands.add_parser(
        "grant",
        help="let a person's PostgreSQL role read and write a shared book (least privilege)",
        description="Runs packaging/pg_grants.sql's grants for ROLE on the --book's database, "
        "connected as the URL's role (the server's administrator, or a role with CREATEROLE "
        "that owns the database): ROLE may read, add, change and remove the book's rows, and "
        "nothing more (no DROP, ALTER, TRUNCATE or CREATE). All or nothing.",
    )
    p.add_argument("role", metavar="ROLE", help="the person's existing login role")
    p.add_argument("--revoke", action="store_true", help="take the access away instead")
    p.set_defaults(handler=cmd_grant)


def cmd_grant(args: argparse.Namespace) -> int:
    from permoney_desktop.platform.paths import paths_for
    from permoney_desktop.services import server_grants
    from permoney_desktop.store.book import BookError

    url = paths_for(args.book).url
    if url is None:
        raise CliError(
            "book grant works on a shared book: give --book postgresql://ADMIN@HOST/DB "
            "(a book file has no roles)"
        )
    try:
        done = server_grants.grant(url, args.role, revoke=args.revoke)
    except BookError as exc:
        raise CliError(f"book grant: {exc}") from None
    if args.revoke:
        print(f"{done.person} no longer has access to {done.database}")
    else:
        made = f" (made the group {server_grants.GROUP_NAME})" if done.made_group else ""
        print(
            f"{done.person} may now read and write the book in {done.database}{made}; "
            "they keep their password with: permoney book password URL"
        )
    return 0
