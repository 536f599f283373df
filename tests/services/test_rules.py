"""Rules on existing entries: applied on demand, hand-set fields untouched, one undo step."""

from __future__ import annotations

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.rules import Condition, RuleError
from permoney_desktop.services import accounts, categories, imports, rules, undo
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

CSV = (
    b"Date,Payee,Amount\n2024-01-02,BEAN THERE #12,-4.50\n2024-01-03,Bean There,-30.00\n"
    b"2024-01-04,Acme Payroll,2000.00\n"
)


def _rows(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.book.reading() as s:
        return [
            tuple(r)
            for r in s.connection().exec_driver_sql(
                "SELECT e.payee, c.name, m.name FROM entries e"
                " LEFT JOIN categories c ON c.id = e.category_id"
                " LEFT JOIN merchants m ON m.id = e.merchant_id ORDER BY e.id"
            )
        ]


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    categories.create_category(ledger, "Coffee", "expense")
    categories.create_category(ledger, "Salary", "income")
    imports.run_import(ledger, imports.ImportRequest(CSV, "a.csv", account="Checking"))
    return ledger


def test_apply_on_demand_respects_amount_conditions_and_undo(book: Ledger) -> None:
    rules.add_rule(
        book,
        "small coffee",
        [Condition.parse("payee", "contains", "bean"), Condition.parse("amount", ">", "-10")],
        category="Coffee",
        merchant="Bean There",
    )
    rules.add_rule(book, "pay", [Condition.parse("payee", "regex", r"payroll$")], category="Salary")
    report = rules.apply_rules(book)
    assert (report.examined, report.changed) == (3, 2)
    assert _rows(book) == [
        ("BEAN THERE #12", "Coffee", "Bean There"),
        ("Bean There", None, None),
        ("Acme Payroll", "Salary", None),
    ]
    assert undo.undo_label(book) == "Apply rules to 2 entries"
    undo.undo(book)
    assert [r[1] for r in _rows(book)] == [None, None, None]


def test_user_fields_block_rules(book: Ledger) -> None:
    with book.book.writing() as s, s.begin():
        s.connection().exec_driver_sql("UPDATE entries SET user_fields = 'payee' WHERE id = 1")
    rules.add_rule(book, "x", [Condition.parse("payee", "contains", "bean")], rename_payee="Bean")
    assert rules.apply_rules(book).changed == 1
    assert [r[0] for r in _rows(book)] == ["BEAN THERE #12", "Bean", "Acme Payroll"]


def test_rule_validation_and_lifecycle(book: Ledger) -> None:
    with pytest.raises(RuleError, match="needs an action"):
        rules.add_rule(book, "x", [Condition.parse("payee", "contains", "a")])
    with pytest.raises(RuleError, match="at least one condition"):
        rules.add_rule(book, "x", [], category="Coffee")
    with pytest.raises(DomainError, match="unknown category"):
        rules.add_rule(book, "x", [Condition.parse("payee", "contains", "a")], category="Nope")
    rid, _ = rules.add_rule(book, "t", [Condition.parse("payee", "contains", "acme")], tags=["job"])
    assert rules.warm_cache(book) == 1
    rules.set_enabled(book, rid, False)
    assert rules.warm_cache(book) == 0
    assert rules.apply_rules(book).changed == 0
    rules.set_enabled(book, rid, True)
    assert rules.apply_rules(book).changed == 1
    assert rules.apply_rules(book).changed == 0  # the tag is already there
    rules.delete_rule(book, rid)
    assert rules.list_rules(book) == []
