"""Book safety in the window: File-menu backup, restore, check and encryption; the keyring banner.

Opening a book (``open_book_for_gui``, asking for its recovery key when it is encrypted) and
the encryption conversions the menu requests live in ``ui.book_open``; they are re-exported
here because the app and the tests name them from this module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.identity import APP_NAME, BOOK_SUFFIX
from permoney_desktop.platform import secrets
from permoney_desktop.services import backups, integrity, materialize, metrics
from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, ThresholdError
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.app_window import AppWindow
from permoney_desktop.ui.book_open import (
    DECRYPT,
    ENCRYPT,
    KeyEntryCancelled,
    ask_for_key,
    cancel_conversion,
    open_book_for_gui,
    pending_conversion,
    pending_file,
    request_conversion,
)
from permoney_desktop.ui.dialogs.backup_dialogs import (
    CheckDialog,
    RestoreConfirmDialog,
    backup_result_box,
    error_box,
    run_busy,
)
from permoney_desktop.ui.dialogs.key_dialog import sentence
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import safety as book_ops

log = logging.getLogger(__name__)

# -- the insecure-keyring banner --------------------------------------------------------------


class KeyringBanner(QFrame):
    """A quiet bar above the window's content; Dismiss hides it for this session."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyring-banner")
        self.setAccessibleName(tr("Keyring warning"))
        colors = theme.palette()
        amber = colors.verdict("degraded")
        tint = f"rgba({amber.red()},{amber.green()},{amber.blue()},40)"
        self.setStyleSheet(
            f"#keyring-banner {{ background: {tint}; "
            f"border-bottom: 1px solid {theme.css_color(amber)}; }}"
        )
        icon = QLabel("⚠")
        icon.setStyleSheet(f"color: {theme.css_color(amber)}; font-size: 15px;")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss = QToolButton()
        self.dismiss.setText(tr("Dismiss"))
        self.dismiss.setAccessibleName(tr("Dismiss the keyring warning"))
        self.dismiss.setAutoRaise(True)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)


def _add_banner(window: Any, text: str) -> KeyringBanner:
    """Put the banner above the central widget (taken, not deleted, and put back below it)."""
    central = window.takeCentralWidget()
    holder = QWidget()
    holder.setObjectName("central-with-banner")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = KeyringBanner(text, holder)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    if window.isVisible():
        holder.show()  # a layout shows a new child only later, from the event loop
    return banner


# -- the File-menu actions ----------------------------------------------------------------------


def _file_menu(window: Any) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == tr("&File"):
            return menu
    return None


