"""A book's budget inputs as the screens hold them, and the settings read without the database
engines (stdlib ``sqlite3``): kept apart from ``services.budgets`` so the budget page can be
built, empty, before the first window paints without importing SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.budgets import BudgetInputs, BudgetMode, MonthFigures, month_figures
from permoney_desktop.domain.fx import RateTable
from permoney_desktop.services.ledger import Ledger

MODE_KEY = "budget.mode"
CARRY_KEY = "budget.carry_overspending"  # category ids whose overspending carries as negative


@dataclass(frozen=True)
class BudgetBook:
    """A book's budget inputs with what the screens need beside them."""

    inputs: BudgetInputs
    base: str
    names: dict[int, str]  # envelope id → "Parent: Child"
    versions: tuple[tuple[int, int], ...]
    rates: RateTable
    partial_budgets: frozenset[tuple[int, date]] = frozenset()

    def figures(self, month: date) -> MonthFigures:
        return month_figures(self.inputs, month)


def mode_of(ledger: Ledger) -> BudgetMode:
    try:
        return BudgetMode(ledger.setting(MODE_KEY, BudgetMode.ENVELOPE.value))
    except ValueError:
        return BudgetMode.ENVELOPE


def carry_negative(ledger: Ledger) -> frozenset[int]:
    raw = ledger.setting(CARRY_KEY, [])
    return frozenset(int(i) for i in raw if isinstance(i, int))


def empty_book(ledger: Ledger) -> BudgetBook:
    """No categories and no figures yet: what a page shows while the book is read."""
    inputs = BudgetInputs(mode_of(ledger), (), {}, {}, carry_negative(ledger))
    return BudgetBook(inputs, str(ledger.base_currency), {}, (), RateTable.of([]))
