"""The budget page driven like a user: type budgets, see the figures move in the same turn, and
the real worker confirm them with no mismatch."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from permoney_desktop.app import start_worker
from permoney_desktop.domain.budgets import BudgetMode, month_figures
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, budget_book, budgets, categories, entries, goals
from permoney_desktop.services.figures import FigureState
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import WorkerBridge
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models.budget_model import AVAILABLE, BUDGETED, CATEGORY_ID_ROLE
from permoney_desktop.ui.models.roles import FIGURE_STATE_ROLE
from permoney_desktop.ui.operations import undo as undo_ops
from permoney_desktop.ui.pages.budget_page import BudgetPage

MONTH = date.today().replace(day=1)


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    chk, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=MONTH
    )
    ids: dict[str, int] = {}
    for name, kind in (("Salary", "income"), ("Food", "expense"), ("Rent", "expense")):
        ids[name] = categories.create_category(ledger, name, kind)[0]
    for child in ("Groceries", "Restaurants"):
        ids[f"Food:{child}"] = categories.create_category(ledger, child, parent_id=ids["Food"])[0]
    day = MONTH
    entries.add_entry(ledger, NewEntry(chk, day, Decimal(3000), category_id=ids["Salary"]))
    entries.add_entry(ledger, NewEntry(chk, day, Decimal(-120), category_id=ids["Food:Groceries"]))
    entries.add_entry(ledger, NewEntry(chk, day, Decimal(-900), category_id=ids["Rent"]))
    budgets.set_budget(ledger, ids["Rent"], MONTH, 1000_00)
    goals.add_goal(ledger, "Groceries fund", 500_00, target_date=MONTH.replace(year=MONTH.year + 1),
                   category_id=ids["Food:Groceries"])  # fmt: skip
    return ledger


class Gui:
    def __init__(self, qtbot: QtBot, ledger: Ledger) -> None:
        self.qtbot = qtbot
        self.ledger = ledger
        self.bridge = WorkerBridge()
        self.worker = start_worker(ledger, self.bridge)
        assert self.worker is not None
        self.window = MainWindow(ledger, worker=self.worker, bridge=self.bridge)
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.show_page("budget")
        page = self.window.page("budget")
        assert isinstance(page, BudgetPage)
        self.page = page
        self.settle()

    def settle(self) -> None:
        assert self.worker.wait_idle(30)
        assert self.window.background.wait(30)
        self.qtbot.wait(30)
        assert not self.page.loading

    def row_of(self, name: str) -> int:
        cat = categories.find_category(self.ledger, name)
        row = self.page.model.category_row(int(cat.id))
        assert row >= 0
        return row

    def type_budget(self, name: str, text: str) -> list[tuple[str, str, FigureState]]:
        """Type ``text`` into the category's budget cell and press Enter; returns what the page
        showed each time its figures changed to provisional ones, read inside that change (the
        write's own turn: Qt commits an editor on Enter in a queued call, so the test waits for
        that call)."""
        seen: list[tuple[str, str, FigureState]] = []

        def snapshot() -> None:
            model = self.page.model
            if model.state is not FigureState.PROVISIONAL:
                return  # a worker's confirmation of earlier figures, not this edit
            seen.append(
                (
                    self.page.to_budget_label.text(),
                    str(model.index(self.row_of(name), AVAILABLE).data()),
                    model.state,
                )
            )

        self.page.model.figures_changed.connect(snapshot)
        table = self.page.table
        index = self.page.model.index(self.row_of(name), BUDGETED)
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.viewport().findChild(QLineEdit)
        assert editor is not None
        editor.selectAll()
        self.qtbot.keyClicks(editor, text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
        self.page.model.figures_changed.disconnect(snapshot)
        return seen

    def close(self) -> None:
        self.worker.close()


@pytest.fixture
def gui(qtbot: QtBot, book: Ledger) -> Iterator[Gui]:
    g = Gui(qtbot, book)
    yield g
    g.close()


def _available(g: Gui, name: str) -> str:
    return str(g.page.model.index(g.row_of(name), AVAILABLE).data())


def test_typing_a_budget_moves_figures_in_the_same_turn_and_the_worker_confirms(gui: Gui) -> None:
    page = gui.page
    assert page.to_budget_label.text() == "To budget: $2,000.00"
    assert _available(gui, "Groceries") == "-$120.00"
    dots: list[tuple[object, object]] = []

    def dot_states() -> None:
        if page.model.state is FigureState.PROVISIONAL:
            groceries = page.model.index(gui.row_of("Groceries"), AVAILABLE)
            rent = page.model.index(gui.row_of("Rent"), AVAILABLE)
            dots.append((groceries.data(FIGURE_STATE_ROLE), rent.data(FIGURE_STATE_ROLE)))

    page.model.figures_changed.connect(dot_states)
    seen = gui.type_budget("Groceries", "250")
    # Read in the turn of the write itself: the new figures, provisional.
    assert seen[0] == ("To budget: $1,750.00", "$130.00", FigureState.PROVISIONAL)
    # Only the recomputed rows carry the provisional dot; Rent's figures did not move.
    assert dots[0] == (int(FigureState.PROVISIONAL), int(FigureState.CONFIRMED))
    # Enter moved down to the next budget cell.
    assert page.table.currentIndex().column() == BUDGETED
    assert page.table.currentIndex().row() == gui.row_of("Restaurants")
    # The goal in that category follows in the same turn too.
    assert page.goals.statuses[0].current == 130_00
    # The worker's figures for the typed inputs confirm them (a confirmation of the figures
    # before the edit may have been counted already: wait for the state, not the count).
    gui.qtbot.waitUntil(lambda: page.model.state is FigureState.CONFIRMED, timeout=20_000)
    assert page.model.confirmations >= 1
    assert page.model.mismatches == 0
    stored = budgets.read_book(gui.ledger)
    assert month_figures(stored.inputs, MONTH).key() == page.model.figures.key()


def test_random_edits_and_undo_end_with_zero_mismatches(gui: Gui) -> None:
    page = gui.page
    rng = random.Random(7)
    for _ in range(6):
        name = rng.choice(["Groceries", "Restaurants", "Rent"])
        gui.type_budget(name, str(rng.randrange(0, 2000)))
        gui.settle()
        gui.qtbot.waitUntil(lambda: page.model.state is FigureState.CONFIRMED, timeout=20_000)
    undo_ops.undo(gui.window.writer)
    gui.settle()
    gui.qtbot.waitUntil(lambda: page.model.state is FigureState.CONFIRMED, timeout=20_000)
    assert page.model.confirmations >= 6
    assert page.model.mismatches == 0
    stored = budgets.read_book(gui.ledger)
    assert month_figures(stored.inputs, MONTH).key() == page.model.figures.key()


def test_page_keys_change_the_month_and_overspending_is_coloured(gui: Gui) -> None:
    page = gui.page
    page.table.setFocus()
    row = gui.row_of("Groceries")
    index = page.model.index(row, AVAILABLE)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # -120.00: overspent
    assert (
        page.model.index(gui.row_of("Rent"), AVAILABLE).data(Qt.ItemDataRole.ForegroundRole) is None
    )
    gui.qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.model.month == date(MONTH.year + MONTH.month // 12, MONTH.month % 12 + 1, 1)
    # Next month: Rent's 100.00 rolled over; Groceries' overspending was taken from to-budget.
    assert _available(gui, "Rent") == "$100.00"
    assert _available(gui, "Groceries") == "$0.00"
    assert "overspent last month −$120.00" in page.breakdown_label.text()
    gui.qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert page.model.month == MONTH
    assert page.table.currentIndex().data(CATEGORY_ID_ROLE) is not None


def test_move_money_and_templates_are_single_undo_steps(gui: Gui) -> None:
    page = gui.page
    rent = int(categories.find_category(gui.ledger, "Rent").id)
    groceries = int(categories.find_category(gui.ledger, "Groceries").id)
    assert page.move_money(rent, groceries, 200_00)
    assert page.model.figures.line(rent).budgeted == 800_00
    assert page.model.figures.line(groceries).budgeted == 200_00
    undo_ops.undo(gui.window.writer)
    assert page.model.figures.line(rent).budgeted == 1000_00
    assert page.model.figures.line(groceries).budgeted == 0
    page.set_overspend(groceries, True)
    assert "↻" in str(page.model.index(gui.row_of("Groceries"), 0).data())
    page.step_month(1)
    assert _available(gui, "Groceries") == "-$120.00"  # carried as negative


def test_the_dashboard_reads_the_same_budget_figures(gui: Gui) -> None:
    gui.type_budget("Groceries", "250")
    gui.qtbot.waitUntil(lambda: gui.page.model.state is FigureState.CONFIRMED, timeout=20_000)
    gui.window.show_page("dashboard")
    dashboard = gui.window.page("dashboard")
    gui.qtbot.waitUntil(
        lambda: getattr(dashboard, "dash", None) is not None and dashboard.dash.budget is not None,
        timeout=20_000,
    )
    budget = dashboard.dash.budget
    assert budget.month == MONTH
    assert budget.key() == gui.page.model.figures.key()
    statuses = dashboard.dash.goal_statuses
    assert statuses is not None
    assert [s.current for s in statuses] == [130_00]


def test_a_goal_added_from_the_page_shows_and_deletes_in_one_step(gui: Gui) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from permoney_desktop.ui.dialogs.goal_dialog import GoalDialog

    page = gui.page
    groceries = int(categories.find_category(gui.ledger, "Groceries").id)
    page.goal_dialog(groceries)
    dialog = page.findChild(GoalDialog)
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("Feast")
    dialog.target.setText("4.005")
    ok.click()
    assert "more than 2 decimals" in dialog.error.text()
    assert [g.name for g in page.goals.statuses] == ["Groceries fund"]
    dialog.target.setText("400")
    dialog.by.setText(f"{MONTH.year + 1}-{MONTH.month:02d}-15")
    ok.click()
    assert dialog.result() == GoalDialog.DialogCode.Accepted
    feast = next(g for g in page.goals.statuses if g.name == "Feast")
    assert feast.category_id == groceries
    assert feast.current == -120_00  # Groceries' available this month (overspent)
    assert feast.needed_per_month == -(-(400_00 + 120_00) // 13)
    page.delete_goal("Feast")
    assert [g.name for g in page.goals.statuses] == ["Groceries fund"]
    undo_ops.undo(gui.window.writer)
    assert [g.name for g in page.goals.statuses] == ["Feast", "Groceries fund"]


def test_a_category_goal_is_drawn_in_its_row_and_follows_a_typed_budget(gui: Gui) -> None:
    from permoney_desktop.ui.models.budget_model import GOAL_ROLE

    row = gui.row_of("Groceries")
    progress, caption = gui.page.model.index(row, 0).data(GOAL_ROLE)
    assert progress == 0  # -120.00 available: nothing saved yet
    assert "Groceries fund" in caption
    gui.type_budget("Groceries", "370")
    progress, caption = gui.page.model.index(row, 0).data(GOAL_ROLE)
    assert progress == Decimal("0.5")  # 250.00 of 500.00
    assert "Groceries fund" in str(gui.page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))


def test_a_child_category_row_shows_its_own_name_under_its_parent(gui: Gui) -> None:
    row = gui.row_of("Groceries")
    assert str(gui.page.model.index(row, 0).data()).strip() == "Groceries"  # indented


def test_a_goal_is_edited_from_the_page_in_one_undo_step(gui: Gui) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from permoney_desktop.ui.dialogs.goal_dialog import GoalDialog

    page = gui.page
    goal = page.goals.statuses[0]
    menu = page.context_menu()
    edits = next(
        a.menu() for a in menu.actions() if a.menu() is not None and "Edit goal" in a.text()
    )
    assert [a.text() for a in edits.actions()] == ["Groceries fund"]
    panel_menu = page.goals.context_menu()
    edit = next(a for a in panel_menu.actions() if a.text().startswith("Edit goal"))
    edit.trigger()  # the goals panel's menu opens the same dialog
    dialog = page.findChild(GoalDialog)
    assert dialog is not None and dialog.windowTitle() == "Edit goal"
    assert dialog.name.text() == "Groceries fund" and dialog.target.text() == "500.00"
    dialog.name.setText("Food fund")
    dialog.target.setText("800")
    dialog.by.setText("")
    rent = int(categories.find_category(gui.ledger, "Rent").id)
    dialog.where.setCurrentIndex(dialog.where.findData(f"category:{rent}"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == GoalDialog.DialogCode.Accepted
    edited = page.goals.statuses[0]
    assert (edited.id, edited.name, edited.target) == (goal.id, "Food fund", 800_00)
    assert edited.category_id == rent and edited.target_date is None
    assert edited.current == 100_00  # Rent's available: 1000 budgeted − 900 spent
    undo_ops.undo(gui.window.writer)
    back = page.goals.statuses[0]
    assert (back.name, back.target, back.target_date) == (
        "Groceries fund",
        500_00,
        goal.target_date,
    )


def test_the_page_skips_only_its_own_cell_edits_not_other_set_budget_writes(
    gui: Gui, monkeypatch: pytest.MonkeyPatch
) -> None:
    from permoney_desktop.ui.operations import budgets as budget_ops

    page = gui.page
    reloads: list[bool] = []
    real = page.reload

    def counted(*, now: bool = False) -> None:
        reloads.append(now)
        real(now=now)

    monkeypatch.setattr(page, "reload", counted)
    gui.type_budget("Groceries", "250")
    assert reloads == []  # its own edit: shown in the same turn, nothing read again
    # Another writer of the same kind and label (a dialog, another view): the page follows.
    rent = int(categories.find_category(gui.ledger, "Rent").id)
    assert budget_ops.set_budget(gui.window.writer, rent, MONTH, 777_00)
    assert reloads == [True]
    assert page.model.index(gui.row_of("Rent"), BUDGETED).data() == "$777.00"


def test_uncategorized_spending_is_said_beside_the_envelopes(gui: Gui) -> None:
    page = gui.page
    assert page.uncategorized_label.isHidden()
    chk = accounts.find_account(gui.ledger, "Checking").id
    done = gui.window.writer.write_value(
        lambda: entries.add_entry(gui.ledger, NewEntry(chk, MONTH, Decimal("-45.50")))
    )
    assert done is not None
    gui.settle()
    gui.qtbot.waitUntil(lambda: not page.uncategorized_label.isHidden(), timeout=10_000)
    assert "$45.50" in page.uncategorized_label.text()
    assert "no envelope" in page.uncategorized_label.text()
    # Not in any envelope's figures: to budget and spent are as before.
    assert page.to_budget_label.text() == "To budget: $2,000.00"


def test_overspending_choice_and_mode_are_undo_steps(gui: Gui) -> None:
    page = gui.page
    groceries = int(categories.find_category(gui.ledger, "Groceries").id)
    page.set_overspend(groceries, True)
    assert groceries in page.model.inputs.carry_negative
    assert gui.window.undo_action.text().endswith("Carry overspending as negative")
    undo_ops.undo(gui.window.writer)
    assert groceries not in page.model.inputs.carry_negative
    page.set_mode(BudgetMode.TRACKING)
    assert page.model.figures.mode is BudgetMode.TRACKING
    assert "Tracking" in page.mode_label.text()
    undo_ops.undo(gui.window.writer)
    assert page.model.figures.mode is BudgetMode.ENVELOPE
    assert budget_book.mode_of(gui.ledger) is BudgetMode.ENVELOPE
