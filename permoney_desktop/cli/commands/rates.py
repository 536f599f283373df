"""Exchange-rate commands: ``rates import FILE``, ``rates add|list|delete``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from permoney_desktop.cli.context import after_write, open_ledger, parse_date


def register(sub: Any) -> None:
    rates = sub.add_parser("rates", help="exchange rates: import, add, list, delete")
    cmds = rates.add_subparsers(title="rate commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("import", help="import a CSV of date,from,to,rate (all or nothing)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import)

    p = cmds.add_parser("add", help="add one rate: units of TO per unit of FROM")
    p.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--from", dest="base", required=True, metavar="CUR")
    p.add_argument("--to", dest="quote", required=True, metavar="CUR")
    p.add_argument("--rate", required=True)
    p.set_defaults(handler=cmd_add)

    p = cmds.add_parser("list", help="list the stored rates")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("delete", help="delete one day's rate (undo with: permoney undo)")
    p.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--from", dest="base", required=True, metavar="CUR")
    p.add_argument("--to", dest="quote", required=True, metavar="CUR")
    p.set_defaults(handler=cmd_delete)


def cmd_import(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rates

    with open_ledger(args) as ledger:
        count, changes = rates.import_rates(ledger, args.file)
        after_write(ledger, changes)
    print(f"imported {count} rates from {args.file.name}", file=sys.stderr)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rates

    with open_ledger(args) as ledger:
        after_write(ledger, rates.add_rate(ledger, args.date, args.base, args.quote, args.rate))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import rates

    with open_ledger(args) as ledger:
        rows = [
            {"date": r.day.isoformat(), "from": r.base, "to": r.quote, "rate": str(r.rate)}
            for r in rates.list_rates(ledger)
        ]
    emit(rows, ["date", "from", "to", "rate"], args.format, numeric=("rate",))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rates

    with open_ledger(args) as ledger:
        after_write(ledger, rates.delete_rate(ledger, args.date, args.base, args.quote))
    return 0
