"""The wizard's head-only preview, its currency warning and its keys, driven like a user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts, import_preview
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import (
    ACCOUNTS_PAGE,
    CURRENCY,
    DONE_PAGE,
    MAPPING_PAGE,
    PROBLEM,
    SUMMARY_PAGE,
    ImportWizard,
)
from permoney_desktop.ui.main_window import MainWindow
from tests.services.book_state import book_state

DATA = Path(__file__).parents[1] / "data" / "imports"
WAIT = 15_000


def _open(qtbot: QtBot, ledger: Ledger, path: Path) -> tuple[MainWindow, ImportWizard]:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    wizard = import_actions.open_import_wizard(window, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # inspected afterwards
    qtbot.waitExposed(wizard)
    return window, wizard


def _late_bad_csv(path: Path, rows: int, bad_line: int) -> Path:
    lines = ["Date,Payee,Amount"]
    for n in range(rows):
        amount = "12.3x" if n + 2 == bad_line else f"-{n % 50 + 1}.25"
        lines.append(f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/2023,Shop {n % 97},{amount}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_preview_reads_only_the_head_and_the_import_names_the_late_bad_line(
    qtbot: QtBot, ledger: Ledger, book_path: Path, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    before = book_state(book_path)
    _window, wizard = _open(qtbot, ledger, _late_bad_csv(tmp_path / "big.csv", 30_000, 5_001))
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    p = page.preview
    assert p is not None and p.ok and not p.complete
    assert p.sampled < import_preview.DATE_SAMPLE  # the head, not the 30,000 rows
    assert page.model.rowCount() == import_preview.PREVIEW_ROWS
    assert page.model.error_rows() == [] and page.error.text() == ""
    assert page.table.isColumnHidden(PROBLEM)
    assert "Showing the first 50 of about 30,000 rows" in page.status.text()
    assert "decided from the first" in page.date_note.text()
    # A mapping change previews again from the head, still without the late bad row.
    page.inflows_negative.setChecked(True)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert page.model.data(page.model.index(0, 2)) == "1.25"
    page.inflows_negative.setChecked(False)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    # The accounts page needs no more of the file (one target account) ...
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    assert wizard.accounts_page.model.rowCount() == import_preview.PREVIEW_ROWS
    assert "About 30,000 entries" in wizard.accounts_page.status.text()
    assert wizard.accounts_page.isComplete()
    # ... and the summary reads every row: the import is refused, naming the line and field.
    wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.ready, timeout=WAIT)
    message = summary.error.text()
    assert "big.csv, line 5001, field “amount”" in message and "Nothing was imported" in message
    assert summary.plan is None and not summary.isComplete()
    assert book_state(book_path) == before


def test_summary_says_how_many_rows_are_in_another_currency(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    f = tmp_path / "mixed.csv"
    f.write_text(
        "Date,Payee,Amount,Currency\n2024-01-02,Café,-3.20,EUR\n2024-01-03,Shop,-10.00,USD\n"
        "2024-01-04,Bäcker,-2.10,EUR\n",
        encoding="utf-8",
    )
    _window, wizard = _open(qtbot, ledger, f)
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert not page.table.isColumnHidden(CURRENCY)
    assert page.model.data(page.model.index(0, CURRENCY)) == "EUR"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    assert wizard.accounts_page.isComplete()  # the book's one account is chosen
    wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.ready, timeout=WAIT)
    assert summary.currency_note.isVisibleTo(wizard)
    text = summary.currency_note.text()
    assert "2 entries for Checking are in EUR, not USD like the account" in text
    assert "no EUR/USD rates yet" in text
    assert summary.isComplete()  # kept in EUR and converted: the import may go on
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    assert "2 entries for Checking are in EUR" in wizard.done_page.summary.text()
    with ledger.book.reading() as s:
        rows = s.connection().exec_driver_sql("SELECT currency FROM entries ORDER BY date").all()
    assert [r[0] for r in rows] == ["EUR", "USD", "EUR"]


def test_same_currency_files_show_no_currency_note(qtbot: QtBot, ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    _window, wizard = _open(qtbot, ledger, DATA / "us_utf8.csv")
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    assert wizard.summary_page.plan is not None and wizard.summary_page.plan.imported == 4
    assert not wizard.summary_page.currency_note.isVisibleTo(wizard)


def test_a_statement_in_another_currency_is_refused_where_the_account_is_chosen(
    qtbot: QtBot, ledger: Ledger, book_path: Path
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    _window, wizard = _open(qtbot, ledger, DATA / "card_xml.ofx")
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    # A EUR statement: the USD account is not chosen for the user, and choosing it is refused
    # here with what to do (the import itself refuses it too, for the CLI).
    (combo,) = page.key_combos.values()
    assert combo.currentData() is None and page.mismatch.text() == ""
    combo.setCurrentIndex(combo.findData("Checking"))
    assert "is in EUR, but Checking keeps USD" in page.mismatch.text()
    assert "choose an account in EUR" in page.mismatch.text()
    assert not page.isComplete()
    accounts.create_account(ledger, "Carte", AccountKind.CREDIT_CARD, "EUR")
    page._build_form()  # what New account… does after the account dialog
    (combo,) = page.key_combos.values()
    combo.setCurrentIndex(combo.findData("Carte"))
    assert page.mismatch.text() == "" and page.isComplete()
    before = book_state(book_path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    plan = wizard.summary_page.plan
    assert plan is not None and plan.imported == 3 and plan.foreign == {}
    assert not wizard.summary_page.currency_note.isVisibleTo(wizard)
    assert book_state(book_path) == before


def test_enter_moves_on_and_escape_closes(qtbot: QtBot, ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    _window, wizard = _open(qtbot, ledger, DATA / "us_utf8.csv")
    wizard.file_page.path.setFocus()
    QTest.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    assert wizard.currentId() == MAPPING_PAGE
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert wizard.currentId() == ACCOUNTS_PAGE
    qtbot.waitUntil(wizard.accounts_page.isComplete, timeout=WAIT)
    combo = wizard.accounts_page.fixed
    assert combo is not None
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Enter)
    assert wizard.currentId() == SUMMARY_PAGE
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=WAIT)
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    with ledger.book.reading() as s:
        assert s.connection().exec_driver_sql("SELECT COUNT(*) FROM entries").scalar() == 0
