"""``rules edit|enable|disable``: change a rule in place (each one undo step)."""

from __future__ import annotations

import argparse
from typing import Any

from permoney_desktop.cli.context import open_ledger
from permoney_desktop.cli.errors import CliError


def register(rsub: Any) -> None:
    r = rsub.add_parser("edit", help="change a rule's name, conditions or actions")
    r.add_argument("rule_id", type=int)
    r.add_argument("--name")
    r.add_argument(
        "--if",
        dest="conditions",
        action="append",
        nargs="+",
        metavar="X",
        help="FIELD OP VALUE [VALUE2]; given ones replace all the rule's conditions",
    )
    r.add_argument("--category", help='set this category (Parent:Child), "" for none')
    r.add_argument("--merchant")
    r.add_argument("--tag", action="append", help="tags to add (replace the rule's); repeatable")
    r.add_argument("--no-tags", action="store_true", help="the rule adds no tags")
    r.add_argument("--rename-payee")
    r.set_defaults(handler=cmd_edit)
    for name, enabled in (("enable", True), ("disable", False)):
        r = rsub.add_parser(name, help=f"{name} a rule (it stays in its place)")
        r.add_argument("rule_id", type=int)
        r.set_defaults(handler=cmd_enable, enabled=enabled)


def _conditions(groups: list[list[str]] | None) -> list[Any] | None:
    from permoney_desktop.domain.rules import Condition

    if groups is None:
        return None
    conds = []
    for parts in groups:
        if len(parts) not in (3, 4):
            raise CliError(f"--if takes FIELD OP VALUE [VALUE2], got {' '.join(parts)!r}")
        conds.append(Condition.parse(*parts))
    return conds


def cmd_edit(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rules

    tags = [] if args.no_tags else args.tag
    conditions = _conditions(args.conditions)
    with open_ledger(args) as ledger:
        category = args.category
        if category:
            from permoney_desktop.cli.commands.categories import resolve_category

            category = resolve_category(ledger, category).full_name
        rules.edit_rule(
            ledger,
            args.rule_id,
            name=args.name,
            conditions=conditions,
            category=category,
            merchant=args.merchant,
            tags=tags,
            rename_payee=args.rename_payee,
        )
    print(f"edited rule {args.rule_id}")
    return 0


def cmd_enable(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rules

    with open_ledger(args) as ledger:
        rules.set_enabled(ledger, args.rule_id, args.enabled)
    print(f"{'enabled' if args.enabled else 'disabled'} rule {args.rule_id}")
    return 0
