"""Balance commands: ``materialize`` (recompute stored days) and ``balances`` (print them).

``balances`` reads a plain book through the stdlib ``sqlite3`` module and never imports
SQLAlchemy, so the whole process stays well under half a second on a 100k-entry book. Books
that need migrating or a key (encrypted) go through the full stack instead.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.context import open_ledger, parse_date
from permoney_desktop.cli.errors import CliError
from permoney_desktop.cli.output import FORMATS, emit

if TYPE_CHECKING:
    from permoney_desktop.services.balances import AccountBalance, SeriesPoint


def register(sub: Any) -> None:
    p = sub.add_parser("materialize", help="recompute the stored daily balances")
    p.add_argument("--account", metavar="NAME", help="only this account")
    p.add_argument("--full", action="store_true", help="rebuild from the opening, not just pending")
    p.set_defaults(handler=cmd_materialize)

    p = sub.add_parser("balances", help="print account balances (today, daily or month-end)")
    p.add_argument("--account", metavar="NAME", help="only this account")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--daily", action="store_true", help="every day's closing balance")
    mode.add_argument("--monthly", action="store_true", help="month-end balances")
    p.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    p.add_argument("--to", dest="end", type=parse_date, metavar="DATE")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument(
        "--wait",
        action="store_true",
        help="first let pending syncs finish (runs a worker here when no app is running)",
    )
    p.set_defaults(handler=cmd_balances)


def cmd_materialize(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.ids import AccountId
    from permoney_desktop.services import materialize

    with open_ledger(args) as ledger:
        names = {a.id: a.name for a in _accounts(ledger)}
        if args.account:
            account_id = _account_id(names, args.account)
            outcomes = [materialize.sync_account(ledger, AccountId(account_id), full=args.full)]
        elif args.full:
            outcomes = materialize.sync_all(ledger, full=True)
        else:
            outcomes = materialize.sync_pending(ledger)
    rows = [
        {
            "account": names.get(o.account_id, str(o.account_id)),
            "status": o.status,
            "from": "start" if o.full else (o.window_start or ""),
            "days": o.rows_written,
            "ms": o.duration_ms,
            "partial": "yes" if o.partial else "",
        }
        for o in outcomes
    ]
    if rows:
        emit(
            rows,
            ["account", "status", "from", "days", "ms", "partial"],
            "table",
            numeric=["days", "ms"],
        )
    else:
        print("nothing to do: every account is up to date", file=sys.stderr)
    for o in outcomes:
        for miss in o.missing:
            print(f"permoney: warning: {names.get(o.account_id)}: {miss}", file=sys.stderr)
        if o.error:
            print(f"permoney: {names.get(o.account_id)}: {o.error}", file=sys.stderr)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _accounts(ledger: Any) -> list[Any]:
    from permoney_desktop.services.overview import list_accounts

    return list_accounts(ledger)


def _account_id(names: dict[int, str], wanted: str) -> int:
    for account_id, name in names.items():
        if name == wanted:
            return account_id
    for account_id, name in names.items():
        if name.casefold() == wanted.casefold():
            return account_id
    raise CliError(f"no account named {wanted!r} (see: permoney accounts list)")


def _source(args: argparse.Namespace) -> Any:
    """A fast sqlite3 reader when the book is plain and current, else the full Ledger."""
    from permoney_desktop.platform.paths import paths_for
    from permoney_desktop.services.balances import reader_for_path
    from permoney_desktop.store.balance_reader import is_plain_sqlite
    from permoney_desktop.store.migrate import SCHEMA_HEAD

    paths = paths_for(args.book)
    if paths.url is not None:
        return _shared_source(args, paths.url)
    path = paths.book.expanduser()
    if not path.exists():
        raise CliError(f"no book at {path}; create one with: permoney init {path}")
    if is_plain_sqlite(path):
        reader = reader_for_path(path)
        if reader.schema_revision() == SCHEMA_HEAD:
            return reader
        reader.conn.close()
    return open_ledger(args)


def _shared_source(args: argparse.Namespace, url: str) -> Any:
    """A shared book's light reader (the protocol on the standard library) when the server
    answers and the book is current; psycopg's reader when the URL needs libpq; else the
    full Ledger (which migrates it, asks for a password, or says clearly what is wrong)."""
    from permoney_desktop.services.balances import (
        USE_FULL,
        ServerReadError,
        light_reader_for_url,
        reader_for_url,
    )
    from permoney_desktop.store.migrate import SCHEMA_HEAD

    try:
        reader, instead = light_reader_for_url(url)
    except ServerReadError as exc:
        raise CliError(str(exc)) from None
    if instead == USE_FULL:
        return open_ledger(args)
    if reader is None:
        try:
            reader = reader_for_url(url)
        except Exception:  # unreachable, refused, no such database: open_ledger says which
            return open_ledger(args)
    try:
        current = reader.schema_revision() == SCHEMA_HEAD
    except Exception:  # no book in that database yet: open_ledger says so
        current = False
    if current:
        return reader
    reader.conn.disconnect()
    return open_ledger(args)


def cmd_balances(args: argparse.Namespace) -> int:
    from permoney_desktop.services import balances

    if args.start and args.end and args.start > args.end:
        raise CliError(f"--from {args.start} is after --to {args.end}")
    if args.wait:
        from permoney_desktop.cli.commands.worker import wait_for_syncs

        with open_ledger(args) as ledger:
            wait_for_syncs(ledger)
    source = _source(args)
    try:
        with balances.one_snapshot(source):
            accounts, rows, worth, waiting = _read(source, args)
    finally:
        _close(source)
    stale = [a.name for a in accounts if a.account_id in waiting]
    _print(rows, args.format, worth)
    if stale:
        print(
            f"permoney: note: {len(stale)} account(s) have edits not yet reflected here "
            f"({', '.join(stale)}); add --wait to wait for them",
            file=sys.stderr,
        )
    return 0


def _read(source: Any, args: argparse.Namespace) -> tuple[list[Any], list[Any], Any, Any]:
    """The accounts, the rows to print, net worth (or None) and what waits for a sync."""
    from permoney_desktop.domain.currency import exponent
    from permoney_desktop.services import balances

    accounts = balances.balances_on(source, args.end or date.today())
    if args.account:
        wanted = _account_id({a.account_id: a.name for a in accounts}, args.account)
        accounts = [a for a in accounts if a.account_id == wanted]
    ids = [a.account_id for a in accounts]
    if args.daily or args.monthly:
        read = balances.daily_series if args.daily else balances.month_end_series
        series = read(source, ids, args.start, args.end)
        rows = [_row(a, p, exponent(a.currency)) for a in accounts for p in series[a.account_id]]
        worth = None
    else:
        rows = [_row(a, a, exponent(a.currency)) for a in accounts]
        worth = None if args.account else balances.net_worth(source, args.end)
    return accounts, rows, worth, balances.pending(source)


def _close(source: Any) -> None:
    conn = getattr(source, "conn", None)
    if conn is not None:
        conn.close()
    else:
        source.close()


def _row(
    account: AccountBalance, point: AccountBalance | SeriesPoint, digits: int
) -> dict[str, Any]:
    from decimal import Decimal

    return {
        "account": account.name,
        "date": point.day.isoformat(),
        "balance": f"{Decimal(point.minor).scaleb(-digits):.{digits}f}",
        "currency": account.currency,
        "partial": point.partial,
    }


def _print(rows: list[dict[str, Any]], fmt: str, worth: Any) -> None:
    columns = ["account", "date", "balance", "currency"]
    if fmt == "csv":
        emit(rows, columns, fmt)
    elif fmt == "json":
        emit(rows, [*columns, "partial"], fmt)
    else:
        shown = [{**r, "balance": r["balance"] + (" *" if r["partial"] else "  ")} for r in rows]
        if worth is not None:
            digits = len(str(worth.amount.amount).partition(".")[2])
            shown.append({"account": "", "date": "", "balance": "", "currency": ""})
            shown.append(
                {
                    "account": "Net worth",
                    "date": worth.day.isoformat(),
                    "balance": f"{worth.amount.amount:.{digits}f}"
                    + (" *" if worth.partial else "  "),
                    "currency": worth.amount.currency,
                }
            )
        emit(shown, columns, fmt, numeric=["balance"])
        if any(r["partial"] for r in rows) or (worth is not None and worth.partial):
            print("* partial: an exchange rate is missing (see: permoney materialize)")
        if worth is not None:
            for miss in worth.missing:
                print(f"  net worth leaves out an amount: {miss}")
