"""Loan commands: ``loan add`` (terms of a loan account), ``loan show`` (the amortization
schedule, payoff date and what an extra payment changes) and ``loan pay`` (a payment recorded
as principal and interest split lines)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.commands.accounts import resolve_account
from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.loans import Payment
    from permoney_desktop.services.loans import Loan


def register(sub: Any) -> None:
    loan = sub.add_parser("loan", help="loan terms, amortization schedule and payments")
    cmds = loan.add_subparsers(title="loan commands", metavar="COMMAND", required=True)
    p = cmds.add_parser("add", help="give a loan account its terms (replaces earlier terms)")
    p.add_argument("--account", required=True, metavar="NAME", help="a loan (liability) account")
    p.add_argument("--principal", required=True, help="the amount borrowed")
    p.add_argument("--rate", required=True, help="yearly interest in percent, e.g. 4.5")
    p.add_argument("--term", type=int, required=True, metavar="MONTHS", help="number of payments")
    p.add_argument("--first-payment", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--payment", help="the agreed monthly payment (default: the annuity)")
    p.add_argument(
        "--interest-category",
        metavar="C",
        help='the expense category of the payments\' interest, e.g. "Loan:Interest" (needed to'
        " schedule payments; default: the loan's present one)",
    )
    p.set_defaults(handler=cmd_add)

    p = cmds.add_parser("show", help="the schedule, payoff date and an extra payment's effect")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--extra", help="show what paying this much more each month changes")
    p.add_argument("--rows", type=int, default=12, help="payments listed (0: all; default 12)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_show)

    p = cmds.add_parser("pay", help="record the month's payment as principal + interest lines")
    p.add_argument("--account", required=True, metavar="NAME", help="the loan account")
    p.add_argument("--from", dest="source", required=True, metavar="NAME", help="paid from")
    p.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    p.add_argument(
        "--interest-category",
        metavar="C",
        help='an expense category, "Loan:Interest" (default: the loan\'s interest category)',
    )
    p.add_argument("--extra", default="0", help="paid on top, all to principal")
    p.set_defaults(handler=cmd_pay)


def cmd_add(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.commands.categories import resolve_category
    from permoney_desktop.services import loans

    with open_ledger(args) as ledger:
        acc = resolve_account(ledger, args.account)
        interest = args.interest_category
        changes = loans.set_loan(
            ledger,
            acc.id,
            principal=args.principal,
            annual_rate=args.rate,
            term_months=args.term,
            first_payment=args.first_payment,
            payment=args.payment,
            interest_category=None if interest is None else resolve_category(ledger, interest).id,
        )
        after_write(ledger, changes)
        loan = loans.get_loan(ledger, acc.id)
    plan = loan.plan()
    print(
        f"{loan.account}: {len(plan.payments)} payments of {loan.money(plan.payments[0].payment)}"
        f", paid off {plan.payoff}, interest {loan.money(plan.total_interest)}"
        f" ({_interest_text(loan)})"
    )
    return 0


def _interest_text(loan: Loan) -> str:
    if loan.interest_category:
        return f"interest category {loan.interest_category}"
    return "no interest category: payments cannot be scheduled until --interest-category is set"


def _row(loan: Loan, p: Payment) -> dict[str, Any]:
    return {
        "number": p.number,
        "date": p.day.isoformat(),
        "payment": str(loan.money(p.payment).amount),
        "principal": str(loan.money(p.principal).amount),
        "interest": str(loan.money(p.interest).amount),
        "balance": str(loan.money(p.balance).amount),
    }


def cmd_show(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.domain.entry_values import to_minor
    from permoney_desktop.services import loans

    with open_ledger(args) as ledger:
        loan = loans.get_loan(ledger, resolve_account(ledger, args.account).id)
    extra = 0 if args.extra is None else to_minor(args.extra, loan.currency, "extra payment")
    if extra < 0:
        raise CliError("--extra is what you would pay more each month: a positive amount")
    plan = loan.plan(extra)
    rows = [_row(loan, p) for p in plan.payments]
    if args.rows > 0:
        rows = rows[: args.rows]
    if args.format != "table":
        emit(rows, list(_row(loan, plan.payments[0])), args.format)
        return 0
    t = loan.terms
    print(
        f"{loan.account}: {loan.money(t.principal)} at {t.annual_rate} % a year,"
        f" {t.term_months} monthly payments from {t.first_payment}"
    )
    base = loan.plan()
    print(
        f"payment {loan.money(base.payments[0].payment)}, paid off {base.payoff},"
        f" total interest {loan.money(base.total_interest)}; {_interest_text(loan)}"
    )
    if extra:
        effect = loan.effect(extra)
        print(
            f"paying {loan.money(extra)} more each month: paid off {effect.payoff}"
            f" ({effect.months_saved} payments sooner), {loan.money(effect.interest_saved)}"
            " less interest"
        )
    emit(rows, list(rows[0]), "table", numeric=("number", "payment", "principal", "interest"))
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.commands.categories import resolve_category
    from permoney_desktop.services import loans

    with open_ledger(args) as ledger:
        loan = resolve_account(ledger, args.account)
        source = resolve_account(ledger, args.source)
        given = args.interest_category
        category = None if given is None else resolve_category(ledger, given).id
        entry_id, _row_paid, changes = loans.pay(
            ledger, loan.id, source.id, args.date, category, extra=args.extra
        )
        after_write(ledger, changes)
    print(entry_id)
    return 0
