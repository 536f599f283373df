"""The status bar on a real book: a transient message never hides or changes the worker state."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow


def test_transient_message_leaves_the_worker_state_in_view(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.worker_status
    before = label.text()
    assert before and label.isVisible()
    window.sync_now()  # no worker: says so in the status bar for a few seconds
    bar = window.statusBar()
    assert bar.currentMessage() == "The background worker is not running."
    window.show_error("Type an amount to save the new entry.")
    qtbot.wait(10)
    assert bar.currentMessage() == "Type an amount to save the new entry."
    assert label.isVisible()
    assert label.text() == before
    # The message is drawn left of the permanent widgets: the label's area is its own.
    assert label.geometry().left() > bar.width() // 3
    assert label.visibleRegion().boundingRect().width() == label.width()
    bar.clearMessage()
    assert label.isVisible() and label.text() == before
