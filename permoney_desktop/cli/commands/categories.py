"""Category commands: ``categories add|list|rename|move|delete``.

A category is named by its path, "Food" or "Food:Groceries" (a space after the colon is
accepted too); listings always show the one spelling "Food:Groceries".
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.context import after_write, open_ledger
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.entry_values import CategoryInfo
    from permoney_desktop.services.ledger import Ledger

SEPARATOR = ":"


def register(sub: Any) -> None:
    cat = sub.add_parser("categories", help="add, list, rename, move and delete categories")
    cmds = cat.add_subparsers(title="category commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("add", help="create a category; a child takes its parent's kind")
    p.add_argument("path", metavar="PATH", help='"Food" or "Food:Groceries"')
    p.add_argument("--kind", choices=("income", "expense"), help="needed for a top-level one")
    p.add_argument("--color", default="", metavar="#RRGGBB")
    p.set_defaults(handler=cmd_add)

    p = cmds.add_parser("list", help="list categories: path and kind")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("rename", help="rename a category (its entries keep it)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("new_name", metavar="NEW_NAME", help="the new last part of the path")
    p.set_defaults(handler=cmd_rename)

    p = cmds.add_parser("move", help="put a category under another parent, or at the top")
    p.add_argument("path", metavar="PATH")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", dest="parent", metavar="PARENT", help="the new parent")
    where.add_argument("--top", action="store_true", help="make it a top-level category")
    p.set_defaults(handler=cmd_move)

    p = cmds.add_parser("delete", help="delete a category and its children (one undo step)")
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--move-entries-to",
        dest="target",
        metavar="PATH",
        help="give its entries this category (default: uncategorized)",
    )
    p.set_defaults(handler=cmd_delete)


def split_path(path: str) -> list[str]:
    """The parts of "Food:Groceries" or "Food: Groceries" (at most two, none empty)."""
    parts = [" ".join(p.split()) for p in path.split(SEPARATOR)]
    if len(parts) > 2 or not all(parts):
        raise CliError(f'invalid category path {path!r} (expected "Name" or "Parent:Child")')
    return parts


def create_hint(path: str) -> str:
    """How to create a missing category, for the error of a command that named it."""
    parts = [" ".join(p.split()) for p in path.split(SEPARATOR)]
    shown = SEPARATOR.join(parts)
    if len(parts) == 1:
        return f"create it with: permoney categories add {shown!r} --kind expense (or income)"
    return f"create it with: permoney categories add {shown!r} (a child takes its parent's kind)"


def resolve_category(ledger: Ledger, path: str) -> CategoryInfo:
    """The category at ``path``; a missing one is an error saying how to create it."""
    from permoney_desktop.domain.entry_values import NotFoundError
    from permoney_desktop.services import categories

    try:
        return categories.find_category(ledger, path)
    except NotFoundError:
        raise CliError(f"unknown category {path!r}; {create_hint(path)}") from None


def cmd_add(args: argparse.Namespace) -> int:
    from permoney_desktop.services import categories

    parts = split_path(args.path)
    with open_ledger(args) as ledger:
        parent_id = None
        if len(parts) == 2:
            parent = resolve_category(ledger, parts[0])
            if parent.parent_id is not None:
                raise CliError(f"categories have two levels; {parent.full_name!r} is a child")
            parent_id = parent.id
        elif args.kind is None:
            raise CliError("a top-level category needs --kind income or --kind expense")
        category_id, changes = categories.create_category(
            ledger, parts[-1], args.kind, parent_id=parent_id, color=args.color
        )
        after_write(ledger, changes)
    print(category_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import categories

    with open_ledger(args) as ledger:
        rows = [
            {"id": c.id, "path": c.full_name, "kind": c.kind, "color": c.color}
            for c in categories.list_categories(ledger)
        ]
    emit(rows, ["id", "path", "kind", "color"], args.format, numeric=("id",))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    from permoney_desktop.services import categories

    with open_ledger(args) as ledger:
        cat = resolve_category(ledger, args.path)
        after_write(ledger, categories.rename_category(ledger, cat.id, args.new_name))
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from permoney_desktop.services import categories

    with open_ledger(args) as ledger:
        cat = resolve_category(ledger, args.path)
        parent_id = None if args.top else resolve_category(ledger, args.parent).id
        after_write(ledger, categories.move_category(ledger, cat.id, parent_id))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import categories

    with open_ledger(args) as ledger:
        cat = resolve_category(ledger, args.path)
        target = None if args.target is None else resolve_category(ledger, args.target).id
        after_write(ledger, categories.delete_category(ledger, cat.id, reassign_to=target))
    return 0
