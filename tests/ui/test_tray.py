"""The tray controller: worker states, the status line, and life without a tray host."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.tray import TrayController, WorkerState, WorkerStatusLabel, tray_icon


def _clock() -> datetime:
    return datetime(2026, 11, 22, 14, 2, 11)


def test_offscreen_has_no_tray_and_the_status_line_still_tells_the_state(qtbot: QtBot) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    controller = TrayController(clock=_clock)
    label = WorkerStatusLabel(controller)
    qtbot.addWidget(label)
    assert controller.tray is None and not controller.keeps_app_alive()
    assert label.text() == "● Up to date"  # not "· no sync yet" beside "Up to date"

    controller.on_queue_changed(3, 1)
    assert controller.state is WorkerState.SYNCING
    assert label.text().startswith("↻ Syncing 4")

    controller.on_sync_started(7)
    controller.on_sync_completed(7, 2, None)
    controller.on_queue_changed(0, 0)
    assert controller.state is WorkerState.IDLE
    assert label.text() == "● Up to date · last sync 14:02:11"


def test_failure_sets_error_until_a_sync_completes_and_notifies_once_per_minute(
    qtbot: QtBot,
) -> None:
    controller = TrayController(clock=_clock)
    with qtbot.waitSignal(controller.status_changed) as blocker:
        controller.on_sync_failed(3, "database is locked")
    assert controller.state is WorkerState.ERROR
    assert "database is locked" in blocker.args[0]
    controller.on_sync_failed(3, "database is locked")
    assert controller.failures_notified == 1  # throttled: same clock minute
    controller.on_sync_completed(3, 5, None)
    assert controller.state is WorkerState.IDLE


def test_pause_resume_toggles_menu_text_and_emits(qtbot: QtBot) -> None:
    controller = TrayController(clock=_clock)
    with qtbot.waitSignal(controller.pause_requested) as blocker:
        controller.pause_action.trigger()
    assert blocker.args == [True]
    assert controller.state is WorkerState.PAUSED
    assert controller.pause_action.text() == "Resume worker"
    assert controller.status_text().startswith("❙❙ Worker paused")
    with qtbot.waitSignal(controller.pause_requested) as blocker:
        controller.pause_action.trigger()
    assert blocker.args == [False]
    assert controller.pause_action.text() == "Pause worker"


def test_menu_has_open_sync_pause_quit(qtbot: QtBot) -> None:
    controller = TrayController(clock=_clock)
    texts = [a.text() for a in controller.menu.actions() if not a.isSeparator()]
    assert texts == ["Open Permoney", "Sync now", "Pause worker", "Quit"]
    with qtbot.waitSignal(controller.sync_requested):
        controller.sync_action.trigger()
    with qtbot.waitSignal(controller.open_requested):
        controller.open_action.trigger()


def test_a_tray_host_that_appears_later_is_picked_up_by_the_recheck(qtbot: QtBot) -> None:
    host = {"up": False}
    controller = TrayController(recheck_ms=20, tray_available=lambda: host["up"], clock=_clock)
    assert controller.tray is None
    host["up"] = True
    qtbot.waitUntil(lambda: controller.tray is not None, timeout=2000)
    assert controller.tray is not None
    controller.on_queue_changed(2, 0)
    assert controller.tray.toolTip() == "Permoney — ↻ Syncing 2"
    host["up"] = False
    qtbot.waitUntil(lambda: controller.tray is None, timeout=2000)
    controller.shutdown()


def test_syncing_icon_carries_a_count_badge(qtbot: QtBot) -> None:
    plain = tray_icon(WorkerState.SYNCING).pixmap(64, 64).toImage()
    badged = tray_icon(WorkerState.SYNCING, 5).pixmap(64, 64).toImage()
    assert not plain.isNull() and not badged.isNull()
    assert plain != badged
    for state in WorkerState:
        assert not tray_icon(state).isNull()


def test_main_window_without_a_tray_works_and_shows_the_worker_in_the_status_bar(
    qtbot: QtBot, ledger: Ledger
) -> None:
    """Offscreen has no tray host: the real worker runs, the status bar tells its state,
    and closing the window quits instead of hiding it somewhere invisible."""
    from permoney_desktop.app import start_worker
    from permoney_desktop.services import demo
    from permoney_desktop.ui.bus import WorkerBridge
    from permoney_desktop.ui.main_window import MainWindow

    demo.fill_demo(ledger, transactions=300, years=1)
    bridge = WorkerBridge()
    worker = start_worker(ledger, bridge)
    assert worker is not None
    try:
        window = MainWindow(ledger, worker=worker, bridge=bridge)
        qtbot.addWidget(window)
        window.show()
        assert window.tray.tray is None and not window.tray.keeps_app_alive()
        with qtbot.waitSignal(bridge.sync_completed, timeout=10000):
            worker.sync_now(full=True)  # rebuild every account: each reports completion
        qtbot.waitUntil(
            lambda: "Up to date · last sync" in window.worker_status.text(), timeout=10000
        )
        assert window.worker_status.isVisible()
        window.show_page("dashboard")
        assert window.current_page() == "dashboard"
        window.close()
        assert not window.isVisible()
    finally:
        worker.stop()
