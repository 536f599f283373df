"""Categories: two levels, inherited kind, lookup by path, delete with reassignment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.entry_values import NewEntry, NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services import accounts, categories, entries
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends


def test_two_levels_and_inherited_kind(ledger: Ledger) -> None:
    food, _ = categories.create_category(ledger, "Food", "expense")
    groc, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    assert categories.find_category(ledger, "food:groceries").id == groc
    assert categories.find_category(ledger, "Groceries").kind == "expense"
    with pytest.raises(DomainError, match="two levels"):
        categories.create_category(ledger, "Organic", parent_id=groc)
    with pytest.raises(DomainError, match="expense category like its parent"):
        categories.create_category(ledger, "Salary", "income", parent_id=food)
    with pytest.raises(DomainError, match="needs a kind"):
        categories.create_category(ledger, "Misc")
    with pytest.raises(DomainError, match="already exists"):
        categories.create_category(ledger, "food", "expense")
    with pytest.raises(NotFoundError, match="unknown category 'Fod'"):
        categories.find_category(ledger, "Fod")


def test_ambiguous_child_names_need_the_parent(ledger: Ledger) -> None:
    for parent in ("Home", "Car"):
        pid, _ = categories.create_category(ledger, parent, "expense")
        categories.create_category(ledger, "Insurance", parent_id=pid)
    with pytest.raises(DomainError, match=r"ambiguous.*Car:Insurance"):
        categories.find_category(ledger, "Insurance")


def test_delete_reassigns_entries_and_children(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "A", "checking", "USD")
    food, _ = categories.create_category(ledger, "Food", "expense")
    groc, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    other, _ = categories.create_category(ledger, "Other", "expense")
    e1, _ = entries.add_entry(ledger, NewEntry(a, date(2024, 1, 1), Decimal(-1), category_id=food))
    e2, _ = entries.add_entry(ledger, NewEntry(a, date(2024, 2, 1), Decimal(-1), category_id=groc))
    changes = categories.delete_category(ledger, food, reassign_to=other)
    assert dict(changes.dirty_from) == {a: date(2024, 1, 1)}
    assert {entries.get_entry(ledger, e).category for e in (e1, e2)} == {"Other"}
    assert [c.name for c in categories.list_categories(ledger)] == ["Other"]
    categories.delete_category(ledger, other)
    assert entries.get_entry(ledger, e1).category_id is None
