"""Entry and category kinds: what a row in a register can be."""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    TRANSACTION = "transaction"  # a flow: income, expense or refund
    VALUATION = "valuation"  # a balance anchor: sets the level on a date, not a flow
    TRANSFER = "transfer"  # one side of a transfer between two own accounts: not income/expense


class CategoryKind(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"


def counts_as_income_or_expense(kind: EntryKind) -> bool:
    """The one exclusion rule shared by search totals, income statements and budgets."""
    return kind is EntryKind.TRANSACTION
