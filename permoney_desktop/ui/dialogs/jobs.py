"""Long service calls (import, plan, export) off the GUI thread, with progress and cancel.

``Job(fn)`` runs ``fn(progress, cancel)`` on Qt's thread pool. Each ``progress(stage, done,
total)`` call is delivered to the GUI thread *before* the service goes on (a blocking queued
signal: the services report every 10,000 rows, so the round trips cost nothing measurable), so a
Cancel clicked in reaction to a progress report is seen by the service's very next check: a
cancelled import stops at a known point and the write gate rolls everything back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


class Job(QObject):
    """One call of ``fn(progress, cancel)`` on a pool thread; results arrive as signals."""

    progressed = Signal(str, int, int)  # on the GUI thread, while the pool thread waits
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    _report = Signal(str, int, int)
    _finished = Signal(object, object)  # result, error

    def __init__(self, fn: Callable[[Progress, Cancel], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.running = False
        self.done = threading.Event()
        self._report.connect(self._relay, Qt.ConnectionType.BlockingQueuedConnection)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.running = True

        def task() -> None:
            try:
                result, error = self._fn(self._progress, self._cancel.is_set), None
            except Exception as exc:  # handed to the GUI thread, never lost
                result, error = None, exc
            try:
                self._finished.emit(result, error)
            except RuntimeError:  # the owner is gone: nobody wants the result
                pass
            finally:
                self.done.set()

        QThreadPool.globalInstance().start(QRunnable.create(task))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, stage: str, done: int, total: int) -> None:
        try:
            self._report.emit(stage, done, total)
        except RuntimeError:  # the dialog closed under us: stop at the next check
            self._cancel.set()

    def _relay(self, stage: str, done: int, total: int) -> None:
        self.progressed.emit(stage, done, total)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
