"""The window's thread is Qt's main thread: nothing started before the QApplication makes a
QObject on another thread (which made that thread Qt's main one, and typed keys reached fields
out of order)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
from permoney_desktop import app
app.start_money_format_warm_up().join()  # all its work done before Qt starts, the worst case
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
qt = QApplication([])
print("main" if QThread.isMainThread() else "not main")
"""


def test_the_money_format_warm_up_leaves_qt_main_thread_to_the_window(tmp_path: Path) -> None:
    # A fresh process: this one's QApplication (pytest-qt's) exists already.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "main"
    assert "not created in the main() thread" not in run.stderr
