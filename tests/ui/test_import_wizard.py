"""The import wizard driven like a user: real files from tests/data/imports into a real book."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, imports
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import (
    ACCOUNTS_PAGE,
    AMOUNT,
    DATE,
    DONE_PAGE,
    LINE,
    MAPPING_PAGE,
    PAYEE,
    PROBLEM,
    SUMMARY_PAGE,
    ImportWizard,
)
from permoney_desktop.ui.dialogs.transfer_review import TransferReviewDialog
from permoney_desktop.ui.main_window import MainWindow
from tests.services.book_state import book_state

DATA = Path(__file__).parents[1] / "data" / "imports"
WAIT = 10_000


def _window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    return window


def _account(ledger: Ledger, name: str, kind: AccountKind = AccountKind.CHECKING) -> AccountId:
    acc, _ = accounts.create_account(ledger, name, kind, "USD")
    return acc


def _wizard(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = ImportWizard(
        window.ledger, import_actions.publisher(window), window, new_account=window.new_account
    )
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.open_file(path)
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    return wizard


def _to_summary(qtbot: QtBot, wizard: ImportWizard) -> None:
    if wizard.currentId() == MAPPING_PAGE:
        qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT)
        wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    assert wizard.accounts_page.isComplete(), wizard.accounts_page.error.text()
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)


def test_import_action_takes_over_ctrl_i(qtbot: QtBot, ledger: Ledger) -> None:
    window = _window(qtbot, ledger)
    import_actions.install(window)  # a second call changes nothing
    ctrl_i = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+I")]
    assert len(ctrl_i) == 1 and ctrl_i[0].isEnabled()
    titles = {
        a.text().replace("&", ""): [x.text().replace("&", "") for x in menu.actions()]
        for a in window.menuBar().actions()
        if isinstance(menu := a.menu(), QMenu)
    }
    assert {"Import…", "Export entries…", "Export book…", "Import book…"} <= set(titles["File"])
    assert titles["Tools"] == ["Rules…", "Review transfer matches…"]
    assert list(titles).index("Tools") < list(titles).index("Help")
    assert window.empty_state.import_button.isEnabled()
    ctrl_i[0].trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def _reachable(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _unnamed_controls(page: QWidget) -> list[str]:
    """Keyboard-reachable controls that a screen reader could not name."""
    return [
        type(w).__name__
        for w in _reachable(page)
        if not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text().replace("&", "").strip())
    ]


def test_csv_lands_the_right_entries_and_balances(
    qtbot: QtBot, ledger: Ledger, qtmodeltester: ModelTester
) -> None:
    checking = _account(ledger, "Checking")
    window = _window(qtbot, ledger)
    wizard = _wizard(qtbot, window, DATA / "us_utf8.csv")
    assert wizard.format.value == "csv"
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentId() == MAPPING_PAGE
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    # The service's guess is shown in the controls, and the preview is the import-to-be.
    assert page.columns["date"].currentData() == "Date"
    assert page.columns["payee"].currentData() == "Description"
    assert page.columns["amount"].currentData() == "Amount"
    assert page.columns["category"].currentData() == "Category"
    assert page.model.rowCount() == 4 and page.model.error_rows() == []
    assert page.model.data(page.model.index(3, AMOUNT)) == "2,860.00"
    assert page.model.data(page.model.index(2, PAYEE)) == "FreshMart, Main St"
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    assert len(_reachable(page)) >= 20  # 12 columns, 5 options, presets, the table
    assert _unnamed_controls(page) == []
    _to_summary(qtbot, wizard)
    summary = wizard.summary_page
    for p in (wizard.file_page, wizard.accounts_page, summary):
        assert _unnamed_controls(p) == [], p.title()
    assert summary.plan is not None and summary.plan.imported == 4, summary.error.text()
    assert "4 new entries" in summary.counts.text()
    assert summary.isComplete()
    wizard.next()  # the commit button: Import
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    assert wizard.report is not None and wizard.report.imported == 4
    assert "Imported 4 entries" in wizard.done_page.summary.text()
    # Balances moved in the window in the same turn, and the import is one undo step.
    expected = -450 - 450 - 5210 + 286000
    assert window.book.balance(checking).minor == expected  # type: ignore[union-attr]
    assert window.undo_action.text() == "Undo Import 4 entries from us_utf8.csv"
    with ledger.book.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql("SELECT date, amount, payee FROM entries ORDER BY date, id")
            .all()
        )
    assert [tuple(r) for r in rows] == [
        ("2024-03-01", -450, "Bean There Cafe"),
        ("2024-03-01", -450, "Bean There Cafe"),
        ("2024-03-02", -5210, "FreshMart, Main St"),
        ("2024-03-15", 286000, "Acme Corp Payroll"),
    ]
    wizard.accept()
    # Re-importing the same file: the summary says nothing is new and Import stays disabled.
    again = _wizard(qtbot, window, DATA / "us_utf8.csv")
    again.next()
    _to_summary(qtbot, again)
    assert again.summary_page.plan is not None and again.summary_page.plan.imported == 0
    assert again.summary_page.plan.duplicates == 4
    assert not again.summary_page.isComplete()
    assert again.summary_page.duplicates.rowCount() == 4
    again.reject()


def test_bad_file_names_file_line_field_and_leaves_book_unchanged(
    qtbot: QtBot, ledger: Ledger, book_path: Path
) -> None:
    _account(ledger, "Checking")
    window = _window(qtbot, ledger)
    before = book_state(book_path)
    wizard = _wizard(qtbot, window, DATA / "bad_amount.csv")
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert not page.isComplete()
    assert page.model.error_rows() == [1]  # line 3 of the file, the second data row
    message = page.error.text()
    assert "bad_amount.csv" in message and "line 3" in message and "amount" in message
    assert page.model.data(page.model.index(1, LINE)) == "3"
    assert page.model.data(page.model.index(1, PROBLEM))  # the row's own problem, in its row
    assert book_state(book_path) == before


def test_ambiguous_dates_are_reported_then_resolved_by_choosing_a_format(
    qtbot: QtBot, ledger: Ledger
) -> None:
    _account(ledger, "Checking")
    window = _window(qtbot, ledger)
    wizard = _wizard(qtbot, window, DATA / "ambiguous.tsv")
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert not page.isComplete()
    assert "ambiguous.tsv" in page.error.text() and "date" in page.error.text()
    page.date_format.setCurrentIndex(page.date_format.findData("%d/%m/%Y"))
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert page.model.data(page.model.index(0, DATE)) == "2024-02-01"
    # Save the mapping as a preset; a later file loads it back.
    assert page.save_preset("Corner bank")
    assert imports.list_presets(ledger) == ["Corner bank"]
    page.date_format.setCurrentIndex(0)
    page.load_preset()
    assert page.date_format.currentData() == "%d/%m/%Y"
    qtbot.waitUntil(page.isComplete, timeout=WAIT)


def test_ofx_maps_the_statement_account_and_imports(qtbot: QtBot, ledger: Ledger) -> None:
    _account(ledger, "Savings", AccountKind.SAVINGS)
    checking = _account(ledger, "Checking")
    window = _window(qtbot, ledger)
    wizard = _wizard(qtbot, window, DATA / "checking_sgml.ofx")
    assert wizard.format.value == "ofx"
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE  # no column mapping for a statement
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert len(page.key_combos) == 1 and not page.isComplete()  # two accounts: ask
    (combo,) = page.key_combos.values()
    combo.setCurrentIndex(combo.findData("Checking"))
    assert page.isComplete()
    assert page.model.rowCount() > 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    plan = wizard.summary_page.plan
    assert plan is not None and plan.imported > 0, wizard.summary_page.error.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    with ledger.book.reading() as s:
        total = (
            s.connection()
            .exec_driver_sql(
                "SELECT COUNT(*), SUM(amount) FROM entries WHERE account_id = ?", (int(checking),)
            )
            .one()
        )
    assert total[0] == plan.imported
    assert window.book.balance(checking).minor == total[1]  # type: ignore[union-attr]


def _big_csv(path: Path, rows: int) -> Path:
    lines = ["Date,Payee,Amount,Category"]
    for n in range(rows):
        lines.append(
            f"2023-{n % 12 + 1:02d}-{n % 28 + 1:02d},Shop {n % 97},-{n % 50 + 1}.25,Cat{n % 7}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _close(wizard: ImportWizard, how: str) -> None:
    """The user's one action to get out while the import runs."""
    if how == "progress dialog":
        dialog = wizard.progress_dialog
        assert dialog is not None
        button = dialog.findChild(QPushButton)
        assert button is not None and "Cancel" in button.text()
        button.click()
    elif how == "close button":
        wizard.close()  # what the window manager's close button sends
    else:
        QTest.keyClick(wizard, Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    ("stage", "how"),
    [("duplicates", "progress dialog"), ("writing", "close button"), ("writing", "escape")],
)
def test_one_action_during_the_run_cancels_closes_and_leaves_nothing(
    qtbot: QtBot, ledger: Ledger, book_path: Path, tmp_path: Path, stage: str, how: str
) -> None:
    _account(ledger, "Checking")
    window = _window(qtbot, ledger)
    before = book_state(book_path)
    wizard = import_actions.open_import_wizard(window, _big_csv(tmp_path / "big.csv", 12_000))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # inspected afterwards
    qtbot.waitExposed(wizard)
    wizard.next()
    _to_summary(qtbot, wizard)
    assert wizard.summary_page.plan is not None
    assert wizard.summary_page.plan.imported == 12_000
    seen: list[tuple[str, int]] = []
    hidden_at_once: list[bool] = []

    def on_progress(s: str, done: int, _total: int) -> None:
        seen.append((s, done))
        # Close once writing has begun (categories and 10,000 rows already inserted).
        if not hidden_at_once and s == stage and (stage != "writing" or done > 0):
            _close(wizard, how)
            hidden_at_once.append(not wizard.isVisible())

    wizard.next()
    assert wizard.importing
    job = wizard._import_job
    assert job is not None
    job.progressed.connect(on_progress)
    qtbot.waitUntil(lambda: not wizard.importing, timeout=30_000)
    assert any(s == stage for s, _ in seen)
    assert hidden_at_once == [True]  # one action, and the wizard is gone at once
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.report is None
    assert book_state(book_path) == before
    assert window.undo_action.text() == "Undo Add account"
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was written."
    # The same import can run again from a fresh wizard.
    again = _wizard(qtbot, window, tmp_path / "big.csv")
    again.next()
    _to_summary(qtbot, again)
    again.next()
    qtbot.waitUntil(lambda: again.currentId() == DONE_PAGE, timeout=30_000)
    assert again.report is not None and again.report.imported == 12_000


