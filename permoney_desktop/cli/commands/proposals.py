"""Commands for what an import leaves to decide: ``transfers list|confirm|reject`` (pairs of
entries that look like one transfer) and ``presets list|delete`` (saved CSV mappings)."""

from __future__ import annotations

import argparse
from typing import Any

from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError

COLUMNS = ["out_id", "in_id", "date", "amount", "currency", "from", "to"]


def _pair(text: str) -> tuple[int, int]:
    a, sep, b = text.partition(",")
    if not sep or not a.strip().isdigit() or not b.strip().isdigit():
        raise argparse.ArgumentTypeError(f"invalid pair {text!r} (expected OUT_ID,IN_ID)")
    return int(a), int(b)


def register(sub: Any) -> None:
    t = sub.add_parser("transfers", help="entry pairs that look like transfers: list, confirm")
    cmds = t.add_subparsers(title="transfer commands", metavar="COMMAND", required=True)
    p = cmds.add_parser("list", help="list the proposed pairs (as the import printed them)")
    p.add_argument("--since", type=parse_date, metavar="DATE", help="only entries from DATE")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_list)
    for name, verb in (("confirm", "link them as one transfer each"), ("reject", "never again")):
        p = cmds.add_parser(name, help=f"{name} pairs: {verb} (one undo step)")
        p.add_argument("pairs", type=_pair, nargs="*", metavar="OUT_ID,IN_ID")
        p.add_argument("--all", action="store_true", help="every proposed pair")
        p.set_defaults(handler=cmd_decide, confirm=name == "confirm")

    s = sub.add_parser("presets", help="saved CSV import mappings: list, delete")
    cmds = s.add_subparsers(title="preset commands", metavar="COMMAND", required=True)
    p = cmds.add_parser("list", help="list the saved presets")
    p.set_defaults(handler=cmd_presets_list)
    p = cmds.add_parser("delete", help="delete a preset (configuration: no undo step)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_presets_delete)


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import imports as transfers

    with open_ledger(args) as ledger:
        found = transfers.propose_transfers(ledger, args.since)
    rows = [
        {
            "out_id": p.outflow_id,
            "in_id": p.inflow_id,
            "date": p.date.isoformat(),
            "amount": str(p.amount),
            "currency": p.currency,
            "from": p.outflow_account,
            "to": p.inflow_account,
        }
        for p in found
    ]
    emit(rows, COLUMNS, args.format, numeric=("out_id", "in_id", "amount"))
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from permoney_desktop.services import imports as transfers

    if bool(args.pairs) == bool(args.all):
        raise CliError("give OUT_ID,IN_ID pairs or --all (see: permoney transfers list)")
    with open_ledger(args) as ledger:
        pairs = list(args.pairs)
        if args.all:
            pairs = [(p.outflow_id, p.inflow_id) for p in transfers.propose_transfers(ledger)]
        if not pairs:
            print("no proposed transfers")
            return 0
        decide = transfers.confirm_transfers if args.confirm else transfers.reject_transfers
        after_write(ledger, decide(ledger, pairs))
    done = "linked" if args.confirm else "rejected"
    print(f"{done} {len(pairs)} pair{'s' if len(pairs) != 1 else ''}")
    return 0


def cmd_presets_list(args: argparse.Namespace) -> int:
    from permoney_desktop.services import imports as presets

    with open_ledger(args) as ledger:
        for name in presets.list_presets(ledger):
            print(name)
    return 0


def cmd_presets_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import imports as presets

    with open_ledger(args) as ledger:
        presets.delete_preset(ledger, args.name)
    return 0
