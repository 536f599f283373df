"""The rules editor and the transfer review on a real book, through the window's write path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.rules import Condition
from permoney_desktop.services import accounts, categories, imports, rules
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.rules_editor import RuleForm, RulesEditor
from permoney_desktop.ui.dialogs.transfer_review import TransferReviewDialog
from permoney_desktop.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data" / "imports"


def _window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    return window


def _payee_rows(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.book.reading() as s:
        return [
            tuple(r)
            for r in s.connection().exec_driver_sql(
                "SELECT e.payee, c.name, m.name FROM entries e"
                " LEFT JOIN categories c ON c.id = e.category_id"
                " LEFT JOIN merchants m ON m.id = e.merchant_id ORDER BY e.id"
            )
        ]


def _checking(ledger: Ledger) -> AccountId:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    return acc


def test_a_rule_created_in_the_editor_applies(qtbot: QtBot, ledger: Ledger) -> None:
    _checking(ledger)
    categories.create_category(ledger, "Coffee", "expense")
    imports.run_import(
        ledger, imports.ImportRequest.from_path(DATA / "bank.qif", account="Checking")
    )
    window = _window(qtbot, ledger)
    editor = RulesEditor(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(editor)
    assert editor.model.rowCount() == 0 and not editor.apply_button.isEnabled()
    form = RuleForm(ledger, import_actions.publisher(window), editor)
    qtbot.addWidget(form)
    form.name.setText("Coffee shops")
    form.rows[0].set("payee", "contains", "bean there")
    amount = form.add_condition()
    amount.set("amount", "between", "-10", "-0.01")
    assert amount.value2.isVisibleTo(form)  # the upper bound shows only for "between"
    form.category.setCurrentIndex(form.category.findData("Coffee"))
    form.merchant.setText("Bean There")
    form.tags.setText("coffee, treats")
    assert form.save(), form.error.text()
    assert window.undo_action.text() == "Undo Add rule"
    editor.reload(select=form.rule_id)
    assert editor.model.rowCount() == 1
    text = editor.model.data(editor.model.index(0, 2))
    assert text == "payee contains “bean there” and amount is between -10 and -0.01"
    assert editor.model.data(editor.model.index(0, 3)) == (
        "set category Coffee; merchant Bean There; tags coffee, treats"
    )
    changed = editor.apply_rules()
    coffee = [r for r in _payee_rows(ledger) if "bean there" in str(r[0]).lower()]
    assert coffee and changed == len(coffee)
    assert all(r[1] == "Coffee" and r[2] == "Bean There" for r in coffee)
    assert f"changed {changed}" in editor.message.text()
    assert window.undo_action.text() == f"Undo Apply rules to {changed} entries"
    window.undo()  # the whole apply is one step
    assert all(r[2] is None for r in _payee_rows(ledger))
    # A second run changes nothing more once applied again.
    assert editor.apply_rules() == changed
    assert editor.apply_rules() == 0
    assert "Nothing to change" in editor.message.text()


def test_bad_rule_is_a_sentence_and_writes_nothing(qtbot: QtBot, ledger: Ledger) -> None:
    window = _window(qtbot, ledger)
    form = RuleForm(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(form)
    form.rows[0].set("payee", "matches the pattern", "")
    form.rows[0].op.setCurrentIndex(form.rows[0].op.findData("regex"))
    form.rows[0].value.setText("(unclosed")
    form.merchant.setText("X")
    assert not form.save()
    assert "regular expression" in form.error.text()
    form.rows[0].value.setText("cafe")
    form.merchant.clear()
    assert not form.save() and "action" in form.error.text()
    assert rules.list_rules(ledger) == []


def test_enable_disable_and_delete_are_undoable_steps(qtbot: QtBot, ledger: Ledger) -> None:
    rules.add_rule(ledger, "Tea", [Condition.parse("payee", "contains", "tea")], merchant="Tea")
    window = _window(qtbot, ledger)
    editor = RulesEditor(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(editor)
    index = editor.model.index(0, 0)
    assert editor.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Unticking the check box is the same as the button: one write, then a fresh list.
    assert editor.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert rules.list_rules(ledger)[0].rule.enabled is False
    assert window.undo_action.text() == "Undo Disable rule"
    editor.table.selectRow(0)
    editor.toggle_selected()
    assert rules.list_rules(ledger)[0].rule.enabled is True
    editor.table.selectRow(0)
    editor.delete_selected()
    assert rules.list_rules(ledger) == [] and editor.model.rowCount() == 0
    window.undo()
    editor.reload()
    assert editor.model.rowCount() == 1


def test_rules_model_passes_qtmodeltester(
    qtmodeltester: object, qtbot: QtBot, ledger: Ledger
) -> None:
    rules.add_rule(ledger, "Tea", [Condition.parse("payee", "contains", "tea")], merchant="Tea")
    rules.add_rule(
        ledger, "Big", [Condition.parse("amount", "<", "-500")], tags=["big"], rename_payee="B"
    )
    window = _window(qtbot, ledger)
    editor = RulesEditor(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.model)  # type: ignore[attr-defined]


def test_transfer_review_links_and_rejects(
    qtmodeltester: object, qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    _checking(ledger)
    accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    moves = tmp_path / "moves.csv"
    moves.write_text(
        "Date,Payee,Amount,Account\n"
        "2024-05-01,Move,-200.00,Checking\n"
        "2024-05-02,Move,200.00,Savings\n"
        "2024-06-01,Move,-75.00,Checking\n"
        "2024-06-03,Move,75.00,Savings\n",
        encoding="utf-8",
    )
    report = imports.run_import(ledger, imports.ImportRequest.from_path(moves))
    assert len(report.proposals) == 2
    window = _window(qtbot, ledger)
    dialog = TransferReviewDialog(ledger, import_actions.publisher(window), None, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.confirm_checked() == 0 and "Check the pairs" in dialog.message.text()
    first = dialog.model.index(0, 0)
    dialog.model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.confirm_checked() == 1
    assert window.undo_action.text() == "Undo Link 1 transfer"
    assert dialog.model.rowCount() == 1
    dialog.model.set_all(True)
    assert dialog.reject_checked() == 1
    assert imports.propose_transfers(ledger) == []
    with ledger.book.reading() as s:
        kinds = (
            s.connection()
            .exec_driver_sql("SELECT kind, COUNT(*) FROM entries GROUP BY kind ORDER BY kind")
            .all()
        )
    assert [tuple(k) for k in kinds] == [("transaction", 2), ("transfer", 2)]
    dialog.done(QDialog.DialogCode.Accepted)
