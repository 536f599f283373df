"""Split commands: ``tx add … --split``, ``tx split ID --split …|--clear`` and the lines that
``tx list --lines`` prints under their entries."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.commands.accounts import resolve_account
from permoney_desktop.cli.context import after_write, open_ledger
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.entry_values import NewEntry
    from permoney_desktop.domain.splits import SplitLine, StoredLine
    from permoney_desktop.services.ledger import Ledger

SPLIT_HELP = (
    'a line "CATEGORY=AMOUNT" (or "[Account]=AMOUNT" to transfer it into an account); repeat it'
    " for each line; amounts carry the entry's sign and sum exactly to it"
)


def add_split_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--split", action="append", default=[], metavar="CATEGORY=AMOUNT", help=SPLIT_HELP
    )


def register_tx(cmds: Any) -> None:
    p = cmds.add_parser("split", help="split an entry into category lines (one undo step)")
    p.add_argument("id", type=int, metavar="ID")
    add_split_option(p)
    p.add_argument("--clear", action="store_true", help="remove the entry's split")
    p.add_argument("--force", action="store_true", help="also when a reconciled transfer line goes")
    p.set_defaults(handler=cmd_split)


def parse_lines(ledger: Ledger, texts: list[str]) -> list[SplitLine]:
    """``--split`` values as lines: "Food:Groceries=-12.50", "[Savings]=-100", "=-3" (none)."""
    from permoney_desktop.cli.commands.categories import resolve_category
    from permoney_desktop.domain.errors import AmountError
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.domain.splits import SplitLine, line_text

    out: list[SplitLine] = []
    for i, text in enumerate(texts, 1):
        read = line_text(text)
        if read is None:
            raise CliError(f'--split {i}: expected CATEGORY=AMOUNT, got "{text}"')
        account, category, amount_text = read
        try:
            amount = parse_decimal(amount_text)
        except AmountError:
            raise CliError(f'--split {i}: "{amount_text}" is not an amount') from None
        if account is not None:
            acc = resolve_account(ledger, account)
            out.append(SplitLine(amount, transfer_account_id=acc.id))
        elif category:
            out.append(SplitLine(amount, resolve_category(ledger, category).id))
        else:
            out.append(SplitLine(amount))
    return out


def add_split(ledger: Ledger, new: NewEntry, texts: list[str]) -> int:
    """``tx add`` with ``--split``: the entry and its lines in one write; returns its id."""
    from permoney_desktop.services import splits

    if new.category_id is not None:
        raise CliError("--category and --split exclude each other: each line has its category")
    entry_id, changes = splits.add_split_entry(ledger, new, parse_lines(ledger, texts))
    after_write(ledger, changes)
    return int(entry_id)


def cmd_split(args: argparse.Namespace) -> int:
    from permoney_desktop.services import splits

    if args.clear == bool(args.split):
        raise CliError("give the lines (--split CATEGORY=AMOUNT, at least two) or --clear")
    with open_ledger(args) as ledger:
        if args.clear:
            changes = splits.clear_split(ledger, args.id, force=args.force)
        else:
            lines = parse_lines(ledger, args.split)
            changes = splits.split_entry(ledger, args.id, lines, force=args.force)
        after_write(ledger, changes)
    return 0


def line_rows(line: StoredLine, currency: str) -> dict[str, Any]:
    """One line as a ``tx list`` row under its entry."""
    from permoney_desktop.domain.money import Money

    return {
        "id": "",
        "date": "",
        "account": "",
        "kind": "  line",
        "amount": str(Money.from_minor(line.minor, currency).amount),
        "currency": currency,
        "payee": line.memo,
        "merchant": "",
        "category": line.target(),
        "tags": ",".join(line.tags),
        "notes": line.memo,
    }


def with_lines(ledger: Ledger, rows: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    """``tx list --lines``: each split entry's lines after it (JSON: nested as "lines")."""
    from permoney_desktop.services import splits

    lines = splits.lines_of(ledger, [int(r["id"]) for r in rows])
    if not lines and fmt != "json":
        return rows
    out: list[dict[str, Any]] = []
    for r in rows:
        mine = [line_rows(line, r["currency"]) for line in lines.get(int(r["id"]), ())]
        if fmt == "json":
            out.append({**r, "lines": mine})
        else:
            out += [r, *mine]
    return out


def by_category(ledger: Ledger, rows: list[dict[str, Any]], category_id: int) -> None:
    """``tx list --category``: a split entry found by its lines shows the amount of its lines
    in the category (and its children), and its category says so, with the entry's total."""
    from permoney_desktop.domain.money import Money
    from permoney_desktop.services import categories, splits

    wanted = {
        c.id for c in categories.list_categories(ledger) if category_id in (c.id, c.parent_id)
    }
    lines = splits.lines_of(ledger, [int(r["id"]) for r in rows])
    for r in rows:
        if int(r["id"]) not in lines:
            continue
        mine = [x for x in lines[int(r["id"])] if x.category_id in wanted]
        total = Money.from_minor(sum(x.minor for x in mine), r["currency"])
        names = ", ".join(dict.fromkeys(x.category for x in mine)) or "none of its lines"
        r["category"] = f"{names} (split: {len(mine)} line(s); entry {r['amount']})"
        r["amount"] = str(total.amount)
