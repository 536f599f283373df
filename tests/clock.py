"""A clock that tests move by hand, and a ``time`` module that reads it, for timing-free tests."""

from __future__ import annotations

import time
from typing import Any


class FakeClock:
    """A monotonic (or wall) clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class TimeWithClock:
    """Stands in for the ``time`` module inside one module under test (``monkeypatch.setattr(
    module, "time", TimeWithClock(clock))``): the clocks named in ``reads`` read ``clock``,
    ``sleep`` moves it instead of sleeping, everything else is the real ``time``."""

    def __init__(self, clock: FakeClock, reads: tuple[str, ...] = ("monotonic",)) -> None:
        self._clock = clock
        self._reads = reads

    def sleep(self, seconds: float) -> None:
        self._clock.advance(seconds)

    def __getattr__(self, name: str) -> Any:
        if name in self._reads:
            return self._clock
        return getattr(time, name)
