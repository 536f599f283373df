"""The budgets as an input of the forecast: each budgeted category's expected spending (see
``domain.forecast_budgets``) as flows on the account it is usually spent from, and the lines
that say how (the CLI prints them, the GUI shows them under the chart)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import localcontext

from permoney_desktop.domain.forecast import Flow
from permoney_desktop.domain.forecast_budgets import (
    SPREAD_NOTE,
    BudgetPlan,
    budget_flows,
    main_accounts,
)
from permoney_desktop.domain.fx import MissingRate
from permoney_desktop.domain.metrics import Amount, in_minor, round_minor
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import last_day_of_month
from permoney_desktop.domain.rounding import MONEY_CONTEXT
from permoney_desktop.domain.schedules import Pending
from permoney_desktop.services import balances
from permoney_desktop.services.budget_book import BudgetBook
from permoney_desktop.services.budgets import read_book
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import budget_queries as q

HISTORY_DAYS = 180  # which account a category is spent from: the last half year decides


@dataclass(frozen=True, slots=True)
class BudgetBasis:
    """Where the budget spending was counted, for the lines that say so (the GUI words them
    in its language, the CLI with ``notes``)."""

    base: str
    account: str = ""  # the one account chosen for all of it
    fallback: str = ""  # for categories with no recent spending
    placed: bool = True  # False: no account to put it on, so it is left out
    days: int = HISTORY_DAYS  # the recent spending that chose each category's account

    def notes(self) -> tuple[str, ...]:
        if self.account:
            where = f"Budget spending is counted on {self.account}."
        elif not self.placed:
            where = (
                f"No {self.base} account has spending in the last {self.days} days: budget "
                f"spending is left out (choose an account for it)."
            )
        else:
            where = (
                f"Each category's budget spending is counted on the {self.base} account most of "
                f"its spending came from in the last {self.days} days"
                + (f", else on {self.fallback}." if self.fallback else ".")
            )
        return (SPREAD_NOTE, where)


@dataclass(frozen=True, slots=True)
class BudgetInput:
    flows: list[Flow]
    basis: BudgetBasis


def plan_of(book: BudgetBook, today: date, pending: Sequence[Pending], end: date) -> BudgetPlan:
    """This month's remaining budgets, every budget, and what the schedules still to come
    spend per category and month (base minor units)."""
    month = today.replace(day=1)
    figures = book.figures(month)
    remaining = {
        cat: line.budgeted - line.spent for cat, line in figures.lines.items() if line.budgeted
    }
    last = last_day_of_month(end)  # a month's schedules after the horizon still cover it
    scheduled: dict[tuple[int, date], Amount] = {}
    with localcontext(MONEY_CONTEXT):
        for p in pending:
            t = p.schedule.template
            due = p.occurrence.due
            if t.is_transfer or t.category_id is None or not today < due <= last:
                continue
            minor = Money(t.amount, p.schedule.currency).minor_units
            value = in_minor(-minor, str(p.schedule.currency), book.base, due, book.rates)
            if not isinstance(value, MissingRate):
                key = (int(t.category_id), due.replace(day=1))
                scheduled[key] = scheduled.get(key, 0) + value
    return BudgetPlan(
        month,
        remaining,
        dict(book.inputs.budgets),
        {k: round_minor(v) for k, v in scheduled.items()},
    )


def budget_input(
    ledger: Ledger,
    today: date,
    end: date,
    pending: Sequence[Pending],
    budget_account: int | None = None,
) -> BudgetInput:
    """The budgets' expected spending as flows up to ``end``, with the lines saying how."""
    book = read_book(ledger)
    plan = plan_of(book, today, pending, end)
    open_accounts = [b for b in balances.balances_on(ledger, today) if not b.archived]
    names = {int(b.account_id): b.name for b in open_accounts}
    usable = [int(b.account_id) for b in open_accounts if str(b.currency) == book.base]
    if budget_account is not None:
        account_of = {cat: budget_account for cat, _m in plan.budgets} | dict.fromkeys(
            plan.remaining, budget_account
        )
        basis = BudgetBasis(book.base, account=names.get(budget_account, "?"))
        return BudgetInput(budget_flows(plan, today, end, account_of), basis)
    since = today - timedelta(days=HISTORY_DAYS)
    with ledger.book.reading() as session:
        counts = q.spending_counts(session.connection(), since)
    chosen = main_accounts(counts, usable)
    fallback = chosen.pop(0, None)
    cats = {cat for cat, _m in plan.budgets} | set(plan.remaining)
    placed: dict[int, int] = {}
    for cat in cats:
        account = chosen.get(cat, fallback)
        if account is not None:
            placed[cat] = account
    basis = BudgetBasis(
        book.base,
        fallback="" if fallback is None else names[fallback],
        placed=fallback is not None or bool(placed),
    )
    return BudgetInput(budget_flows(plan, today, end, placed), basis)
