"""A shared book's server in the window: a probe off the GUI thread, the banner while the
server cannot be reached (the last figures stay, read-only; writes are refused, never queued),
and a full refresh once it answers again.

The probe runs every few seconds (faster while the server is away); a write that finds the
server gone (``services.server_health.guard``) shows the banner at once without waiting for it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from permoney_desktop.services import server_health
from permoney_desktop.ui import theme
from permoney_desktop.ui.book_damage import add_top_bar
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.operations import safety as book_ops
from permoney_desktop.ui.server_quiet import hub
from permoney_desktop.ui.widgets.top_banner import TopBanner

log = logging.getLogger(__name__)

UP_INTERVAL_MS = 5000
DOWN_INTERVAL_MS = 2000


class ServerBanner(TopBanner):
    """The bar across the window while the server cannot be reached."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "server-banner",
            theme.palette().amber,
            40,
            tr("The shared book's server cannot be reached"),
            tr("&Try again now"),
            tr("Try to reach the server again now"),
            parent,
        )
        self.retry_button = self.button
        self.retry_button.clicked.connect(self.retry_requested)

    def show_down(self, book_name: str, why: str) -> None:
        self.title.setText(
            tr("Cannot reach the server of {book}: showing the last figures").format(book=book_name)
        )
        self.label.setText(
            tr(
                "Nothing can be changed until the server answers again: changes are refused, "
                "not kept aside to send later. Permoney tries again every few seconds and "
                "brings everything up to date once it is back. ({why})"
            ).format(why=_sentence(why))
        )


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


class ServerWatch(QObject):
    """The window's view of its shared book's server; ``banner`` is up while it is away."""

    _probed = Signal(object)  # the probe's thread hands its answer (None or why) to the GUI

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ledger = window.ledger
        self.ledger.server_watched = True  # a write that finds the server gone waits for us
        self.banner: ServerBanner | None = None
        self.up_interval_ms = UP_INTERVAL_MS
        self.down_interval_ms = DOWN_INTERVAL_MS
        self.probes = 0  # answers received (tests wait on it)
        self._running = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe_now)
        self._probed.connect(self._on_probed)
        window.writer.error.connect(self._on_write_error)
        hub().found_down.connect(self._on_read_failed)

    @property
    def down(self) -> bool:
        return self.ledger.unreachable is not None

    def start(self) -> None:
        self._timer.start(self.up_interval_ms)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def probe_now(self) -> None:
        """Ask the server once, off the GUI thread (a dead host can take seconds)."""
        if self._running or self._stopped:
            return
        self._running = True
        threading.Thread(target=self._probe, name="permoney-server-probe", daemon=True).start()

    def _probe(self) -> None:
        try:
            why = server_health.probe(self.ledger)
        except Exception as exc:  # a probe must never take the window down
            log.warning("the server probe failed: %s", type(exc).__name__)
            why = "the server could not be asked"
        with contextlib.suppress(RuntimeError):  # the window is gone
            self._probed.emit(why)

    def _on_probed(self, why: str | None) -> None:
        self._running = False
        self.probes += 1
        if self._stopped:
            return
        if why is None:
            if self.down:
                self._back()
        else:
            self._gone(why)
        self._timer.start(self.down_interval_ms if self.down else self.up_interval_ms)

    def _on_write_error(self, _message: str) -> None:
        # The gate found the server gone in the middle of a write: say so now, probe soon.
        if self.down and self.banner is None:
            self._gone(self.ledger.unreachable or "")
            self._timer.start(self.down_interval_ms)

    def _on_read_failed(self, ledger: object, why: str) -> None:
        # A delayed read found the server gone before the probe did (``ui.server_quiet``).
        if ledger is self.ledger and not self._stopped and self.banner is None:
            self._gone(why)
            self._timer.start(self.down_interval_ms)

    def _status(self, down: bool) -> None:
        tray = getattr(self.window, "tray", None)
        if tray is not None and hasattr(tray, "set_server_down"):
            tray.set_server_down(down)

    def _gone(self, why: str) -> None:
        if not self.down:
            log.warning("the shared book's server cannot be reached")
        self.ledger.unreachable = server_health.refusal(self.ledger)
        if self.banner is None:
            self.banner = ServerBanner()
            self.banner.retry_requested.connect(self.probe_now)
            add_top_bar(self.window, self.banner)
        self.banner.show_down(self.ledger.book.name, why)
        self.banner.show()
        self._status(True)

    def _back(self) -> None:
        log.warning("the shared book's server answers again: reading everything afresh")
        self.ledger.unreachable = None
        self._status(False)
        if self.banner is not None:
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None
        # Others may have written meanwhile: every figure and view is read again, and the
        # worker recomputes whatever the book holds pending.
        book_ops.book_replaced(self.window.writer, self.window.refresh, label="Server back")
        wake = getattr(self.window, "wake", None)
        if wake is not None:
            wake.sync_all()


def install(window: Any) -> ServerWatch | None:
    """Watch the window's shared book (None for a book file, which has no server)."""
    if not window.ledger.book.shared:
        return None
    existing = getattr(window, "server_watch", None)
    if isinstance(existing, ServerWatch):
        return existing
    watch = ServerWatch(window)
    window.server_watch = watch
    watch.start()
    return watch
