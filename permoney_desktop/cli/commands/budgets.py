"""Budget and goal commands: ``budget mode|set|move|overspend|template apply|show``, ``goal
add|list|delete``.

Amounts are in the book's base currency and read like ``tx add`` reads them ("250", "-12.50");
more decimals than the currency has are refused rather than rounded. Months are ``YYYY-MM``
(default: this month). Every change is one undo step (``permoney undo``).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.context import open_ledger
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.budgets import MonthFigures
    from permoney_desktop.services.budget_book import BudgetBook
    from permoney_desktop.services.ledger import Ledger

TEMPLATES = ("fixed", "average", "percent", "copy", "scheduled")


def parse_month(text: str) -> date:
    """``YYYY-MM`` (or a full date, whose month is meant) for argparse ``type=``."""
    raw = text.strip()
    try:
        if len(raw) == 7:
            return date.fromisoformat(raw + "-01")
        return date.fromisoformat(raw).replace(day=1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid month {text!r} (expected YYYY-MM)") from None


def parse_amount(text: str, base: str, *, what: str = "amount") -> int:
    """Base-currency minor units from text; refuses junk and extra decimals (one line)."""
    from decimal import Decimal

    from permoney_desktop.domain.currency import Currency, exponent
    from permoney_desktop.domain.errors import AmountError
    from permoney_desktop.domain.money import parse_decimal

    try:
        value = parse_decimal(text)
    except AmountError:
        raise CliError(f"{what}: not an amount: {text!r} (write it like 250 or 12.50)") from None
    digits = exponent(Currency(base))
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise CliError(f"{what}: {text!r} has more than {digits} decimals for {base}")
    return int(scaled.quantize(Decimal(1)))


def _month_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--month",
        type=parse_month,
        default=None,
        metavar="YYYY-MM",
        help="the budget month (default: this month)",
    )


def register(sub: Any) -> None:
    b = sub.add_parser("budget", help="budget per category per month (envelope or tracking)")
    cmds = b.add_subparsers(title="budget commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("mode", help="show or choose the book's budget mode")
    p.add_argument("mode", nargs="?", choices=("envelope", "tracking"))
    p.set_defaults(handler=cmd_mode)

    p = cmds.add_parser("set", help="set a category's budget for a month (0 removes it)")
    p.add_argument("category", metavar="CATEGORY")
    p.add_argument("amount", metavar="AMOUNT")
    _month_arg(p)
    p.set_defaults(handler=cmd_set)

    p = cmds.add_parser("move", help="move budgeted money between two categories (one step)")
    p.add_argument("amount", metavar="AMOUNT")
    p.add_argument("--from", dest="source", required=True, metavar="CATEGORY")
    p.add_argument("--to", dest="target", required=True, metavar="CATEGORY")
    _month_arg(p)
    p.set_defaults(handler=cmd_move)

    p = cmds.add_parser(
        "overspend", help="how a category's overspending is handled at the end of a month"
    )
    p.add_argument("category", metavar="CATEGORY")
    p.add_argument(
        "policy",
        choices=("carry", "to_budget"),
        help="carry: negative available into next month; to_budget: taken from next "
        "month's to-budget",
    )
    p.set_defaults(handler=cmd_overspend)

    t = cmds.add_parser("template", help="budget templates")
    tcmds = t.add_subparsers(title="template commands", metavar="COMMAND", required=True)
    p = tcmds.add_parser("apply", help="apply a template to a month (one undo step)")
    p.add_argument("name", choices=TEMPLATES, metavar="NAME", help=" | ".join(TEMPLATES))
    _month_arg(p)
    p.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="CATEGORY",
        help="a category to set (repeat; default for average/copy/scheduled: every one)",
    )
    p.add_argument("--amount", metavar="X", help="fixed: the amount")
    p.add_argument("--months", type=int, default=3, metavar="N", help="average: months back")
    p.add_argument("--percent", metavar="P", help="percent: of last month's income")
    p.add_argument("--cap", metavar="X", help="no category gets more than X")
    p.set_defaults(handler=cmd_template)

    p = cmds.add_parser("show", help="budgeted, spent and available per category")
    _month_arg(p)
    p.add_argument("--all", action="store_true", help="every category, also those at zero")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_show)
    register_goals(sub)


def _category_id(ledger: Ledger, text: str) -> int:
    from permoney_desktop.cli.commands.categories import resolve_category

    cat = resolve_category(ledger, text)
    if cat.kind != "expense":
        raise CliError(f"{cat.full_name!r} is an income category; budgets are for expenses")
    return int(cat.id)


def _month(args: argparse.Namespace) -> date:
    month: date | None = args.month
    return month or date.today().replace(day=1)


def cmd_mode(args: argparse.Namespace) -> int:
    from permoney_desktop.services import budget_book, budgets

    with open_ledger(args) as ledger:
        if args.mode is None:
            print(budget_book.mode_of(ledger).value)
            return 0
        chosen = budgets.set_mode(ledger, args.mode)
    print(chosen.value)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from permoney_desktop.services import budgets

    with open_ledger(args) as ledger:
        amount = parse_amount(args.amount, str(ledger.base_currency))
        cat = _category_id(ledger, args.category)
        changes = budgets.set_budget(ledger, cat, _month(args), amount)
    print(changes.label)
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from permoney_desktop.services import budgets

    with open_ledger(args) as ledger:
        amount = parse_amount(args.amount, str(ledger.base_currency))
        if amount <= 0:
            raise CliError("the amount to move must be more than zero")
        source = _category_id(ledger, args.source)
        target = _category_id(ledger, args.target)
        changes = budgets.move_money(ledger, _month(args), source, target, amount)
    print(changes.label)
    return 0


def cmd_overspend(args: argparse.Namespace) -> int:
    from permoney_desktop.services import budgets

    with open_ledger(args) as ledger:
        cat = _category_id(ledger, args.category)
        chosen = budgets.set_overspend(ledger, cat, args.policy)
    print(chosen.label)
    return 0


def _template(args: argparse.Namespace, base: str) -> Any:
    from decimal import Decimal

    from permoney_desktop.domain.budget_templates import Template, TemplateKind
    from permoney_desktop.domain.errors import AmountError
    from permoney_desktop.domain.money import parse_decimal

    kind = TemplateKind(args.name)
    amount = None if args.amount is None else parse_amount(args.amount, base, what="--amount")
    cap = None if args.cap is None else parse_amount(args.cap, base, what="--cap")
    percent: Decimal | None = None
    if args.percent is not None:
        try:
            percent = parse_decimal(args.percent.rstrip("%"))
        except AmountError:
            raise CliError(f"--percent: not a number: {args.percent!r}") from None
    if kind is TemplateKind.FIXED and amount is None:
        raise CliError("the fixed template needs --amount X")
    if kind is TemplateKind.PERCENT and percent is None:
        raise CliError("the percent template needs --percent P")
    return Template(kind, amount=amount, months=args.months, percent=percent, cap=cap)


def cmd_template(args: argparse.Namespace) -> int:
    from permoney_desktop.services import budgets

    with open_ledger(args) as ledger:
        base = str(ledger.base_currency)
        template = _template(args, base)
        cats = [_category_id(ledger, c) for c in args.category]
        scheduled = _scheduled(ledger, _month(args)) if args.name == "scheduled" else None
        amounts, changes = budgets.apply_template(ledger, _month(args), template, cats, scheduled)
        book = budgets.read_book(ledger) if amounts else None
    if not amounts or book is None:
        print("the template set no category", file=sys.stderr)
        return 0
    for cat, amount in sorted(amounts.items(), key=lambda kv: book.names.get(kv[0], "")):
        print(f"{book.names.get(cat, f'#{cat}')}: {_money(amount, base)}")
    print(changes.label)
    return 0


def _scheduled(ledger: Ledger, month: date) -> dict[int, int]:
    """Per category, what the book's schedules spend in ``month`` (base minor units)."""
    from permoney_desktop.services import budget_schedules

    return budget_schedules.scheduled_spending(ledger, month)


