"""The loan line's interest category: without one it asks (a "Choose…" item and the reason,
never a guessed category); choosing one from the keyboard is one undo step, and scheduled
payments then file their interest under it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.recurrence import Frequency, Recurrence
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import accounts, categories, loans, schedules, splits, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import run_due
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.widgets.loan_panel import LoanPanel

FIRST = date(2024, 1, 31)


def test_choosing_the_interest_category_in_the_loan_line(qtbot: QtBot, ledger: Ledger) -> None:
    car, _ = accounts.create_account(ledger, "Car loan", "loan", "USD", opening_balance="1000")
    cash, _ = accounts.create_account(ledger, "Cash", "cash", "USD")
    categories.create_category(ledger, "Salary", "income")
    interest, _ = categories.create_category(ledger, "Interest", "expense")
    categories.create_category(ledger, "Food", "expense")
    loans.set_loan(
        ledger, car, principal="1000", annual_rate="12", term_months=3, first_payment=FIRST
    )
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.open_account(int(car))
    panel = next(w for w in window.findChildren(LoanPanel))
    combo = panel.interest
    assert combo.currentText() == "Choose…" and "schedule payments" in panel.interest_hint.text()
    # Only expense categories are offered; income is never interest.
    assert [combo.itemText(i) for i in range(combo.count())] == ["Choose…", "Food", "Interest"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Food, then Interest: each choice is written
    assert loans.get_loan(ledger, car).interest_category == "Interest"
    assert panel.interest.currentText() == "Interest" and panel.interest_hint.text() == ""
    assert panel.interest.findText("Choose…") == -1
    undo.undo(ledger)
    assert loans.get_loan(ledger, car).interest_category == "Food"  # one step per choice
    undo.redo(ledger)
    t = Template(cash, Decimal("340.02"), "Car payment", to_account_id=car)  # type: ignore[arg-type]
    schedules.add_schedule(ledger, "", t, Recurrence(Frequency.MONTHLY, FIRST, count=1))
    (posted,) = run_due(ledger, date(2024, 2, 15)).posted
    (_principal, charge) = splits.lines_of(ledger, [int(posted.entry_id)])[int(posted.entry_id)]
    assert (charge.category_id, charge.minor) == (interest, -1000)
