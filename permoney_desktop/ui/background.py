"""Slow reads off the GUI thread: run a function on Qt's thread pool, get its result back queued.

Counting a million entries or grouping every payee takes tens to hundreds of milliseconds;
the window must not freeze for them. ``Background.run(fn, done)`` calls ``fn`` on a pool
thread (SQLite releases the GIL while it works) and ``done(result)`` later on the GUI thread.
If the owner is destroyed first, the result is dropped. Errors are logged, and ``failed`` is
called with the exception when given.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    _finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver)
        self._running = 0
        self._lock = threading.Lock()
        self.idle = threading.Event()
        self.idle.set()

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        with self._lock:
            self._running += 1
            self.idle.clear()

        def task() -> None:
            try:
                result, error = fn(), None
            except Exception as exc:  # reported on the GUI thread, never swallowed silently
                result, error = None, exc
            try:
                self._finished.emit((done, failed), result, error)
            except RuntimeError:  # the owner is gone: nobody wants the result
                pass
            finally:
                with self._lock:
                    self._running -= 1
                    if not self._running:
                        self.idle.set()

        QThreadPool.globalInstance().start(QRunnable.create(task))

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every started task finished (tests, shutdown); False on timeout."""
        return self.idle.wait(timeout)

    def _deliver(self, callbacks: Any, result: Any, error: BaseException | None) -> None:
        done, failed = callbacks
        if error is not None:
            log.error("a background read failed: %s", error, exc_info=error)
            if failed is not None:
                failed(error)
            return
        done(result)
