"""Goals of a book: add (for a category or for accounts), edit, list with progress, delete.

A category goal (sinking fund) counts what its envelope holds: the category's available this
month in the book's base currency. An account goal counts the linked accounts' balances today
(assets add, liabilities subtract) converted into the goal's currency at today's rate.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.budget_goals import GoalStatus, monthly_needed
from permoney_desktop.domain.budgets import MonthFigures
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.metrics import in_minor, round_minor
from permoney_desktop.services import balances, gate
from permoney_desktop.services.budget_book import BudgetBook
from permoney_desktop.services.budgets import read_book
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import budget_queries as q
from permoney_desktop.store import metric_queries


@dataclass(frozen=True, slots=True)
class GoalFields:
    """What the user sets of a goal (the target in the goal's currency, minor units)."""

    name: str
    target: int
    target_date: date | None = None
    category_id: int | None = None
    account_ids: tuple[int, ...] = ()
    currency: str = ""  # the goal's, as stored (an edit keeps it)


def _checked(fields: GoalFields) -> GoalFields:
    clean = " ".join(fields.name.split())
    if not clean:
        raise DomainError(Message("a goal needs a name"))
    if fields.target <= 0:
        raise DomainError(Message("a goal's target must be more than zero"))
    if (fields.category_id is None) == (not fields.account_ids):
        raise DomainError(
            Message("a goal saves either in a category or in accounts (give one of them)")
        )
    accounts = tuple(int(a) for a in dict.fromkeys(fields.account_ids))
    return dataclasses.replace(fields, name=clean, account_ids=accounts)


def add_goal(
    ledger: Ledger,
    name: str,
    target: int,
    *,
    target_date: date | None = None,
    category_id: int | None = None,
    account_ids: Sequence[int] = (),
) -> tuple[int, Changes]:
    """A new goal (one undo step): for a category, or for one or more accounts."""
    fields = _checked(GoalFields(name, target, target_date, category_id, tuple(account_ids)))
    clean = fields.name
    base = str(ledger.base_currency)
    with gate.write(ledger, Message("Add goal")) as w:
        if q.goal_named(w.conn, clean) is not None:
            raise DomainError(Message("a goal called {name!r} exists already", name=clean))
        goal_id = w.new_id("goals")
        w.journal.insert_dicts(
            "goals",
            [
                {
                    "id": goal_id,
                    "name": clean,
                    "target_amount": int(target),
                    "currency": base,
                    "target_date": target_date,
                    "created_at": w.now,
                    "category_id": category_id,
                }
            ],
        )
        w.journal.insert_dicts(
            "goal_accounts",
            [{"goal_id": goal_id, "account_id": a} for a in fields.account_ids],
        )
        w.mark(ChangeKind.GOALS)
    return goal_id, w.changes


def goal_fields(ledger: Ledger, goal_id: int) -> GoalFields:
    """A goal's fields as stored (for an edit to start from)."""
    with ledger.book.reading() as session:
        rows = q.goals(session.connection())
    for gid, name, target, cur, target_date, category_id, account_ids in rows:
        if gid == goal_id:
            return GoalFields(name, target, target_date, category_id, account_ids, cur)
    raise DomainError(Message("no goal with id {goal_id}", goal_id=goal_id))


def goal_id_named(ledger: Ledger, name: str) -> int:
    with ledger.book.reading() as session:
        goal_id = q.goal_named(session.connection(), name)
    if goal_id is None:
        raise DomainError(Message("no goal called {name!r}", name=name.strip()))
    return goal_id


def edit_goal(ledger: Ledger, goal_id: int, fields: GoalFields) -> Changes:
    """Change a goal's name, target, date or where it saves: one undo step. The target stays
    in the goal's own currency."""
    fields = _checked(fields)
    with gate.write(ledger, Message("Edit goal")) as w:
        other = q.goal_named(w.conn, fields.name)
        if other is not None and other != goal_id:
            raise DomainError(Message("a goal called {name!r} exists already", name=fields.name))
        updated = w.journal.update_keys(
            "goals",
            [goal_id],
            {
                "name": fields.name,
                "target_amount": int(fields.target),
                "target_date": fields.target_date,
                "category_id": fields.category_id,
            },
        )
        if not updated:
            raise DomainError(Message("no goal with id {goal_id}", goal_id=goal_id))
        where, params = q.goal_links_where(goal_id)
        w.journal.delete_where("goal_accounts", where, params)
        w.journal.insert_dicts(
            "goal_accounts", [{"goal_id": goal_id, "account_id": a} for a in fields.account_ids]
        )
        w.mark(ChangeKind.GOALS)
    return w.changes


def delete_goal(ledger: Ledger, name: str) -> Changes:
    with gate.write(ledger, Message("Delete goal")) as w:
        goal_id = q.goal_named(w.conn, name)
        if goal_id is None:
            raise DomainError(Message("no goal called {name!r}", name=name.strip()))
        where, params = q.goal_links_where(goal_id)
        w.journal.delete_where("goal_accounts", where, params)
        w.journal.delete_keys("goals", [goal_id])
        w.mark(ChangeKind.GOALS)
    return w.changes


def _rates(ledger: Ledger) -> RateTable:
    with ledger.book.reading() as session:
        return RateTable.of(metric_queries.parse_rates(metric_queries.rate_rows(session)))


def goal_statuses(
    ledger: Ledger,
    today: date | None = None,
    *,
    book: BudgetBook | None = None,
    figures: MonthFigures | None = None,
) -> list[GoalStatus]:
    """Every goal with what it holds now and what each month still needs.

    ``figures``: this month's budget figures when the caller has them (the budget page's,
    optimistic), so a category goal moves with a typed budget in the same turn.
    """
    today = today or date.today()
    with ledger.book.reading() as session:
        rows = q.goals(session.connection())
    if not rows:
        return []
    month = today.replace(day=1)
    if book is None and figures is not None and figures.month == month:
        # The caller's month is this one: only the rates are needed, not the whole book's
        # flows (the dashboard asks at every start; reading every entry took seconds at 1M).
        rates = _rates(ledger)
    else:
        book = book or read_book(ledger)
        rates = book.rates
        if figures is None or figures.month != month:
            figures = book.figures(month)
    wanted = sorted({a for r in rows for a in r[6]})
    levels: dict[int, balances.AccountBalance] = {}
    if wanted:
        levels = {int(b.account_id): b for b in balances.balances_on(ledger, today, wanted)}
    out = []
    for goal_id, name, target, cur, target_date, category_id, account_ids in rows:
        partial = False
        if category_id is not None:
            line = figures.line(category_id)
            current, partial = line.available, line.partial
        else:
            total = 0
            for acc in account_ids:
                level = levels.get(acc)
                if level is None:
                    continue
                value = in_minor(level.minor, str(level.currency), cur, today, rates)
                if isinstance(value, MissingRate):
                    partial = True
                    continue
                sign = -1 if level.classification is Classification.LIABILITY else 1
                total += sign * round_minor(value)
                partial = partial or level.partial
            current = total
        out.append(
            GoalStatus(
                goal_id,
                name,
                cur,
                target,
                current,
                target_date,
                category_id,
                account_ids,
                monthly_needed(target, current, target_date, today),
                partial,
            )
        )
    return out
