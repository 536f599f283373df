"""A re-import through the wizard: its summary page says that every row is already in the
book (and lists them) before anything is written, and shows what the file said beside its rows
(a batch kept whole, entries left out) as the CLI summary does."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import ACCOUNTS_PAGE, DONE_PAGE, ImportWizard
from permoney_desktop.ui.dialogs.import_wizard.summary_page import SummaryPage
from permoney_desktop.ui.main_window import MainWindow
from tests.domain.imports.bank_statements import camt052, camt053_batch, camt054
from tests.services.book_state import book_state

WAIT = 10_000


def _summary(qtbot: QtBot, window: MainWindow, ledger: Ledger, path: Path) -> ImportWizard:
    wizard = ImportWizard(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.open_file(path)
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    for combo in page.key_combos.values():
        combo.setCurrentIndex(combo.findData("Girokonto"))
    assert page.isComplete(), page.error.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    assert wizard.summary_page.plan is not None, wizard.summary_page.error.text()
    return wizard


def _notes(summary: SummaryPage) -> list[str]:
    return summary.notes.text().splitlines() if summary.notes.isVisible() else []


def test_reimport_summary_says_all_rows_are_in_the_book(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    path = tmp_path / "sammel.xml"
    path.write_bytes(camt053_batch("08"))
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)

    first = _summary(qtbot, window, ledger, path)
    summary = first.summary_page
    assert summary.counts.text().splitlines()[0] == "5 new entries out of 5 in sammel.xml."
    assert not summary.duplicates.isVisible()
    (note,) = _notes(summary)  # the batch without its transactions, said before the import
    assert note.startswith("Note: sammel.xml, line ") and "a batch of 4 transactions" in note
    assert summary.isComplete()
    first.next()
    qtbot.waitUntil(lambda: first.currentId() == DONE_PAGE, timeout=WAIT)
    first.close()

    before = book_state(ledger.book.path)
    again = _summary(qtbot, window, ledger, path)
    summary = again.summary_page
    assert summary.counts.text().splitlines()[0] == (
        "All 5 rows of sammel.xml are already in the book: nothing new to import (listed below)."
    )
    assert summary.duplicates.isVisible() and summary.duplicates.rowCount() == 5
    payees = {summary.duplicates.item(i, 3).text() for i in range(5)}
    assert {"Stadtwerke Musterstadt", "Telekom Deutschland", "Example Software Inc"} <= payees
    assert not summary.isComplete()  # nothing to import: the Import button stays off
    assert book_state(ledger.book.path) == before


def test_partly_known_file_counts_new_and_known(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    path = tmp_path / "a.xml"
    path.write_bytes(camt053_batch("08"))
    first = _summary(qtbot, window, ledger, path)
    first.next()
    qtbot.waitUntil(lambda: first.currentId() == DONE_PAGE, timeout=WAIT)
    # Next month's download repeats the batch and adds one transfer.
    later = camt053_batch("08").replace(b"<NtryRef>N1</NtryRef>", b"<NtryRef>N7</NtryRef>")
    later = later.replace(b"SVC-N1", b"SVC-N7").replace(b"2026-11-02", b"2026-12-02")
    path.write_bytes(later)
    summary = _summary(qtbot, window, ledger, path).summary_page
    lines = summary.counts.text().splitlines()
    assert lines[:2] == [
        "1 new entry out of 5 in a.xml.",
        "4 already in the book, skipped (listed below).",
    ]
    assert summary.isComplete()


def test_a_camt052_report_and_a_camt054_notification_through_the_wizard(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    report = tmp_path / "intraday.xml"
    report.write_bytes(camt052())
    wizard = _summary(qtbot, window, ledger, report)
    summary = wizard.summary_page
    assert summary.counts.text().splitlines()[0] == "3 new entries out of 3 in intraday.xml."
    notes = _notes(summary)
    assert any("1 entry of DE02120300000000202051 not booked yet (pending)" in n for n in notes)
    assert any("states no booked closing balance (only interim balances)" in n for n in notes)
    assert not summary.statement.closing.isVisibleTo(summary)  # an interim balance is no verdict
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    notice = tmp_path / "avis.xml"
    notice.write_bytes(camt054())
    wizard = _summary(qtbot, window, ledger, notice)
    assert wizard.summary_page.counts.text().splitlines()[0] == (
        "2 new entries out of 2 in avis.xml."
    )
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    assert wizard.report is not None and wizard.report.imported == 2
