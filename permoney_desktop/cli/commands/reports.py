"""Report commands: ``report income|categories|networth --monthly`` as CSV, JSON or a table.

Amounts are in each row's own currency (no conversion), one row per calendar month and
currency, read by the dashboard's rules: transfers are neither income nor expense, and a
refund nets against its category's spending.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from permoney_desktop.cli.context import open_ledger, parse_date

INCOME = ["month", "currency", "income", "expenses", "net"]
CATEGORIES = ["month", "kind", "category", "currency", "amount"]
NETWORTH = ["month", "currency", "assets", "liabilities", "net_worth", "partial"]


def register(sub: Any) -> None:
    r = sub.add_parser("report", help="monthly reports as data: income, categories, networth")
    cmds = r.add_subparsers(title="reports", metavar="REPORT", required=True)
    for name, handler, what in (
        ("income", cmd_income, "income, expenses and net per month and currency"),
        ("categories", cmd_categories, "each category's total per month and currency"),
        ("networth", cmd_networth, "assets, liabilities and net worth at each month's end"),
    ):
        p = cmds.add_parser(name, help=what)
        p.add_argument("--monthly", action="store_true", help="per calendar month (the default)")
        p.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
        p.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
        p.add_argument("--format", choices=("table", "json", "csv"), default="table")
        p.set_defaults(handler=handler)


def _money(minor: int, cur: str) -> str:
    from permoney_desktop.domain.currency import currency, exponent

    return str(Decimal(minor).scaleb(-exponent(currency(cur))))


def cmd_income(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import reports

    with open_ledger(args) as ledger:
        found = reports.income_statement(ledger, args.date_from, args.date_to)
    rows = [
        {
            "month": r.month.strftime("%Y-%m"),
            "currency": r.currency,
            "income": _money(r.income, r.currency),
            "expenses": _money(r.expenses, r.currency),
            "net": _money(r.net, r.currency),
        }
        for r in found
    ]
    emit(rows, INCOME, args.format, numeric=("income", "expenses", "net"))
    return 0


def cmd_categories(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import reports

    with open_ledger(args) as ledger:
        found = reports.category_totals(ledger, args.date_from, args.date_to)
    rows = [
        {
            "month": r.month.strftime("%Y-%m"),
            "kind": r.kind.value,
            "category": r.category,
            "currency": r.currency,
            "amount": _money(r.amount, r.currency),
        }
        for r in found
    ]
    emit(rows, CATEGORIES, args.format, numeric=("amount",))
    return 0


def cmd_networth(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import reports

    with open_ledger(args) as ledger:
        found = reports.net_worth(ledger, args.date_from, args.date_to)
    rows = [
        {
            "month": r.month.strftime("%Y-%m"),
            "currency": r.currency,
            "assets": _money(r.assets, r.currency),
            "liabilities": _money(r.owed, r.currency),
            "net_worth": _money(r.net_worth, r.currency),
            "partial": "yes" if r.partial else "",
        }
        for r in found
    ]
    emit(rows, NETWORTH, args.format, numeric=("assets", "liabilities", "net_worth"))
    return 0