class SafetyActions(QObject):
    """The window's book-safety actions; ``last_dialog`` is the dialog opened last (tests).
    ``state_changed``: a check, repair or restore may have changed whether the book is
    read-only (``ui.book_damage`` shows its banner from it)."""

    state_changed = Signal()

    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ledger: Ledger = window.ledger
        self.last_dialog: QWidget | None = None
        self.banner: KeyringBanner | None = None
        self.backup_action = self._action(tr("Back &up now…"), self.back_up_now)
        self.restore_action = self._action(tr("Res&tore from backup…"), self.restore)
        self.check_action = self._action(tr("Chec&k book integrity…"), self.check)
        self.encryption_action = self._action("", self.change_encryption)
        self._label_encryption()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _=False: slot())
        return action

    def add_to_menu(self) -> None:
        menu = _file_menu(self.window)
        if menu is None:
            menu = self.window.menuBar().addMenu(tr("&File"))
        # Before Settings…: File reads New account, Import, then the book's safety, then Quit.
        anchor = next((a for a in menu.actions() if a.text() == tr("Settings…")), None)
        items = (self.backup_action, self.restore_action, self.check_action, None)
        items += (self.encryption_action, None)  # type: ignore[assignment]
        for item in items:
            if item is None:
                menu.insertSeparator(anchor) if anchor else menu.addSeparator()
            elif anchor is not None:
                menu.insertAction(anchor, item)
            else:
                menu.addAction(item)

    def _open(self, dialog: QWidget) -> QWidget:
        self.last_dialog = dialog
        if isinstance(dialog, QDialog):
            dialog.open()
        else:
            dialog.show()
        return dialog

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _names(self) -> dict[int, str]:
        try:
            return {int(st.id): st.name for st in self.window.book.accounts()}
        except Exception:  # names only decorate the findings
            return {}

    # -- backup ------------------------------------------------------------------------------

    def back_up_now(self) -> QWidget:
        """Write a verified backup to the book's backups folder and say how it went."""
        try:
            result = run_busy(
                self.window,
                tr("Backing up"),
                tr("Backing up {book} and verifying the copy…").format(
                    book=self.ledger.paths.book.name
                ),
                lambda: backups.backup(self.ledger),
            )
        except backups.BackupError as exc:
            return self._open(
                error_box(
                    tr("Backup"),
                    tr("The backup could not be written."),
                    sentence(say(exc)),
                    self.window,
                )
            )
        return self._open(backup_result_box(result, self.window))

    # -- restore -----------------------------------------------------------------------------

    def restore(self, source: Path | None = None, *, verified: bool = False) -> QWidget | None:
        """Pick a backup, check it (unless ``verified`` just now), and ask (naming the backup
        taken first) before restoring."""
        if source is None:
            folder = self.ledger.paths.backups_dir
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                tr("Restore from backup"),
                str(folder if folder.is_dir() else Path.home()),
                tr("Permoney books (*{suffix});;All files (*)").format(suffix=BOOK_SUFFIX),
            )
            if not chosen:
                return None
            source = Path(chosen)
        try:
            if not verified:
                backups.check_restorable(source, self.ledger.book.key)
        except backups.BackupError as exc:
            return self._open(
                error_box(
                    tr("Restore from backup"),
                    tr("That file cannot be restored; nothing was changed."),
                    sentence(say(exc)),
                    self.window,
                )
            )
        now = datetime.now(UTC)
        safety = backups.default_destination(self.ledger, "pre-restore", now)
        dialog = RestoreConfirmDialog(
            source, self.ledger.paths.book, safety.name, safety.parent, self.window
        )

        def answered(_code: int) -> None:
            if dialog.clickedButton() is dialog.restore_button:
                self._do_restore(source)

        dialog.finished.connect(answered)
        return self._open(dialog)

    def _do_restore(self, source: Path) -> QWidget:
        worker = self.window.worker
        if worker is not None:
            worker.pause()  # no sync or metrics task starts while the file is replaced
        try:
            result = run_busy(
                self.window,
                tr("Restoring"),
                tr("Backing up the book, then restoring {name}…").format(name=source.name),
                lambda: self._restore_and_reopen(source),
            )
        except Exception as exc:
            log.warning("restore failed: %s", type(exc).__name__)
            return self._open(
                error_box(
                    tr("Restore from backup"),
                    tr("The backup was not restored."),
                    sentence(say(exc)),
                    self.window,
                )
            )
        finally:
            if worker is not None:
                worker.resume()
        self._reload_window(fresh_metrics=True)
        self.ledger.writes_refused = None  # the restored book's own record says (state_changed)
        self.state_changed.emit()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Restore from backup"),
            tr("{book} was restored from {name}.").format(
                book=self.ledger.paths.book.name, name=source.name
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        safety = Path(result.safety_backup.path)
        box.setInformativeText(
            tr("The book as it was before is saved, verified, as\n{name}\nin {parent}").format(
                name=safety.name, parent=safety.parent
            )
        )
        return self._open(box)

    def _restore_and_reopen(self, source: Path) -> backups.RestoreResult:
        result = backups.restore(self.ledger, source)
        # As `permoney restore` does: a second, short-lived open migrates an older schema (the
        # same SQLite library as the window's own connections, so locks work between them).
        Ledger.open(self.ledger.paths.book, key=self.ledger.book.key).close()
        materialize.recover_interrupted(self.ledger)
        self._clear_cache()
        return result

    def _clear_cache(self) -> None:
        with metrics.open_cache(self.ledger) as cache:
            cache.clear()

    def _reload_window(self, *, fresh_metrics: bool) -> None:
        """Everything afresh after the book changed under the window (restore, repair)."""
        window = self.window
        book_ops.book_replaced(window.writer, window.refresh)
        if fresh_metrics:
            window.wake.sync_all()

    # -- integrity ---------------------------------------------------------------------------

    def check(self) -> QWidget:
        try:
            report = run_busy(
                self.window,
                tr("Checking the book"),
                tr("Comparing every stored balance with a fresh computation…"),
                lambda: integrity.check(self.ledger),
            )
        except Exception as exc:
            return self._open(
                error_box(
                    tr("Book integrity"),
                    tr("The check could not run."),
                    sentence(say(exc)),
                    self.window,
                )
            )
        self.state_changed.emit()
        return self._open(CheckDialog(report, self._names(), self._repair, self.window))

    def _repair(self) -> integrity.CheckReport | None:
        worker = self.window.worker
        if worker is not None:
            worker.pause()
        try:
            report = run_busy(
                self.window,
                tr("Repairing"),
                tr("Recomputing balances from your entries…"),
                lambda: integrity.repair(self.ledger, clear_cache=lambda _lg: self._clear_cache()),
            )
        except Exception as exc:
            error_box(
                tr("Repair"), tr("The repair did not finish."), sentence(say(exc)), self.window
            ).exec()
            return None
        finally:
            if worker is not None:
                worker.resume()
        self._reload_window(fresh_metrics=True)
        self.state_changed.emit()
        return report

    # -- encryption --------------------------------------------------------------------------

    def _label_encryption(self) -> None:
        book = self.ledger.paths.book
        pending = pending_conversion(book)
        if pending == ENCRYPT:
            text = tr("Cancel the planned encryption")
        elif pending == DECRYPT:
            text = tr("Cancel the planned decryption")
        elif self.ledger.book.encrypted:
            text = tr("&Decrypt book…")
        else:
            text = tr("Encr&ypt book…")
        self.encryption_action.setText(text)

    def change_encryption(self) -> QWidget | None:
        """Ask, then plan the conversion for the next start (see the module docstring)."""
        book = self.ledger.paths.book
        if pending_conversion(book) is not None:
            cancel_conversion(book)
            self._label_encryption()
            self._status(tr("Cancelled: the book stays as it is."))
            return None
        encrypting = not self.ledger.book.encrypted
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        verb = tr("Encrypt") if encrypting else tr("Decrypt")
        box.setWindowTitle(tr("{verb} book").format(verb=verb))
        box.setAccessibleName(tr("{verb} book").format(verb=verb))
        keyring = secrets.status()
        if encrypting:
            box.setText(
                tr("Encrypt {name} the next time {app} opens it?").format(
                    name=book.name, app=APP_NAME
                )
            )
            kept = (
                tr("Its key will be kept in this computer's keyring, so the book opens by itself.")
                if keyring.secure
                else tr(
                    "No secure keyring is available: you will type the recovery key each time "
                    "you open the book."
                )
            )
            body = (
                "Encryption rewrites the whole book into an encrypted file, which cannot happen "
                f"while the book is open in this window. {APP_NAME} does it the next time it "
                "opens the book: quit and start it again.\n\n"
                "You will then see the book's recovery key once. Write it down: without it, a "
                f"lost keyring means a lost book. {kept}\n\n"
                f"From a terminal, with {APP_NAME} closed: permoney\u00a0encrypt"
            )
        else:
            box.setText(
                tr("Decrypt {name} the next time {app} opens it?").format(
                    name=book.name, app=APP_NAME
                )
            )
            body = (
                "Decryption rewrites the book as a plain file that anyone with access to this "
                f"computer's files can read. It cannot happen while the book is open here, so "
                f"{APP_NAME} does it the next time it opens the book: quit and start it again.\n\n"
                f"From a terminal, with {APP_NAME} closed: permoney\u00a0decrypt"
            )
        box.setInformativeText(body)
        plan = box.addButton(
            tr("{verb} at next start").format(verb=verb), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        action = ENCRYPT if encrypting else DECRYPT

        def planned() -> None:
            if box.clickedButton() is not plan:
                return
            request_conversion(book, action)
            self._label_encryption()
            planned_text = (
                tr("{book} will be encrypted the next time {app} opens it.")
                if encrypting
                else tr("{book} will be decrypted the next time {app} opens it.")
            )
            self._status(planned_text.format(book=book.name, app=APP_NAME), 15000)

        box.finished.connect(lambda _code: planned())
        return self._open(box)

    # -- banner ------------------------------------------------------------------------------

    def show_keyring_notice(self, text: str | None) -> KeyringBanner | None:
        if not text or self.banner is not None:
            return None
        self.banner = _add_banner(self.window, text)
        return self.banner


def keyring_notice_matters(ledger: Ledger) -> bool:
    """Whether an insecure keyring affects this book: only an encrypted book has a key the
    keyring would keep (a plain book opens without one, so the warning would only nag)."""
    return bool(getattr(ledger.book, "encrypted", False))


def install(window: Any) -> None:
    """Add the safety actions to the window's File menu, the keyring banner when the book is
    encrypted and the keyring is not secure (once per session), and the Book safety figures
    to the health page."""
    actions = SafetyActions(window)
    actions.add_to_menu()
    background = getattr(window, "background", None)
    # A plain book gets no banner: the encryption dialog says what the keyring means before
    # a book is encrypted.
    if keyring_notice_matters(window.ledger):
        if background is not None:
            # Finding the keyring backend can mean a D-Bus round trip: not on the GUI thread.
            background.run(secrets.notice_once, actions.show_keyring_notice)
        else:
            actions.show_keyring_notice(secrets.notice_once())
    window.safety_actions = actions
    _feed_health_page(window)


def controller(window: Any) -> SafetyActions | None:
    found = getattr(window, "safety_actions", None)
    return found if isinstance(found, SafetyActions) else None


def _feed_health_page(window: Any) -> None:
    """Add ``book_safety.summary`` to what the window's health provider reports."""
    from permoney_desktop.services import book_safety

    original = getattr(window, "_health_inputs", None)
    if not callable(original):
        return

    def with_safety() -> Any:
        inputs = original()
        try:
            summary = book_safety.summary(window.ledger)
        except Exception:
            log.exception("book safety summary failed")
            return inputs
        try:
            # The book's own limits for the backup and check ages (Settings → thresholds).
            limits = DEFAULT_THRESHOLDS.with_settings(window.ledger.all_settings())
        except ThresholdError:
            limits = DEFAULT_THRESHOLDS
        return replace(inputs, extra={**inputs.extra, "book_safety": summary, "thresholds": limits})

    # The health page is built on first show and takes the provider then; this instance
    # attribute is what it finds. A page already built gets it directly.
    window._health_inputs = with_safety
    built = getattr(window, "_page_widgets", {}).get("health")
    if built is not None and hasattr(built, "provider"):
        built.provider = with_safety


# Re-exported: the app, the main window and the tests name these from this module.
__all__ = [
    "DECRYPT",
    "ENCRYPT",
    "KeyEntryCancelled",
    "KeyringBanner",
    "SafetyActions",
    "ask_for_key",
    "cancel_conversion",
    "controller",
    "install",
    "keyring_notice_matters",
    "open_book_for_gui",
    "pending_conversion",
    "pending_file",
    "request_conversion",
]
