"""Live updates in a window of a shared book: other people's changes, applied as they commit.

A ``services.live.Listener`` thread hears the book's notices; each one is posted to the GUI
thread. Another client's write goes through ``operations.live.follow`` → ``Writer.publish``,
the path of any write made elsewhere: the provisional figures are recomputed from the book by
the same pure function the worker uses, and every view follows the one ``Applied`` record. A
worker's finished sync (on any machine) goes to ``WorkerBridge.on_sync_completed``, the path
of this window's own worker, which confirms or corrects the figures shown. When the
connection is lost the window says so through ``connection_lost`` (the unreachable-server
banner listens) and, once the listener is back, reads everything afresh: notices sent in
between are gone.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import live, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.stored_levels import Levels
from permoney_desktop.ui.bus import WorkerBridge
from permoney_desktop.ui.operations import live as live_ops
from permoney_desktop.ui.writes import Writer

log = logging.getLogger(__name__)


class LiveWindow(Protocol):
    """What the live updates need of the main window."""

    ledger: Ledger
    writer: Writer
    bridge: WorkerBridge

    def refresh(self) -> None: ...


class LiveUpdates(QObject):
    """One window's listener on its shared book (nothing at all for a book file)."""

    connection_lost = Signal(str)  # why (one line, no password)
    connection_back = Signal()  # listening again; the window has read everything afresh
    notice_applied = Signal(object)  # a services.live.Notice, once the window followed it
    _relay = Signal(object)  # listener thread → GUI thread

    def __init__(self, window: LiveWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.listener: live.Listener | None = None
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        url = window.ledger.book.url
        if url is None:
            return
        self.listener = live.Listener(
            url,
            window.ledger.origin,
            self._heard,
            on_lost=lambda reason: self._post(("lost", reason)),
            on_back=lambda: self._post(("back", "")),
        )
        self.listener.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    # -- the listener thread: post only -------------------------------------------------------

    def _heard(self, notice: live.Notice) -> None:
        if notice.synced:
            # The confirmation of a sync made by a worker elsewhere: the path of our own
            # worker's confirmations (posted to the GUI thread by the bridge itself), with the
            # stored levels read here, so the GUI thread compares without a round trip.
            windows = dict(notice.synced_from)
            for account_id, version in notice.synced:
                known = self._levels(account_id, windows) if account_id in windows else None
                self.window.bridge.on_sync_completed(int(account_id), version, known)
        self._post(notice)

    def _levels(
        self, account_id: AccountId, windows: dict[AccountId, date | None]
    ) -> Levels | None:
        """The account's stored levels from the sync's first day (None: the GUI thread reads
        them itself, as for a notice without that day)."""
        since = windows[account_id]
        try:
            return Levels(
                since, materialize.confirmed_levels(self.window.ledger, account_id, since)
            )
        except Exception:  # a closing book, a lost connection: the confirmation reads them
            log.debug("could not read the levels of a sync notice", exc_info=True)
            return None

    def _post(self, item: object) -> None:
        try:
            self._relay.emit(item)
        except RuntimeError:  # the window is gone: nothing to update any more
            listener = self.listener
            if listener is not None:
                listener.stop(timeout=0)

    # -- the GUI thread --------------------------------------------------------------------

    def _deliver(self, item: object) -> None:
        if isinstance(item, tuple):
            what, reason = item
            if what == "lost":
                self.connection_lost.emit(str(reason))
            else:
                self.window.refresh()
                self.connection_back.emit()
            return
        if not isinstance(item, live.Notice):
            return
        if item.everything:
            self.window.refresh()
        elif not item.changes.empty:
            live_ops.follow(self.window.writer, item.changes)
        self.notice_applied.emit(item)


def install(window: LiveWindow) -> LiveUpdates:
    """Listen for the window's shared book (a no-op object for a book file)."""
    return LiveUpdates(window, parent=window if isinstance(window, QObject) else None)
