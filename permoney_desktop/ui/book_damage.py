"""A damaged book in the window: the check at open, the read-only state and its banner, and the
way out (restore the newest verified backup).

The check runs once the window is up, off the GUI thread (``services.integrity_open``); a book
whose last recorded check already found damage shows the banner at once. While the banner is
up, every write is refused by the write gate with ``REFUSED`` (shown in the status bar by the
window's writer). A restore, or a clean full check from File → Check, lifts it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from permoney_desktop.services import integrity, integrity_open
from permoney_desktop.services.read_only import refuse_writes_if_damaged
from permoney_desktop.ui.damage_banner import REFUSED, DamageBanner
from permoney_desktop.ui.dialogs.backup_dialogs import run_busy
from permoney_desktop.ui.i18n import tr

log = logging.getLogger(__name__)


def add_top_bar(window: Any, bar: QWidget) -> None:
    """Put ``bar`` above the window's content (the central widget is taken, not deleted, and
    put back below it; a second bar joins the first one's holder)."""
    central = window.centralWidget()
    if central is not None and central.objectName() == "central-with-banner":
        layout = central.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)
        return
    central = window.takeCentralWidget()
    holder = QWidget()
    holder.setObjectName("central-with-banner")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    if window.isVisible():
        holder.show()  # a layout shows a new child only later, from the event loop


def _found_sentence(report: integrity.CheckReport | None) -> str:
    """When the damage was found, from the recorded check."""
    if report is None:
        return tr("The last check found the book file damaged.")
    try:
        when = datetime.fromisoformat(report.checked_at).astimezone()
    except ValueError:
        return tr("The last check found the book file damaged.")
    return f"A check of the file on {when:%Y-%m-%d at %H:%M} found damage."


class BookDamage(QObject):
    """The window's damaged-book state; ``banner`` is shown while writes are refused."""

    _checked_signal = Signal(object)  # the check's thread hands its result to the GUI thread

    def __init__(self, window: Any, actions: Any) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions  # ui.safety_actions.SafetyActions: restore goes through it
        self.ledger = window.ledger
        self.banner: DamageBanner | None = None
        self.checker: integrity_open.OpenChecker | None = None
        self.last_check: integrity_open.OpenCheck | None = None
        self._thread: threading.Thread | None = None
        self._checked_signal.connect(self._checked)
        actions.state_changed.connect(self.sync_state)
        # The worker's daily check may find damage later: the first refused edit shows the bar.
        writer = getattr(window, "writer", None)
        if writer is not None:
            writer.error.connect(self._on_write_error)

    # -- the check at open ---------------------------------------------------------------------

    def start(self) -> None:
        """Show a recorded damage at once, else run the quick check in the background."""
        if self.ledger.writes_refused:
            self.sync_state()
            return
        checker = integrity_open.OpenChecker(self.ledger)
        self.checker = checker
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)  # a long check never holds up quitting
        # A thread of its own: seconds on a big book would hold one of the few pool threads
        # the window's own reads (counts, payees, pages) run on.
        self._thread = threading.Thread(
            target=self._run, args=(checker,), name="permoney-open-check", daemon=True
        )
        self._thread.start()

    def _run(self, checker: integrity_open.OpenChecker) -> None:
        try:
            found = checker.run()
        except Exception:
            log.exception("the check at open could not run")
            return
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody wants it
            self._checked_signal.emit(found)

    def cancel(self, wait_s: float = 5.0) -> None:
        """Stop a running check and wait for its thread (quitting, closing the book)."""
        if self.checker is not None:
            self.checker.cancel()
        if self._thread is not None:
            self._thread.join(wait_s)

    def _checked(self, found: integrity_open.OpenCheck) -> None:
        self.last_check = found
        if found.damaged:
            log.warning("the book file is damaged (%d finding(s) at open)", len(found.findings))
            self.sync_state()

    def _on_write_error(self, _message: str) -> None:
        if self.ledger.writes_refused and self.banner is None:
            self.sync_state()

    # -- the state -------------------------------------------------------------------------------

    def sync_state(self) -> None:
        """Show or hide the banner from the book's state (after a check, a repair, a restore)."""
        if not self.ledger.writes_refused:
            refuse_writes_if_damaged(self.ledger)
        if self.ledger.writes_refused:
            self.ledger.writes_refused = tr(REFUSED)  # the window's words, not the CLI's
            self._show(_found_sentence(integrity.last_check(self.ledger)))
        elif self.banner is not None:
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None

    def _show(self, found: str) -> None:
        if self.banner is None:
            self.banner = DamageBanner()
            self.banner.restore_requested.connect(self.restore_newest)
            add_top_bar(self.window, self.banner)
        self.banner.show_damage(self.ledger.paths.book.name, found)
        self.banner.show()

    # -- the way out -----------------------------------------------------------------------------

    def restore_newest(self) -> QWidget | None:
        """Find the newest backup that verifies, then restore it through File → Restore's own
        confirmation (which names the copy of the damaged book kept first)."""
        try:
            newest = run_busy(
                self.window,
                tr("Finding a backup"),
                tr("Verifying the newest backups of the book…"),
                lambda: integrity_open.newest_verified_backup(self.ledger),
            )
        except Exception as exc:
            log.warning("looking for a backup failed: %s", type(exc).__name__)
            newest = None
        if newest is not None:
            return self.actions.restore(newest, verified=True)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("No verified backup"),
            f"No backup of {self.ledger.paths.book.name} that verifies was found in "
            f"{self.ledger.paths.backups_dir}.",
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(
            tr(
                "Choose a backup file yourself (a copy you keep elsewhere), or keep the book "
                "open read-only and export what you need."
            )
        )
        choose = box.addButton(tr("Choose a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.setAccessibleName(tr("No verified backup"))
        box.finished.connect(
            lambda _c: self.actions.restore() if box.clickedButton() is choose else None
        )
        self.actions.last_dialog = box
        box.open()
        return box


def check_at_open(window: Any) -> BookDamage | None:
    """Start the window's check of its book (after ``safety_actions.install``)."""
    from permoney_desktop.ui import safety_actions

    actions = safety_actions.controller(window)
    if actions is None:
        return None
    damage = BookDamage(window, actions)
    window.book_damage = damage
    damage.start()
    return damage
