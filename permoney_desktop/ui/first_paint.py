"""Work that waits for a window's first paint, so that nothing competes with it for the GIL.

``when_painted(window, fn)`` calls ``fn`` from the event loop once ``window`` has painted (the
top-level's paint event comes first in a repaint; ``fn`` is queued behind the rest of it).
``paint_gate(window)`` is a ``threading.Event`` set at that moment, for a pool thread to wait on.
Both fire after ``fallback_ms`` without a paint too: a window opened minimised never paints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 3000


class _PaintWatcher(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.fired = False
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Paint:
            # Queued: the window's children paint in this same pass first.
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        if self.fired:
            return
        self.fired = True
        self.window.removeEventFilter(self)
        self.callback()


def when_painted(
    window: QWidget, callback: Callable[[], None], fallback_ms: int = FALLBACK_MS
) -> None:
    """Call ``callback`` once, after ``window``'s first paint (or ``fallback_ms`` without)."""
    watcher = _PaintWatcher(window, callback)
    QTimer.singleShot(fallback_ms, watcher, watcher.fire)


def is_painted(window: QWidget) -> bool:
    """True once the window is on screen (exposed): nothing left to wait for."""
    handle = window.windowHandle()
    return handle is not None and handle.isExposed()


def paint_gate(window: QWidget, fallback_ms: int = FALLBACK_MS) -> threading.Event:
    """An event set after ``window``'s first paint (at once if it is already on screen)."""
    gate = threading.Event()
    if is_painted(window):
        gate.set()
    else:
        when_painted(window, gate.set, fallback_ms)
    return gate
