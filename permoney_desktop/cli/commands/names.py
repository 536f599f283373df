"""Named-list commands: ``tags list|rename|delete`` and ``merchants list|add|rename|delete``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.context import after_write, open_ledger
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.entry_values import NamedItem


def register(sub: Any) -> None:
    tags = sub.add_parser("tags", help="list, rename and delete tags")
    cmds = tags.add_subparsers(title="tag commands", metavar="COMMAND", required=True)
    _list_parser(cmds, "tags", cmd_tags_list)
    p = cmds.add_parser("rename", help="rename a tag (its entries keep it)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.set_defaults(handler=cmd_tags_rename)
    p = cmds.add_parser("delete", help="delete a tag; its entries lose it")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_tags_delete)

    merchants = sub.add_parser("merchants", help="list, add, rename and delete merchants")
    cmds = merchants.add_subparsers(title="merchant commands", metavar="COMMAND", required=True)
    _list_parser(cmds, "merchants", cmd_merchants_list)
    p = cmds.add_parser("add", help="create a merchant; prints its id")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_merchants_add)
    p = cmds.add_parser("rename", help="rename a merchant")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.set_defaults(handler=cmd_merchants_rename)
    p = cmds.add_parser("delete", help="delete a merchant; its entries keep their payee")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_merchants_delete)


def _list_parser(cmds: Any, what: str, handler: Any) -> None:
    p = cmds.add_parser("list", help=f"list {what} and how many entries use each")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=handler)


def _emit(items: list[NamedItem], fmt: str) -> None:
    from permoney_desktop.cli.output import emit

    rows = [{"id": i.id, "name": i.name, "entries": i.uses} for i in items]
    emit(rows, ["id", "name", "entries"], fmt, numeric=("id", "entries"))


def _named(items: list[NamedItem], name: str, what: str) -> NamedItem:
    """The item called ``name`` (ignoring case and extra spaces)."""
    key = " ".join(name.split()).casefold()
    for item in items:
        if item.name.casefold() == key:
            return item
    raise CliError(f"unknown {what} {name!r} (see: permoney {what}s list)")


def cmd_tags_list(args: argparse.Namespace) -> int:
    from permoney_desktop.services import tags

    with open_ledger(args) as ledger:
        items = tags.list_tags(ledger)
    _emit(items, args.format)
    return 0


def cmd_tags_rename(args: argparse.Namespace) -> int:
    from permoney_desktop.services import tags

    with open_ledger(args) as ledger:
        tag = _named(tags.list_tags(ledger), args.name, "tag")
        after_write(ledger, tags.rename_tag(ledger, tag.id, args.new_name))
    return 0


def cmd_tags_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import tags

    with open_ledger(args) as ledger:
        tag = _named(tags.list_tags(ledger), args.name, "tag")
        after_write(ledger, tags.delete_tag(ledger, tag.id))
    return 0


def cmd_merchants_list(args: argparse.Namespace) -> int:
    from permoney_desktop.services import merchants

    with open_ledger(args) as ledger:
        items = merchants.list_merchants(ledger)
    _emit(items, args.format)
    return 0


def cmd_merchants_add(args: argparse.Namespace) -> int:
    from permoney_desktop.services import merchants

    with open_ledger(args) as ledger:
        merchant_id, changes = merchants.create_merchant(ledger, args.name)
        after_write(ledger, changes)
    print(merchant_id)
    return 0


def cmd_merchants_rename(args: argparse.Namespace) -> int:
    from permoney_desktop.services import merchants

    with open_ledger(args) as ledger:
        item = _named(merchants.list_merchants(ledger), args.name, "merchant")
        after_write(ledger, merchants.rename_merchant(ledger, item.id, args.new_name))
    return 0


def cmd_merchants_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import merchants

    with open_ledger(args) as ledger:
        item = _named(merchants.list_merchants(ledger), args.name, "merchant")
        after_write(ledger, merchants.delete_merchant(ledger, item.id))
    return 0
