"""``undo``, ``redo`` and ``history``: step back and forth through the book's durable history
(each person their own steps), and list who changed what."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from permoney_desktop.cli.context import after_write, open_ledger


def register(sub: Any) -> None:
    p = sub.add_parser("undo", help="undo the latest change (survives restarts)")
    p.set_defaults(handler=cmd_step, redo=False)
    p = sub.add_parser("redo", help="redo the latest undone change")
    p.set_defaults(handler=cmd_step, redo=True)
    p = sub.add_parser("history", help="the latest changes: when, who, what (undo's steps)")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_history)


def cmd_step(args: argparse.Namespace) -> int:
    from permoney_desktop.services import undo

    with open_ledger(args) as ledger:
        changes = undo.redo(ledger) if args.redo else undo.undo(ledger)
        if changes is None:
            print(f"nothing to {'redo' if args.redo else 'undo'}", file=sys.stderr)
            return 0
        after_write(ledger, changes)
    print(changes.label)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.errors import CliError
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import undo

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    with open_ledger(args) as ledger:
        rows = [
            {
                "when": step.when,
                "who": step.who or "(before authors were kept)",
                "change": step.label,
                "state": "undone" if step.undone else "done",
                "yours": step.yours,
            }
            for step in undo.history(ledger, args.limit)
        ]
    emit(rows, ["when", "who", "change", "state"], args.format)
    return 0
