"""Entry commands: ``tx add|edit|delete|list``, ``transfer`` and ``valuation``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.commands import reconcile
from permoney_desktop.cli.commands import splits as split_commands
from permoney_desktop.cli.commands.accounts import resolve_account
from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.changes import Changes
    from permoney_desktop.domain.entry_values import EntryPatch, EntryView
    from permoney_desktop.domain.ids import CategoryId, MerchantId
    from permoney_desktop.services.ledger import Ledger

LIST_COLUMNS = [
    "id",
    "date",
    "account",
    "kind",
    "amount",
    "currency",
    "payee",
    "merchant",
    "category",
    "tags",
]


def _entry_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"invalid entry id {text!r} (expected a number)")
    return int(text)


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def register(sub: Any) -> None:
    tx = sub.add_parser("tx", help="add, edit, delete and list transactions")
    cmds = tx.add_subparsers(title="transaction commands", metavar="COMMAND", required=True)
    _register_add_edit(cmds)
    _register_delete_list(cmds)
    split_commands.register_tx(cmds)
    reconcile.register_tx_status(cmds)
    _register_transfer_valuation(sub)


def _register_add_edit(cmds: Any) -> None:
    p = cmds.add_parser("add", help="add a transaction; prints its id")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--amount", required=True, help="signed: negative = money out (or debt grown)")
    p.add_argument("--payee", default="")
    p.add_argument(
        "--category",
        metavar="C",
        help='"Food" or "Food:Groceries"; a split entry is found by its lines and shows their'
        " amount in the category",
    )
    p.add_argument("--currency", metavar="CUR", help="default: the account's currency")
    p.add_argument("--notes", default="")
    p.add_argument("--tags", type=_tags, default=(), metavar="T1,T2")
    p.add_argument("--merchant", metavar="M", help="a merchant (see: permoney merchants list)")
    split_commands.add_split_option(p)
    p.set_defaults(handler=cmd_add, brief=True)  # brief: see cli.main

    p = cmds.add_parser("edit", help="change fields of entries (several: one undo step)")
    p.add_argument("ids", type=_entry_id, nargs="+", metavar="ID")
    p.add_argument("--account", metavar="NAME")
    p.add_argument("--date", type=parse_date, metavar="DATE")
    p.add_argument("--amount")
    p.add_argument("--payee")
    p.add_argument("--category", metavar="C", help='a category, or "" for none')
    p.add_argument("--currency", metavar="CUR")
    p.add_argument("--notes")
    p.add_argument("--tags", type=_tags, metavar="T1,T2", help='replaces the tags ("" for none)')
    p.add_argument("--merchant", metavar="M", help='a merchant, or "" for none')
    p.add_argument("--force", action="store_true", help="change reconciled entries too")
    p.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="save only if the entry is still at row version N (tx list --format json shows"
        " it): someone else's change since is refused, never overwritten",
    )
    p.set_defaults(handler=cmd_edit)


def _register_delete_list(cmds: Any) -> None:
    p = cmds.add_parser("delete", help="delete entries (one undo step)")
    p.add_argument("ids", type=_entry_id, nargs="+", metavar="ID")
    p.add_argument("--force", action="store_true", help="delete reconciled entries too")
    p.set_defaults(handler=cmd_delete)

    p = cmds.add_parser("list", help="list entries, oldest first")
    p.add_argument("--account", metavar="NAME")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    p.add_argument("--text", default="", help="text in payee or notes")
    p.add_argument("--category", metavar="C")
    p.add_argument("--tag", metavar="T", help="entries with this tag")
    p.add_argument("--merchant", metavar="M", help="entries of this merchant")
    p.add_argument("--min", dest="amount_min", metavar="X", help="amount at least X (signed)")
    p.add_argument("--max", dest="amount_max", metavar="X", help="amount at most X (signed)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--lines", action="store_true", help="show split entries' lines under them")
    p.set_defaults(handler=cmd_list)


def _register_transfer_valuation(sub: Any) -> None:
    p = sub.add_parser("transfer", help="move money between two of your accounts")
    p.add_argument("--from", dest="source", required=True, metavar="A")
    p.add_argument("--to", dest="dest", required=True, metavar="B")
    p.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--amount", required=True, help="positive, in A's currency")
    p.add_argument("--to-amount", metavar="Y", help="amount received, when B's currency differs")
    p.add_argument("--payee", default="")
    p.add_argument("--notes", default="")
    p.set_defaults(handler=cmd_transfer)

    p = sub.add_parser("valuation", help="record an account's balance on a date")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--balance", required=True, help="as you see it (cards, loans: amount owed)")
    p.add_argument("--notes", default="")
    p.set_defaults(handler=cmd_valuation)


def _category(ledger: Ledger, text: str | None) -> CategoryId | None:
    if text is None or not text.strip():
        return None
    from permoney_desktop.cli.commands.categories import resolve_category

    return resolve_category(ledger, text).id


def _merchant(ledger: Ledger, text: str | None) -> MerchantId | None:
    if text is None or not text.strip():
        return None
    from permoney_desktop.domain.entry_values import NotFoundError
    from permoney_desktop.services import merchants

    try:
        return merchants.find_merchant(ledger, text)
    except NotFoundError:
        raise CliError(
            f"unknown merchant {text!r}; create it with: permoney merchants add {text.strip()!r}"
        ) from None


def cmd_add(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.currency import currency
    from permoney_desktop.domain.entry_values import NewEntry
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import entries

    amount = parse_decimal(args.amount)
    # A plain entry's whole path is driver-level SQL: served without SQLAlchemy (start-up).
    with open_ledger(args, stdlib=not args.split) as ledger:
        acc = resolve_account(ledger, args.account)
        new = NewEntry(
            account_id=acc.id,
            date=args.date,
            amount=amount,
            currency=None if args.currency is None else currency(args.currency),
            payee=args.payee,
            notes=args.notes,
            category_id=_category(ledger, args.category),
            tags=args.tags,
            merchant_id=_merchant(ledger, args.merchant),
        )
        if args.split:
            entry_id = split_commands.add_split(ledger, new, args.split)
        else:
            entry_id, changes = entries.add_entry(ledger, new)
            after_write(ledger, changes)
        reconcile.print_absorbed(ledger, [entry_id])  # before a later balance anchor?
    print(entry_id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.currency import currency
    from permoney_desktop.domain.entry_values import UNSET, EntryPatch
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import entries

    with open_ledger(args) as ledger:
        patch = EntryPatch(
            account_id=None if args.account is None else resolve_account(ledger, args.account).id,
            date=args.date,
            amount=None if args.amount is None else parse_decimal(args.amount),
            currency=None if args.currency is None else currency(args.currency),
            payee=args.payee,
            notes=args.notes,
            category_id=UNSET if args.category is None else _category(ledger, args.category),
            tags=args.tags,
            merchant_id=UNSET if args.merchant is None else _merchant(ledger, args.merchant),
        )
        if not patch.fields():
            raise CliError("nothing to change; give at least one --field value")
        if args.if_version is not None and len(args.ids) != 1:
            raise CliError("--if-version names one entry's version; give one ID")
        if len(args.ids) == 1:
            changes = _edit_one(ledger, args, patch)
        else:
            changes = entries.edit_entries(ledger, args.ids, patch, force=args.force)
        after_write(ledger, changes)
    return 0


def _edit_one(ledger: Ledger, args: argparse.Namespace, patch: EntryPatch) -> Changes:
    from permoney_desktop.services import entries
    from permoney_desktop.services.row_versions import StaleEntryError

    try:
        return entries.edit_entry(
            ledger, args.ids[0], patch, force=args.force, version=args.if_version
        )
    except StaleEntryError as exc:
        raise CliError(f"{exc}; to save yours over it: --if-version {exc.fresh.version}") from None


def cmd_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import entries

    with open_ledger(args) as ledger:
        after_write(ledger, entries.delete_entries(ledger, args.ids, force=args.force))
    return 0


def _row(e: EntryView) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date.isoformat(),
        "account": e.account_name,
        "kind": e.kind.value,
        "amount": str(e.amount.amount),
        "currency": e.amount.currency,
        "payee": e.payee,
        "merchant": e.merchant,
        "category": e.category,
        "tags": ",".join(e.tags),
        "notes": e.notes,
        "version": e.version,  # JSON only (the table and CSV name their columns)
    }


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.domain.entry_values import EntryFilter
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import entries

    with open_ledger(args) as ledger:
        accounts = () if args.account is None else (resolve_account(ledger, args.account).id,)
        category = _category(ledger, args.category)
        f = EntryFilter(
            account_ids=accounts,
            date_from=args.date_from,
            date_to=args.date_to,
            text=args.text,
            category_ids=() if category is None else (category,),
            tag=args.tag,
            amount_min=None if args.amount_min is None else parse_decimal(args.amount_min),
            amount_max=None if args.amount_max is None else parse_decimal(args.amount_max),
        )
        merchant = None if args.merchant is None else " ".join(args.merchant.split()).casefold()
        rows: list[dict[str, Any]] = []
        after = None
        while True:
            page = entries.list_entries(
                ledger, f, limit=5000, after=after, newest_first=False, with_total=False
            )
            # The merchant is matched here: a CLI listing, not a hot path of the register.
            rows += [
                _row(e) for e in page.rows if merchant is None or e.merchant.casefold() == merchant
            ]
            if page.next_after is None:
                break
            after = page.next_after
        if category is not None:  # split entries show their lines' amount in the category
            split_commands.by_category(ledger, rows, int(category))
        if args.lines:
            rows = split_commands.with_lines(ledger, rows, args.format)
    columns = [*LIST_COLUMNS, "notes"] if args.format != "table" else LIST_COLUMNS
    emit(rows, columns, args.format, numeric=("id", "amount"))
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.services import transfers

    amount = parse_decimal(args.amount)
    to_amount = None if args.to_amount is None else parse_decimal(args.to_amount)
    with open_ledger(args) as ledger:
        source = resolve_account(ledger, args.source)
        dest = resolve_account(ledger, args.dest)
        transfer_id, changes = transfers.add_transfer(
            ledger,
            source.id,
            dest.id,
            args.date,
            amount,
            to_amount=to_amount,
            payee=args.payee,
            notes=args.notes,
        )
        after_write(ledger, changes)
    print(transfer_id)
    return 0


def cmd_valuation(args: argparse.Namespace) -> int:
    from permoney_desktop.services import valuations

    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        entry_id, changes = valuations.set_valuation(
            ledger, acc.id, args.date, args.balance, notes=args.notes
        )
        after_write(ledger, changes)
    print(entry_id)
    return 0
