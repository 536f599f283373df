"""``undo`` and ``redo``: step back and forth through the book's durable history."""

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
