"""A shared book's delayed reads go quiet while its server is away, never raising into Qt.

A timer's or a change's re-read (the upcoming strip, the health page, the schedules'
catch-up) may run after the server went away and before the window's probe noticed.
``guarded(ledger, read)`` is the slot such a timer connects to instead of ``read``: while
``ledger.unreachable`` is set it does nothing (``ui.server_watch`` reads everything afresh
once the server is back), and a read that finds the server gone marks the ledger so and
tells the watch through ``found_down``, which shows the banner at once. Any other error
still raises: only an unreachable server is expected here. A book file runs ``read`` as is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from permoney_desktop.services import server_health
from permoney_desktop.services.ledger import Ledger

log = logging.getLogger(__name__)


class _Hub(QObject):
    found_down = Signal(object, str)  # the ledger, why


_HUB: _Hub | None = None


def hub() -> _Hub:
    """The one object ``found_down`` is emitted from (made on first use, on the GUI thread)."""
    global _HUB
    if _HUB is None:
        _HUB = _Hub()
    return _HUB


def guarded(ledger: Ledger, read: Callable[[], Any]) -> Callable[..., None]:
    """``read`` as a slot that is quiet while ``ledger``'s server is away (see the module)."""

    def slot(*_args: object) -> None:
        if ledger.unreachable is not None:
            return
        try:
            read()
        except Exception as exc:
            if not ledger.book.shared or not server_health.is_unreachable(exc):
                raise
            log.warning("a delayed read found the shared book's server gone")
            ledger.unreachable = server_health.refusal(ledger)
            hub().found_down.emit(ledger, type(exc).__name__)

    return slot
