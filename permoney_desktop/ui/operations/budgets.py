"""Budget and goal writes from the GUI: set a budget, move money, apply a template, add,
edit or delete a goal (one undo step each)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.domain.budget_templates import Template, TemplateKind
from permoney_desktop.domain.budgets import BudgetMode, Overspend
from permoney_desktop.domain.changes import Changes
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import budget_schedules
    from permoney_desktop.services import budgets as budget_service
    from permoney_desktop.services import goals as goal_service
else:  # loaded at the first write: importing the budget page must not import SQLAlchemy
    budget_schedules = lazy_module("permoney_desktop.services.budget_schedules")
    budget_service = lazy_module("permoney_desktop.services.budgets")
    goal_service = lazy_module("permoney_desktop.services.goals")


def set_budget(
    writer: Writer, category_id: int, month: date, amount: int, origin: object | None = None
) -> bool:
    """True once written (else the writer reported the error); ``origin``: the view that typed
    it, named in the published ``Applied`` so it can tell its own edit apart."""
    done = writer.write(
        lambda: budget_service.set_budget(writer.ledger, category_id, month, amount),
        origin=origin,
    )
    return done is not None


def set_mode(writer: Writer, mode: BudgetMode) -> bool:
    """The book's budget mode (one undo step); False when refused."""
    return writer.write_value(lambda: budget_service.change_mode(writer.ledger, mode)) is not None


def set_overspend(writer: Writer, category_id: int, policy: Overspend) -> bool:
    """How a category's overspending is handled (one undo step); False when refused."""
    done = writer.write_value(
        lambda: budget_service.change_overspend(writer.ledger, category_id, policy)
    )
    return done is not None


def move_money(writer: Writer, month: date, from_id: int, to_id: int, amount: int) -> bool:
    done = writer.write(
        lambda: budget_service.move_money(writer.ledger, month, from_id, to_id, amount)
    )
    return done is not None


def apply_template(
    writer: Writer, month: date, template: Template, categories: Iterable[int] = ()
) -> dict[int, int] | None:
    """The amounts the template set (empty: nothing to set), or None after an error."""
    chosen = list(categories)

    def apply() -> tuple[dict[int, int], Changes]:
        scheduled = None
        if template.kind is TemplateKind.SCHEDULED:
            scheduled = budget_schedules.scheduled_spending(writer.ledger, month)
        return budget_service.apply_template(writer.ledger, month, template, chosen, scheduled)

    done = writer.write_value(apply)
    return None if done is None else done[0]


def add_goal(
    writer: Writer,
    name: str,
    target: int,
    target_date: date | None,
    *,
    category_id: int | None = None,
    account_ids: Sequence[int] = (),
) -> int | None:
    """The new goal's id, or None (the error was reported)."""
    done = writer.write_value(
        lambda: goal_service.add_goal(
            writer.ledger,
            name,
            target,
            target_date=target_date,
            category_id=category_id,
            account_ids=account_ids,
        )
    )
    return None if done is None else int(done[0])


def edit_goal(writer: Writer, goal_id: int, fields: goal_service.GoalFields) -> bool:
    """Change a goal (one undo step); False when refused (the error was reported)."""
    return writer.write(lambda: goal_service.edit_goal(writer.ledger, goal_id, fields)) is not None


def delete_goal(writer: Writer, name: str) -> bool:
    return writer.write(lambda: goal_service.delete_goal(writer.ledger, name)) is not None
