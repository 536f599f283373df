"""The system-tray icon and the worker status line: idle, syncing (n), paused, error.

``TrayController`` holds the worker state whether or not a tray exists. Its slots
(``on_sync_started`` …) match the worker events the bus re-emits; its ``status_changed`` signal
carries the one-line status for the window's status bar, which always shows it. The tray icon is
an extra: where no tray host exists (offscreen, Linux without one) nothing is shown, the app
works fully, and availability is re-checked on a timer because tray hosts may start later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QLabel, QMenu, QSystemTrayIcon, QWidget

from permoney_desktop.identity import APP_NAME
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr

RECHECK_MS = 5000
# At most one failure notification per this many seconds: a broken book fails every sync.
NOTIFY_EVERY_S = 60.0


class WorkerState(StrEnum):
    IDLE = "idle"
    SYNCING = "syncing"
    PAUSED = "paused"
    ERROR = "error"


def tray_icon(state: WorkerState, count: int = 0) -> QIcon:
    """The tray icon for ``state``; syncing carries the pending count as a badge."""
    name = {
        WorkerState.IDLE: "tray-idle",
        WorkerState.SYNCING: "tray-syncing",
        WorkerState.PAUSED: "tray-paused",
        WorkerState.ERROR: "tray-error",
    }[state]
    base = theme.icon(name)
    if state is not WorkerState.SYNCING or count <= 0:
        return base
    size = 64
    pixmap = base.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    badge = QRectF(size * 0.42, size * 0.42, size * 0.58, size * 0.58)
    painter.setBrush(QColor("#e8590c"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(badge)
    font = QFont()
    font.setPixelSize(int(size * (0.36 if len(text) == 1 else 0.28)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class TrayController(QObject):
    """Worker state for the tray and the status bar; requests go out as signals."""

    open_requested = Signal()
    sync_requested = Signal()
    pause_requested = Signal(bool)  # True: pause the worker, False: resume it
    quit_requested = Signal()
    status_changed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        recheck_ms: int = RECHECK_MS,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._tray_available = tray_available
        self._clock = clock
        self.state = WorkerState.IDLE
        self.server_down = False  # a shared book's server away (``ui.server_watch``)
        self.pending = 0
        self.running = 0
        self.paused = False
        self.last_error = ""
        self.last_completed: datetime | None = None
        self.failures_notified = 0
        self._syncing: set[int] = set()
        self._last_notice: datetime | None = None
        self.tray: QSystemTrayIcon | None = None
        self.menu = self._build_menu()
        self._timer = QTimer(self)
        self._timer.setInterval(recheck_ms)
        self._timer.timeout.connect(self.recheck)
        self._timer.start()
        self.recheck()

    # -- menu -------------------------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        menu.setAccessibleName(tr("{app} tray menu").format(app=APP_NAME))
        self.open_action = QAction(tr("Open {app}").format(app=APP_NAME), menu)
        self.open_action.triggered.connect(self.open_requested)
        self.sync_action = QAction(tr("Sync now"), menu)
        self.sync_action.triggered.connect(self.sync_requested)
        self.pause_action = QAction(tr("Pause worker"), menu)
        self.pause_action.triggered.connect(self.toggle_pause)
        self.quit_action = QAction(tr("Quit"), menu)
        self.quit_action.triggered.connect(self.quit_requested)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.sync_action)
        menu.addAction(self.pause_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        return menu

    def toggle_pause(self) -> None:
        self.set_paused(not self.paused)
        self.pause_requested.emit(self.paused)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.pause_action.setText(tr("Resume worker") if paused else tr("Pause worker"))
        self._refresh()

    # -- tray availability ------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.tray is not None and self.tray.isVisible()

    def recheck(self) -> None:
        """Show the icon when a tray host exists; drop it when the host goes away."""
        present = bool(self._tray_available())
        if present and self.tray is None:
            self.tray = QSystemTrayIcon(tray_icon(self.state, self.pending), self)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._on_activated)
            self.tray.show()
            self._refresh()
        elif not present and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def keeps_app_alive(self) -> bool:
        """Closing the window may hide it to the tray only when a visible tray icon exists."""
        return self.available

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    # -- worker events (connect the bus's signals to these) ---------------------------------

    def on_sync_started(self, account_id: int) -> None:
        self._syncing.add(int(account_id))
        self._refresh()

    def on_sync_completed(self, account_id: int, version: int = 0, summary: object = None) -> None:
        self._syncing.discard(int(account_id))
        self.last_completed = self._clock()
        if self.state is WorkerState.ERROR:
            self.last_error = ""
        self._refresh()

    def on_sync_failed(self, account_id: int, error: str) -> None:
        self._syncing.discard(int(account_id))
        self.last_error = str(error) or tr("unknown error")
        self._refresh()
        self._notify_failure(tr("Sync of an account failed: {error}").format(error=self.last_error))

    def on_queue_changed(self, pending: int, running: int) -> None:
        self.pending, self.running = int(pending), int(running)
        self._refresh()

    # -- state --------------------------------------------------------------------------------

    def _compute_state(self) -> WorkerState:
        if self.last_error:
            return WorkerState.ERROR
        if self.paused:
            return WorkerState.PAUSED
        if self.pending or self.running or self._syncing:
            return WorkerState.SYNCING
        return WorkerState.IDLE

    @property
    def busy_count(self) -> int:
        return max(self.pending + self.running, len(self._syncing))

    def status_text(self) -> str:
        """The status line: ``● Up to date · last sync 14:02:11`` and its variants."""
        # No sync yet this session: the figures are the book's own, nothing to add.
        last = (
            tr(" · last sync {time}").format(time=f"{self.last_completed:%H:%M:%S}")
            if self.last_completed is not None
            else ""
        )
        if self.server_down:
            return tr("⚠ The server cannot be reached · showing the last figures")
        if self.state is WorkerState.ERROR:
            return tr("⚠ Sync failed: {error} · F5 retries").format(error=self.last_error)
        if self.state is WorkerState.PAUSED:
            waiting = tr(" · {count} waiting").format(count=self.pending) if self.pending else ""
            return tr("❙❙ Worker paused") + waiting + last
        if self.state is WorkerState.SYNCING:
            return tr("↻ Syncing {count}").format(count=self.busy_count) + last
        return tr("● Up to date") + last

    def set_server_down(self, down: bool) -> None:
        """Say in the status line that the shared book's server is away (or back)."""
        if down != self.server_down:
            self.server_down = down
            self._refresh()

    def _refresh(self) -> None:
        new_state = self._compute_state()
        self.state = new_state
        text = self.status_text()
        if self.tray is not None:
            self.tray.setIcon(tray_icon(new_state, self.busy_count))
            self.tray.setToolTip(f"{APP_NAME} — {text}")
        self.status_changed.emit(text)

    def _notify_failure(self, message: str) -> None:
        now = self._clock()
        if self._last_notice is not None and (now - self._last_notice).total_seconds() < (
            NOTIFY_EVERY_S
        ):
            return
        self._last_notice = now
        self.failures_notified += 1
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(
                tr("{app}: sync failed").format(app=APP_NAME),
                message + "\n" + tr("Your edits are saved; use Sync now (F5) to retry."),
                QSystemTrayIcon.MessageIcon.Critical,
                8000,
            )

    def shutdown(self) -> None:
        self._timer.stop()
        if self.tray is not None:
            self.tray.hide()


class WorkerStatusLabel(QLabel):
    """A status-bar label that follows a ``TrayController``'s status line."""

    def __init__(self, controller: TrayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worker-status")
        self.setAccessibleName(tr("Worker status"))
        self.setText(controller.status_text())
        controller.status_changed.connect(self._on_status)

    def _on_status(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            self.setAccessibleDescription(text)
