"""The wizard's summary and result pages say whether the book agrees with the statement's
closing balance ("would be" before the import, the book's figure after it) and what the bank's
corrections of an earlier download change."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts, imports
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import ACCOUNTS_PAGE, DONE_PAGE, ImportWizard
from permoney_desktop.ui.main_window import MainWindow
from tests.services.test_closing_check import CARD_ROWS, CHECKING_ROWS, ofx
from tests.services.test_import_corrections import DELETE, FIRST, second

WAIT = 10_000


def test_summary_and_result_pages_show_agreement_and_difference(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    path = tmp_path / "download.ofx"
    path.write_bytes(
        ofx(
            [
                ("bank", "111", CHECKING_ROWS, "1487.66", "20261031"),
                ("card", "4111", CARD_ROWS, "-500.00", "20261031"),
            ]
        )
    )
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    wizard = ImportWizard(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.open_file(path)
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    for key, combo in page.key_combos.items():
        combo.setCurrentIndex(combo.findData("Checking" if key == "111" else "Visa"))
    wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.ready, timeout=WAIT)
    assert summary.plan is not None, summary.error.text()
    view = summary.statement.closing
    assert view.isVisible() and view.differs.isVisible() and view.agrees.isVisible()
    assert view.differs.text().startswith(
        "⚠ Visa: the statement's closing balance on 2026-10-31 is 500.00 USD owed; the book's "
        "balance would be 512.34 USD owed: it differs by 12.34 USD (the book is higher)."
    )
    assert view.agrees.text() == (
        "Checking: the statement's closing balance on 2026-10-31 is 1,487.66 USD; the book "
        "would agree (1,487.66 USD)."
    )
    assert summary.isComplete()  # a difference never blocks the import
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    done = wizard.done_page.statement.closing
    assert done.isVisible()
    assert "the book's balance is 512.34 USD owed: it differs by 12.34 USD" in done.differs.text()
    assert "the book agrees (1,487.66 USD)" in done.agrees.text()


def test_no_stated_balance_shows_nothing(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    path = tmp_path / "download.ofx"
    path.write_bytes(ofx([("bank", "111", CHECKING_ROWS, None, "20261031")]))
    wizard = ImportWizard(ledger, lambda _c: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    for combo in page.key_combos.values():
        combo.setCurrentIndex(combo.findData("Checking"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    assert wizard.summary_page.plan is not None
    assert not wizard.summary_page.statement.isVisible()


def test_corrections_show_on_both_pages_and_alone_make_an_import(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    first = imports.ImportRequest(data=FIRST, name="first.ofx", account="Checking")
    assert imports.run_import(ledger, first).imported == 3
    only_delete = second(DELETE + "\n" + DELETE.replace("A2", "NOPE")).replace(
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261012<TRNAMT>-20.00<FITID>B1<NAME>CAFE</STMTTRN>",
        b"",
    )
    path = tmp_path / "fix.ofx"
    path.write_bytes(only_delete)
    wizard = ImportWizard(ledger, lambda _c: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert page.fixed is not None
    page.fixed.setCurrentIndex(page.fixed.findData("Checking"))
    assert page.isComplete(), page.error.text()
    wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.ready, timeout=WAIT)
    assert summary.plan is not None and summary.plan.imported == 0, summary.error.text()
    view = summary.statement.corrections
    assert view.applied.text() == (
        "Checking: the bank deletes its transaction A2 (line 8): entry 2 of 2026-10-04, "
        "-40.00 USD FUEL would be deleted."
    )
    assert view.attention.text().startswith("⚠ Checking: the bank deletes its transaction NOPE")
    assert summary.isComplete()  # nothing new, but a correction to apply
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    done = wizard.done_page.statement.corrections.applied.text()
    assert done.endswith("-40.00 USD FUEL deleted.")
