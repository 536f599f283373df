"""Account commands: ``accounts add|list|edit|rename|archive|unarchive|delete``."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.entry_values import AccountDetail
    from permoney_desktop.services.ledger import Ledger

KINDS = (
    "checking savings cash credit_card loan investment property vehicle other_asset other_liability"
)


def register(sub: Any) -> None:
    acc = sub.add_parser("accounts", help="add, list, rename, archive and delete accounts")
    cmds = acc.add_subparsers(title="account commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("add", help="create an account")
    p.add_argument("name")
    p.add_argument("--type", required=True, metavar="TYPE", help=f"one of: {KINDS}")
    p.add_argument("--currency", required=True, metavar="CUR", help="ISO code, e.g. USD")
    p.add_argument(
        "--opening-balance",
        default="0",
        metavar="AMOUNT",
        help="balance on the opening date (for cards and loans: the positive amount owed)",
    )
    p.add_argument("--opening-date", type=parse_date, metavar="DATE", help="default: today")
    p.add_argument("--notes", default="")
    p.set_defaults(handler=cmd_add)

    p = cmds.add_parser("list", help="list accounts")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("edit", help="change an account's type, opening or notes")
    p.add_argument("account", metavar="NAME")
    p.add_argument("--name", dest="new_name")
    p.add_argument("--type", metavar="TYPE")
    p.add_argument("--currency", metavar="CUR")
    p.add_argument("--opening-balance", metavar="AMOUNT")
    p.add_argument("--opening-date", type=parse_date, metavar="DATE")
    p.add_argument("--notes")
    p.add_argument(
        "--force",
        action="store_true",
        help="also change the opening balance of an account with reconciled statements",
    )
    p.set_defaults(handler=cmd_edit)

    p = cmds.add_parser("rename", help="rename an account")
    p.add_argument("account", metavar="NAME")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.set_defaults(handler=cmd_rename)

    for name, archived in (("archive", True), ("unarchive", False)):
        p = cmds.add_parser(name, help=f"{name} an account (its data is kept)")
        p.add_argument("account", metavar="NAME")
        p.set_defaults(handler=cmd_archive, archived=archived)

    p = cmds.add_parser("delete", help="delete an account and all its entries")
    p.add_argument("account", metavar="NAME")
    p.add_argument("--yes", action="store_true", help="really delete (undo with: permoney undo)")
    p.set_defaults(handler=cmd_delete)


def resolve_account(ledger: Ledger, name: str) -> AccountDetail:
    """An account by name (ignoring case) or, failing that, by numeric id."""
    from permoney_desktop.domain.entry_values import NotFoundError
    from permoney_desktop.services import accounts

    try:
        return accounts.find_account(ledger, name)
    except NotFoundError:
        if name.strip().isdigit():
            return accounts.get_account(ledger, int(name))
        raise


def cmd_add(args: argparse.Namespace) -> int:
    from datetime import date

    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import accounts

    opening = parse_decimal(args.opening_balance)
    opening_date = args.opening_date or (date.today() if opening else None)
    with open_ledger(args) as ledger:
        account_id, changes = accounts.create_account(
            ledger,
            args.name,
            args.type,
            args.currency,
            opening_balance=opening,
            opening_date=opening_date,
            notes=args.notes,
        )
        after_write(ledger, changes)
    print(account_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import accounts

    with open_ledger(args) as ledger:
        rows = [
            {
                "id": a.id,
                "name": a.name,
                "type": a.kind.value,
                "currency": a.currency,
                "opening_balance": str(a.opening_balance.amount),
                "opening_date": a.opening_date.isoformat() if a.opening_date else None,
                "archived": a.archived,
            }
            for a in accounts.list_accounts(ledger)
        ]
    columns = ["id", "name", "type", "currency", "opening_balance", "opening_date", "archived"]
    emit(rows, columns, args.format, numeric=("id", "opening_balance"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.entry_values import UNSET
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import accounts

    opening: Decimal | None = None
    if args.opening_balance is not None:
        opening = parse_decimal(args.opening_balance)
    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        changes = accounts.edit_account(
            ledger,
            acc.id,
            name=args.new_name,
            kind=args.type,
            currency_code=args.currency,
            opening_balance=opening,
            opening_date=UNSET if args.opening_date is None else args.opening_date,
            notes=args.notes,
            force=args.force,
        )
        after_write(ledger, changes)
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    from permoney_desktop.services import accounts

    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        after_write(ledger, accounts.rename_account(ledger, acc.id, args.new_name))
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from permoney_desktop.services import accounts

    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        after_write(ledger, accounts.set_archived(ledger, acc.id, args.archived))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.entry_values import EntryFilter
    from permoney_desktop.services import accounts, entries

    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        if not args.yes:
            n = entries.count_entries(ledger, EntryFilter(account_ids=(acc.id,)))
            raise CliError(f"this deletes {acc.name!r} and its {n} entries; add --yes to confirm")
        after_write(ledger, accounts.delete_account(ledger, acc.id))
    return 0
