"""A card CSV's balance column in the wizard: read as the amount owed when its balances say so,
and asked on the summary page (never guessed) when they do not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import DONE_PAGE, ImportWizard
from permoney_desktop.ui.main_window import MainWindow
from tests.cli.test_import_closing_cli import CARD_CSV
from tests.services.book_state import book_state

WAIT = 10_000


def _summary(qtbot: QtBot, ledger: Ledger, path: Path) -> ImportWizard:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    wizard = import_actions.open_import_wizard(window, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitExposed(wizard)
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    assert wizard.summary_page.plan is not None, wizard.summary_page.error.text()
    return wizard


def test_an_owed_positive_balance_told_by_the_data_agrees(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    path = tmp_path / "card.csv"
    path.write_text(CARD_CSV)
    wizard = _summary(qtbot, ledger, path)
    summary = wizard.summary_page
    assert not summary.balance_sign.isVisibleTo(summary)
    view = summary.statement.closing
    assert view.agrees.text() == (
        "Visa: the statement's closing balance on 2026-10-28 is 12.34 USD owed; the book would "
        "agree (12.34 USD owed)."
    )
    assert "shows what is owed as a positive number" in summary.notes.text()
    assert summary.isComplete()
    wizard.accept()


def test_an_undecided_balance_sign_is_asked_then_compared(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    path = tmp_path / "card.csv"
    path.write_text("Date,Description,Amount,Balance\n2026-10-28,Books,-12.34,12.34\n")
    before = book_state(ledger.book.path)
    wizard = _summary(qtbot, ledger, path)
    summary = wizard.summary_page
    assert summary.plan is not None and summary.plan.undecided_balance_sign == ["Visa"]
    prompt = summary.balance_sign
    assert prompt.isVisibleTo(summary)
    assert "does not show how it counts what is owed on Visa" in prompt.intro.text()
    assert not summary.statement.closing.isVisibleTo(summary)  # nothing compared by a guess
    assert not summary.isComplete()  # no import until it is chosen
    box = prompt.box
    index = box.findData("owed-positive")
    box.setCurrentIndex(index)
    box.activated.emit(index)  # as a click on the choice
    qtbot.waitUntil(lambda: summary.ready, timeout=WAIT)
    assert summary.plan is not None and summary.plan.undecided_balance_sign == []
    assert not prompt.isVisibleTo(summary)
    assert summary.statement.closing.agrees.text().endswith(
        "the book would agree (12.34 USD owed)."
    )
    assert summary.isComplete()
    assert book_state(ledger.book.path) == before
    # The choice is part of the reading options from now on (a preset saved keeps it).
    assert wizard.mapping_page.options().balance_sign == "owed-positive"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    assert wizard.report is not None and wizard.report.imported == 1
    wizard.accept()