def _money(minor: int, base: str) -> str:
    from permoney_desktop.domain.money import Money

    return str(Money.from_minor(minor, base).amount)


def _rows(book: BudgetBook, figures: MonthFigures, every: bool) -> list[dict[str, Any]]:
    rows = []
    for env in book.inputs.envelopes:
        line = figures.line(env.id)
        if not every and not (line.budgeted or line.spent or line.available):
            continue
        rows.append(
            {
                "category": book.names[env.id],
                "budgeted": _money(line.budgeted, book.base),
                "spent": _money(line.spent, book.base),
                "available": _money(line.available, book.base),
                "overspending": book.inputs.policy(env.id).value,
                "partial": line.partial,
            }
        )
    return rows


def cmd_show(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import budgets

    month = _month(args)
    with open_ledger(args) as ledger:
        book = budgets.read_book(ledger)
    figures = book.figures(month)
    rows = _rows(book, figures, args.all)
    columns = ["category", "budgeted", "spent", "available"]
    if args.format == "json":
        doc = {
            "month": month.strftime("%Y-%m"),
            "mode": figures.mode.value,
            "currency": book.base,
            "to_budget": _money(figures.to_budget, book.base),
            "income": _money(figures.income, book.base),
            "overspent_last_month": _money(figures.overspent_last_month, book.base),
            "uncategorized": _money(_uncategorized(book, month), book.base),
            "partial": figures.partial,
            "categories": rows,
        }
        json.dump(doc, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    emit(rows, columns, args.format, numeric=("budgeted", "spent", "available"))
    if args.format == "table":
        note = " (a missing exchange rate left some amounts out)" if figures.partial else ""
        print(f"to budget: {_money(figures.to_budget, book.base)} {book.base}{note}")
        if figures.overspent_last_month:
            taken = _money(figures.overspent_last_month, book.base)
            print(f"overspent last month, taken from to budget: {taken} {book.base}")
        if spent := _uncategorized(book, month):
            print(
                f"uncategorized spending (in no envelope): {_money(spent, book.base)} {book.base}"
            )
    return 0


def _uncategorized(book: BudgetBook, month: date) -> int:
    flows = book.inputs.flows.get(month.replace(day=1))
    return 0 if flows is None else flows.uncategorized


# -- goals ------------------------------------------------------------------------------------


def register_goals(sub: Any) -> None:
    g = sub.add_parser("goal", help="savings goals: a target by a date, in a category or accounts")
    cmds = g.add_subparsers(title="goal commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("add", help="add a goal (one undo step)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--target", required=True, metavar="X", help="the amount to reach (base)")
    p.add_argument("--by", dest="by", metavar="YYYY-MM-DD", help="the date to reach it by")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--category", metavar="CATEGORY", help="a sinking fund: its available")
    where.add_argument(
        "--account", action="append", metavar="ACCOUNT", help="a balance target (repeat)"
    )
    p.set_defaults(handler=cmd_goal_add)

    p = cmds.add_parser("list", help="goals with progress and the monthly amount still needed")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_goal_list)

    p = cmds.add_parser("edit", help="change a goal's name, target, date or where it saves")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--name", dest="new_name", metavar="NEW", help="rename it")
    p.add_argument("--target", metavar="X", help="the amount to reach (the goal's currency)")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--by", dest="by", metavar="YYYY-MM-DD", help="the date to reach it by")
    when.add_argument("--no-by", action="store_true", help="no date any more")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--category", metavar="CATEGORY", help="save in this category instead")
    where.add_argument(
        "--account", action="append", metavar="ACCOUNT", help="save in these accounts (repeat)"
    )
    p.set_defaults(handler=cmd_goal_edit)

    p = cmds.add_parser("delete", help="delete a goal (one undo step)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_goal_delete)


def _by(text: str | None) -> date | None:
    from permoney_desktop.cli.context import parse_date

    if text is None:
        return None
    try:
        return parse_date(text)
    except argparse.ArgumentTypeError as exc:
        raise CliError(f"--by: {exc}") from None


def cmd_goal_add(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.commands.accounts import resolve_account
    from permoney_desktop.services import goals

    by = _by(args.by)
    with open_ledger(args) as ledger:
        target = parse_amount(args.target, str(ledger.base_currency), what="--target")
        category = None if args.category is None else _category_id(ledger, args.category)
        accounts = [int(resolve_account(ledger, a).id) for a in args.account or []]
        goal_id, _changes = goals.add_goal(
            ledger, args.name, target, target_date=by, category_id=category, account_ids=accounts
        )
    print(goal_id)
    return 0


def cmd_goal_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import goals

    with open_ledger(args) as ledger:
        statuses = goals.goal_statuses(ledger)
    rows = [
        {
            "name": g.name,
            "target": _money(g.target, g.currency),
            "saved": _money(g.current, g.currency),
            "progress": f"{g.progress * 100:.0f}%",
            "by": "" if g.target_date is None else g.target_date.isoformat(),
            "monthly": "" if g.needed_per_month is None else _money(g.needed_per_month, g.currency),
            "currency": g.currency,
            "partial": g.partial,
        }
        for g in statuses
    ]
    columns = ["name", "target", "saved", "progress", "by", "monthly", "currency"]
    emit(rows, columns, args.format, numeric=("target", "saved", "progress", "monthly"))
    return 0


def cmd_goal_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from permoney_desktop.cli.commands.accounts import resolve_account
    from permoney_desktop.services import goals

    by = _by(args.by)
    with open_ledger(args) as ledger:
        goal_id = goals.goal_id_named(ledger, args.name)
        old = goals.goal_fields(ledger, goal_id)
        new = replace(
            old,
            name=old.name if args.new_name is None else args.new_name,
            target=(
                old.target
                if args.target is None
                else parse_amount(args.target, old.currency, what="--target")
            ),
            target_date=None if args.no_by else (by or old.target_date),
        )
        if args.category is not None:
            new = replace(new, category_id=_category_id(ledger, args.category), account_ids=())
        elif args.account:
            ids = tuple(int(resolve_account(ledger, a).id) for a in args.account)
            new = replace(new, category_id=None, account_ids=ids)
        if new == old:
            raise CliError(
                "nothing to change: give --name, --target, --by/--no-by, --category or --account"
            )
        changes = goals.edit_goal(ledger, goal_id, new)
    print(changes.label)
    return 0


def cmd_goal_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import goals

    with open_ledger(args) as ledger:
        changes = goals.delete_goal(ledger, args.name)
    print(changes.label)
    return 0