def test_closing_after_the_write_committed_keeps_it_whole_and_says_so(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    checking = _account(ledger, "Checking")
    window = _window(qtbot, ledger)
    wizard = import_actions.open_import_wizard(window, _big_csv(tmp_path / "big.csv", 3_000))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitExposed(wizard)
    wizard.next()
    _to_summary(qtbot, wizard)
    wizard.next()
    job = wizard._import_job
    assert job is not None

    def on_progress(s: str, _done: int, _total: int) -> None:
        # "saving" is the service's last check: a close from here on is too late to cancel.
        if s == "saving" and wizard.isVisible():
            wizard.close()

    job.progressed.connect(on_progress)
    qtbot.waitUntil(lambda: not wizard.importing, timeout=30_000)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Accepted
    with ledger.book.reading() as s:
        n = s.connection().exec_driver_sql("SELECT COUNT(*) FROM entries").scalar()
    assert n == 3_000  # all of it, published to the window like any import
    assert window.undo_action.text() == "Undo Import 3000 entries from big.csv"
    assert window.book.balance(checking).minor != 0  # type: ignore[union-attr]
    told = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(told) == 1 and "already finished" in told[0].text()
    assert "3,000 entries from big.csv are in the book" in told[0].text()
    assert "already finished" in window.statusBar().currentMessage()
    told[0].accept()


def test_transfer_ids_link_and_candidates_open_the_review(qtbot: QtBot, ledger: Ledger) -> None:
    for name, kind in (
        ("Checking", AccountKind.CHECKING),
        ("Savings", AccountKind.SAVINGS),
        ("Visa", AccountKind.CREDIT_CARD),
    ):
        _account(ledger, name, kind)
    window = _window(qtbot, ledger)
    # The menu's own path: the window's publisher, new-account and review callbacks.
    wizard = import_actions.open_import_wizard(window, DATA / "transfers.csv")
    qtbot.waitExposed(wizard)
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT)
    assert wizard.mapping_page.columns["account"].currentData() == "Account"
    assert wizard.mapping_page.columns["transfer_id"].currentData() == "Transfer Id"
    wizard.next()
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    # The file's account names match the book's: chosen already, nothing else to ask.
    assert {k: c.currentData() for k, c in page.key_combos.items()} == {
        "Checking": "Checking",
        "Savings": "Savings",
        "Visa": "Visa",
    }
    assert page.fixed is None and page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    text = wizard.summary_page.counts.text()
    assert "1 transfer linked" in text and "1 possible transfer to review" in text
    assert wizard.summary_page.proposals.rowCount() == 1
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    button = wizard.done_page.review_button
    assert button.isVisibleTo(wizard) and "Review 1 possible transfer" in button.text()
    button.click()
    review = window.findChild(TransferReviewDialog)
    assert review is not None and review.model.rowCount() == 1
    review.model.set_all(True)
    assert review.confirm_checked() == 1
    assert window.undo_action.text() == "Undo Link 1 transfer"
    with ledger.book.reading() as s:
        n = (
            s.connection()
            .exec_driver_sql("SELECT COUNT(*) FROM entries WHERE kind = 'transfer'")
            .scalar()
        )
    assert n == 4
