"""Reconciliation commands: ``reconcile start|status|clear|unclear|finish|cancel|list|undo``
and ``tx status``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.commands.accounts import resolve_account
from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.services.reconcile import ReconcileState


def _entry_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"invalid entry id {text!r} (expected a number)")
    return int(text)


def register(sub: Any) -> None:
    rec = sub.add_parser("reconcile", help="check an account against a bank statement")
    cmds = rec.add_subparsers(title="reconcile commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("start", help="start reconciling an account against a statement")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--date", type=parse_date, metavar="DATE", help="statement date")
    p.add_argument(
        "--balance",
        metavar="X",
        help="the statement's closing balance as you see it (cards, loans: the amount owed)",
    )
    p.add_argument(
        "--from-file",
        type=Path,
        metavar="FILE",
        help="take the date and balance from a bank file (OFX LEDGERBAL, camt.053, MT940)",
    )
    p.set_defaults(handler=cmd_start)

    p = cmds.add_parser("status", help="the open reconciliation: balances and entries")
    p.add_argument("--account", metavar="NAME", help="needed when several are open")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_status)

    for name, text in (("clear", "tick entries (cleared)"), ("unclear", "untick entries")):
        p = cmds.add_parser(name, help=text)
        p.add_argument("ids", type=_entry_id, nargs="+", metavar="ID")
        p.add_argument("--account", metavar="NAME", help="needed when several are open")
        p.set_defaults(handler=cmd_clear, cleared=name == "clear")

    p = cmds.add_parser("finish", help="reconcile the ticked entries (at a difference of zero)")
    p.add_argument("--account", metavar="NAME", help="needed when several are open")
    p.add_argument(
        "--adjust",
        action="store_true",
        help="close a non-zero difference with an adjustment entry on the statement date",
    )
    p.add_argument(
        "--payee", default=None, metavar="NAME", help="the adjustment entry's name (with --adjust)"
    )
    p.set_defaults(handler=cmd_finish)

    p = cmds.add_parser("cancel", help="drop the open reconciliation (ticks stay cleared)")
    p.add_argument("--account", metavar="NAME", help="needed when several are open")
    p.set_defaults(handler=cmd_cancel)

    p = cmds.add_parser("list", help="an account's reconciliation history")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("undo", help="undo the last finished reconciliation")
    p.add_argument("--account", metavar="NAME", help="default: the last one of the book")
    p.set_defaults(handler=cmd_undo)


def register_tx_status(cmds: Any) -> None:
    """``tx status ID… cleared|uncleared`` (hooked into the ``tx`` group)."""
    p = cmds.add_parser("status", help="mark entries cleared or uncleared")
    p.add_argument("ids", type=_entry_id, nargs="+", metavar="ID")
    p.add_argument("status", choices=("cleared", "uncleared"))
    p.add_argument("--force", action="store_true", help="also change reconciled entries")
    p.set_defaults(handler=cmd_tx_status)


def _account_id(ledger: Ledger, name: str | None) -> int | None:
    return None if name is None else int(resolve_account(ledger, name).id)


def _summary(state: ReconcileState) -> list[str]:
    tally = state.tally()
    owed = " (owed)" if state.classification.value == "liability" else ""
    lines = [
        f"{state.account.name}: statement of {state.statement_date.isoformat()}",
        f"statement balance{owed}: {state.money(state.statement_balance)}",
        f"cleared balance{owed}:   {state.money(tally.cleared_balance)}",
        f"difference:        {state.money(tally.difference)}",
    ]
    if state.base.anchor is not None:
        lines.append(
            f"starts from the balance set on {state.base.anchor.isoformat()}"
            f" ({state.money(state.base.level)}); entries up to that day are absorbed by it"
        )
    if state.foreign:
        lines.append(f"{state.foreign} entries in another currency are not part of this statement")
    return lines


def cmd_start(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import reconcile

    if args.from_file is None and (args.date is None or args.balance is None):
        raise CliError("give the statement's --date and --balance, or --from-file FILE")
    if args.from_file is not None and (args.date is not None or args.balance is not None):
        raise CliError(
            "--from-file takes the date and balance from the file; give one or the other"
        )
    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        if args.from_file is not None:
            day, balance = reconcile.statement_from_file(ledger, acc.id, args.from_file)
        else:
            day, balance = args.date, parse_decimal(args.balance)
        _rec_id, changes = reconcile.start(ledger, acc.id, day, balance)
        after_write(ledger, changes)
        state = reconcile.current(ledger, acc.id)
    print("\n".join(_summary(state)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import reconcile

    with open_ledger(args) as ledger:
        state = reconcile.current(ledger, _account_id(ledger, args.account))
    rows = [
        {
            "id": c.id,
            "date": c.day.isoformat(),
            "cleared": "x" if c.cleared else "",
            "amount": str(state.money(c.amount).amount),
            "payee": c.payee,
        }
        for c in state.candidates
    ]
    if args.format == "table":
        print("\n".join(_summary(state)))
        print()
    emit(rows, ["id", "date", "cleared", "amount", "payee"], args.format, numeric=("id", "amount"))
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.reconcile import EntryStatus
    from permoney_desktop.services import reconcile

    with open_ledger(args) as ledger:
        state = reconcile.current(ledger, _account_id(ledger, args.account))
        window = {c.id for c in state.candidates}
        outside = [i for i in args.ids if i not in window]
        if outside:
            raise CliError(
                f"entry {outside[0]} is not an unreconciled entry of {state.account.name}"
                f" up to {state.statement_date.isoformat()}; see: permoney reconcile status"
            )
        status = EntryStatus.CLEARED if args.cleared else EntryStatus.UNCLEARED
        after_write(ledger, reconcile.set_status(ledger, args.ids, status))
        state = reconcile.current(ledger, state.account.id)
    print(f"difference: {state.money(state.tally().difference)}")
    return 0


def cmd_finish(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.reconcile import ADJUSTMENT_PAYEE
    from permoney_desktop.services import reconcile

    if args.payee is not None and not args.adjust:
        raise CliError("--payee names the adjustment entry; give it with --adjust")
    with open_ledger(args) as ledger:
        state = reconcile.current(ledger, _account_id(ledger, args.account))
        count, changes = reconcile.finish(
            ledger, state.account.id, adjust=args.adjust, payee=args.payee or ADJUSTMENT_PAYEE
        )
        after_write(ledger, changes)
    print(
        f"{state.account.name} reconciled to {state.statement_date.isoformat()}:"
        f" {count} entries reconciled"
    )
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from permoney_desktop.services import reconcile

    with open_ledger(args) as ledger:
        after_write(ledger, reconcile.cancel(ledger, _account_id(ledger, args.account)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import reconcile

    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        items, edits = reconcile.history(ledger, acc.id)
    rows = [
        {
            "id": h.id,
            "statement_date": h.statement_date.isoformat(),
            "balance": str(h.statement_balance.amount),
            "state": h.state,
            "finished_at": "" if h.finished_at is None else h.finished_at.isoformat(" ", "minutes"),
            "entries": h.entries,
            "adjustment": "" if h.adjustment_id is None else h.adjustment_id,
        }
        for h in items
    ]
    columns = ["id", "statement_date", "balance", "state", "finished_at", "entries", "adjustment"]
    emit(rows, columns, args.format, numeric=("id", "balance", "entries"))
    if edits and args.format == "table":
        print()
        print("changes to reconciled entries:")
        for e in edits:
            who = f"entry {e.entry_id}" if e.entry_id else "account"  # 0: the account itself
            print(f"  {e.at.isoformat(' ', 'minutes')}  {who}: {e.change}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from permoney_desktop.services import reconcile

    with open_ledger(args) as ledger:
        item, changes = reconcile.undo_last(ledger, _account_id(ledger, args.account))
        after_write(ledger, changes)
    print(
        f"reconciliation of {item.statement_date.isoformat()} undone:"
        f" {item.entries} entries are cleared again"
        + (", its adjustment entry was deleted" if item.adjustment_id is not None else "")
    )
    return 0


def cmd_tx_status(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.reconcile import EntryStatus
    from permoney_desktop.services import reconcile

    with open_ledger(args) as ledger:
        changes = reconcile.set_status(
            ledger, args.ids, EntryStatus.parse(args.status), force=args.force
        )
        after_write(ledger, changes)
    return 0


def absorbed_lines(ledger: Ledger, entry_ids: Sequence[int], noun: str = "entry") -> list[str]:
    """Which new entries a later balance anchor absorbs, each with the commands that act on
    the anchor (``tx add`` and ``import`` print these after their write)."""
    from permoney_desktop.services import valuations

    lines = []
    for found in valuations.absorbed_by_anchors(ledger, entry_ids):
        lines.append(f"note: {found.sentence(noun)}")
        lines += [f"  {command}" for command in found.commands()]
    return lines


def print_absorbed(ledger: Ledger, entry_ids: Sequence[int]) -> None:
    """``tx add``: the note on stderr (stdout holds the new id alone)."""
    for line in absorbed_lines(ledger, entry_ids):
        print(f"permoney: {line}" if line.startswith("note:") else line, file=sys.stderr)
