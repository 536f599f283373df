"""PySide6 6.12.0 aborted CPython 3.11 after ~570 Signal.emit() calls; we pin around it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class Emitter(QObject):
    fired = Signal(int, bool)


def test_five_thousand_emits_keep_the_interpreter_alive(qtbot: QtBot) -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.fired.connect(lambda n, _flag: received.append(n))
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.fired.emit(i, True)
    assert received == list(range(5000))
    if sys.version_info < (3, 12):  # True is immortal from 3.12, so only 3.11 can leak
        assert abs(sys.getrefcount(True) - before) < 100
