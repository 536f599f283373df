"""The book's schedules as per-category spending of a month (for the budget template)."""

from __future__ import annotations

from datetime import date

from permoney_desktop.domain.budget_schedules import scheduled_spending as spending_of
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import schedules
from permoney_desktop.services.budgets import read_book
from permoney_desktop.services.ledger import Ledger


class NoSchedulesError(DomainError):
    """No schedule spends in a category in that month."""


def scheduled_spending(ledger: Ledger, month: date) -> dict[int, int]:
    """Per category, what the book's schedules spend in ``month`` (base minor units)."""
    book = read_book(ledger)
    found, missing = spending_of(schedules.list_schedules(ledger), month, book.base, book.rates)
    if missing:
        pair = sorted(missing, key=lambda m: m.day)[0]
        raise DomainError(
            Message(
                "no {base}→{quote} rate on or before {day}: add it with permoney rates "
                "add, then apply the template again",
                base=pair.base,
                quote=pair.quote,
                day=pair.day,
            )
        )
    if not found:
        raise NoSchedulesError(
            Message(
                "no schedule spends in a category in {month:%Y-%m}; add one with "
                "permoney schedule add, or use another template",
                month=month,
            )
        )
    return found
