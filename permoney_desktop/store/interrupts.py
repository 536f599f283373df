"""A long read that another thread may stop: the window's check at open must not hold up
quitting on a big book. SQLite's ``interrupt`` is the one call that is safe from any thread."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection


class Interrupter:
    """Attach the connection a long read runs on; ``interrupt`` makes its statement fail at
    once (and any later one, while attached), and ``interrupted`` says it was asked to."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._driver: Any = None
        self.interrupted = False

    def attach(self, conn: Connection | None) -> None:
        driver = None if conn is None else conn.connection.driver_connection
        with self._lock:
            self._driver = driver
            if driver is not None and self.interrupted:
                driver.interrupt()

    def interrupt(self) -> None:
        with self._lock:
            self.interrupted = True
            if self._driver is not None:
                self._driver.interrupt()
