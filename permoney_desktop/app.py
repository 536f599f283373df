"""Composition root: builds the ledger, the worker and the window and wires the layers together.

The worker's publisher calls the ``WorkerBridge`` on worker threads; the bridge re-emits Qt
signals, which Qt queues to the GUI thread. The worker starts after the QApplication exists and
stops on ``aboutToQuit`` without keeping the user waiting (``Worker.stop_for_exit``: a running
task gets a quarter of a second, then is abandoned; queued ones stay for next time).

Start-up shows the window first. A plain book already at the app's schema is opened with stdlib
``sqlite3`` (``Ledger.open_ready``), and the window's reads need nothing else. Once the window
has painted, a boot thread imports SQLAlchemy, builds the book's engines, imports the write
path's services and starts the worker; a write made before it is done waits for the engines
(``store.book.Book``). Encrypted books, books to migrate and conversions asked for last time
take the full open (``ui.safety_actions.open_book_for_gui``) before the window.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from permoney_desktop.identity import APP_ID, APP_NAME, ORGANIZATION, VERSION
from permoney_desktop.platform.paths import (
    BookLocation,
    book_key,
    data_root,
    default_book_path,
    paths_for,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.book import BookError

log = logging.getLogger(__name__)

GUI_SWITCH_INTERVAL_S = 0.001


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def tune_gc() -> None:
    """Once the window is up: move the long-lived objects (every account's daily rows, the
    ORM's metadata, Qt wrappers, modules) out of the cyclic collector's sight and make young
    collections rarer. A full collection walked them all on the GUI thread: 60-130 ms at 1M,
    the p95 of an edit. Garbage is still freed by reference counting as before."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 20, 20)


GC_YOUNG_THRESHOLD = 20_000


def start_worker(ledger: Ledger, bridge: Any) -> Any:
    """Start the book's worker with its events bridged to Qt; None if it cannot start."""
    from permoney_desktop.worker.runtime import Worker

    # The worker's threads run Python in this process. By default a thread that wants the GIL
    # waits up to 5 ms for a busy one to yield, and the GUI thread gives it up on every SQLite
    # call and Qt paint: behind a metrics refresh an edit's 5 ms of work took 50-100 ms.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)

    try:
        worker = Worker(ledger)
    except Exception:
        log.exception("the background worker could not be created; figures stay provisional")
        return None
    for event, handler in bridge.handlers().items():
        worker.events.subscribe(event, handler)
    try:
        worker.start()
    except Exception:
        log.exception("the background worker could not start; figures stay provisional")
        return None
    return worker


# What the boot thread imports ahead of the first write, so that it never imports them on the
# GUI thread: the write path's services and the book-safety actions of the File menu.
BOOT_IMPORTS = (
    "permoney_desktop.services.gate",
    "permoney_desktop.services.entries",
    "permoney_desktop.services.undo",
    "permoney_desktop.services.metrics",
    "permoney_desktop.ui.safety_actions",
)


def conversion_pending(path: BookLocation | None) -> bool:
    """True when an encryption or decryption asked for from the File menu waits for this book
    (the file ``ui.safety_actions.pending_file`` names): it needs the full open."""
    book = paths_for(path).book.expanduser()
    return (data_root() / "pending" / f"{book_key(book)}.json").exists()


def open_for_window(book: BookLocation | None, *, create: bool) -> Ledger:
    """The book for the window, read-only when its last check found the file damaged (the
    write gate then refuses edits, saying to restore a backup)."""
    from permoney_desktop.services.read_only import refuse_writes_if_damaged

    ledger = _open_for_window(book, create=create)
    refuse_writes_if_damaged(ledger)
    return ledger


def _open_for_window(book: BookLocation | None, *, create: bool) -> Ledger:
    """The fast open when nothing has to happen first, else the full one (which may ask for
    a recovery key, convert, migrate or create the book)."""
    if not create and not conversion_pending(book):
        ledger = Ledger.open_ready(book)
        if ledger is not None:
            return ledger
    from permoney_desktop.ui.safety_actions import open_book_for_gui

    # An encrypted book without its key in the keyring asks for the recovery key; an
    # encryption planned from the File menu runs here, before anything has the book open.
    return open_book_for_gui(book, create=create)


def boot(
    ledger: Ledger,
    bridge: Any,
    *,
    with_worker: bool,
    worker_started: Callable[[Any], None] | None = None,
) -> Any:
    """After the first paint, off the GUI thread: the engines, the worker (handed to
    ``worker_started`` at once, so syncs start before the rest), then the write path."""
    # The GUI thread takes the GIL back within 1 ms of asking while this thread imports.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    ledger.warm_up()
    worker = start_worker(ledger, bridge) if with_worker else None
    if worker_started is not None:
        worker_started(worker)
    for name in BOOT_IMPORTS:
        importlib.import_module(name)
    return worker


def _say_in_a_window(book: BookLocation | None, exc: BookError) -> None:
    """A shared book that cannot be opened (server away, password refused) from a desktop
    start, which has no terminal to read the line above: say it in a message box too."""
    from permoney_desktop.platform.paths import is_server_url

    if not is_server_url(book) or os.environ.get("QT_QPA_PLATFORM", "").startswith(
        ("offscreen", "minimal")
    ):
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    from permoney_desktop.ui.dialogs.key_dialog import sentence

    app = QApplication.instance() or QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence(str(exc)))
    box.exec()
    del app


def run_app(
    book: BookLocation | None = None,
    screenshot: Path | None = None,
    page: str = "dashboard",
    *,
    with_worker: bool = True,
) -> int:
    """Open the main window on ``book`` (the default book is created on first run)."""
    started = time.perf_counter()
    # CLDR's number data (Babel) loads beside the book's open and Qt's start-up, not in the
    # first money cell's paint.
    start_money_format_warm_up()
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "permoney: no display found (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop "
            "session, or use QT_QPA_PLATFORM=offscreen with --screenshot",
            file=sys.stderr,
        )
        return 2
    if book is None and not os.environ.get("PERMONEY_BOOK"):
        # The book open last (File → Open book…, New book…, Recent books), if it is there.
        from permoney_desktop.ui.book_files import last_book

        book = last_book()
    create = book is None and not default_book_path().exists()
    try:
        ledger = open_for_window(book, create=create)
    except BookError as exc:
        print(f"permoney: {exc}", file=sys.stderr)
        _say_in_a_window(book, exc)
        return 2

    from PySide6.QtWidgets import QApplication

    from permoney_desktop.ui.bus import WorkerBridge
    from permoney_desktop.ui.first_paint import when_painted
    from permoney_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName(APP_ID)
    from permoney_desktop.ui.preferences import apply_display_preferences

    # The saved theme and number/date locale, before the first window paints.
    apply_display_preferences(app)
    bridge = WorkerBridge()
    started_workers: list[Any] = []
    window: Any = None
    boot_thread: threading.Thread | None = None
    try:
        try:
            window = MainWindow(ledger, worker=None, bridge=bridge, book_safety=False)
        except Exception as exc:
            if (said := damaged_at_open(ledger, exc)) is None:
                raise
            print(f"permoney: {said}", file=sys.stderr)
            return 2
        window.show_page(page)
        if screenshot is not None:
            # A screenshot renders what the book holds; it starts no background threads, but
            # shows the book-safety figures the running app shows once it has booted.
            window.install_book_safety()
            window.show_page(page)
            return int(window.save_screenshot(screenshot))
        app.setQuitOnLastWindowClosed(not window.tray.keeps_app_alive())

        def _stop() -> None:
            window.wake.flush()
            worker = window.worker
            if worker is not None:
                # At once: a long sync is abandoned (it commits nothing; the next start redoes it).
                worker.stop_for_exit()

        app.aboutToQuit.connect(_stop)
        booted = _handoff()
        if with_worker:
            booted.worker.connect(window.attach_worker)
        booted.done.connect(window.install_book_safety)
        booted.done.connect(lambda: _start_schedules(window))
        booted.done.connect(lambda: check_book_at_open(window))
        if not with_worker:
            booted.done.connect(tune_gc)

        def _worker_started(worker: Any) -> None:
            started_workers.append(worker)
            booted.worker.emit(worker)

        def _boot() -> None:
            # Importing SQLAlchemy and Huey, building the engines, opening the queue and the
            # start-up cleanup (which re-requests pending syncs) happen after the window is on
            # screen, on a thread of their own (the pool may be busy with the window's reads).
            try:
                boot(ledger, bridge, with_worker=with_worker, worker_started=_worker_started)
            except Exception:
                log.exception("starting the background work failed; figures stay provisional")
            booted.done.emit()

        def _start_boot() -> None:
            nonlocal boot_thread
            boot_thread = threading.Thread(target=_boot, name="permoney-boot", daemon=True)
            boot_thread.start()

        if with_worker:
            window.worker_attached.connect(tune_gc)
        window.show()
        when_painted(window, _start_boot)
        if os.environ.get("PERMONEY_STARTUP_PROBE"):
            # Installed last, so its paint watcher runs first: it sees the window before boot.
            _install_probe(app, window, started, with_worker)
        return int(app.exec())
    finally:
        if boot_thread is not None:
            # A worker still starting must be stopped too, not left running at exit.
            boot_thread.join(30)
        if window is not None:
            window.background.wait(30)
        for worker in started_workers:
            if worker is not None:
                worker.close()
        if window is not None:
            window.tray.shutdown()
        from permoney_desktop.services import register_reads

        register_reads.close(ledger)
        ledger.close()


def damaged_at_open(ledger: Ledger, exc: BaseException) -> str | None:
    """What to say when the window cannot even read the book it opens (None: not damage)."""
    from permoney_desktop.services.integrity import is_damage

    if not is_damage(exc):
        return None
    return (
        f"{ledger.paths.book.name} is damaged: the window cannot read it. Restore the newest "
        f"verified backup (permoney restore FILE; the backups are in "
        f"{ledger.paths.backups_dir}), or see what is wrong with permoney check"
    )


def check_book_at_open(window: Any) -> None:
    """SQLite's quick check of the book, off the GUI thread, once the window is up; a damaged
    book turns read-only with a banner offering the newest verified backup."""
    from permoney_desktop.ui.book_damage import check_at_open

    check_at_open(window)


def _handoff() -> Any:
    """A QObject whose signals carry the boot thread's progress to the GUI thread (queued):
    ``worker`` (started, or None), then ``done``."""
    from PySide6.QtCore import QObject, Signal

    class Handoff(QObject):
        worker = Signal(object)
        done = Signal()

    return Handoff()


def start_money_format_warm_up() -> threading.Thread:
    """Load the money format's locale data on a thread of its own; returns the thread.

    The saved display locale is read here, on the main thread: a QSettings is a QObject, and
    the first QObject made in a process makes its thread Qt's main thread. Made on the warm-up
    thread, it left the window's thread one Qt did not take for the main one ("QApplication
    was not created in the main() thread"), and typed text reached a field out of order.
    """
    from PySide6.QtCore import QSettings

    # The user's saved display locale (Settings), read as the window will read it.
    saved = str(QSettings(ORGANIZATION, APP_NAME).value("ui/locale", "") or "")
    thread = threading.Thread(
        target=_warm_money_format, args=(saved,), name="permoney-cldr", daemon=True
    )
    thread.start()
    return thread


def _warm_money_format(saved: str) -> None:
    try:
        from permoney_desktop.ui import money_format

        money_format.warm_up(saved)
    except Exception:  # only a head start: the first format loads what is missing
        log.debug("warming the money format failed", exc_info=True)


def _install_probe(app: Any, window: Any, started: float, with_worker: bool) -> None:
    """Benchmarks: print the time to the first painted window, then the time until the worker
    runs and the first page has its figures ("settled", with the peak memory), then quit.
    The first line also says whether SQLAlchemy was imported by then."""
    import resource

    from PySide6.QtCore import QTimer

    def rss_mb() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def cpu_ms() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return (usage.ru_utime + usage.ru_stime) * 1000

    def first() -> None:
        ms = (time.perf_counter() - started) * 1000
        sqlalchemy = "sqlalchemy" in sys.modules
        print(
            f"first-window-ms {ms:.1f} max-rss-mb {rss_mb():.0f} cpu-ms {cpu_ms():.0f} "
            f"sqlalchemy {'yes' if sqlalchemy else 'no'} "
            f"gui-cpu-ms {time.thread_time() * 1000:.0f}"
        )
        sys.stdout.flush()
        QTimer.singleShot(0, settle)

    def settle() -> None:
        busy = (with_worker and window.worker is None) or not window.background.idle.is_set()
        busy = busy or not window.ledger.book.engines_ready
        page = window.pages.currentWidget()
        busy = busy or bool(getattr(page, "loading", False))
        if busy:
            QTimer.singleShot(5, settle)
            return
        ms = (time.perf_counter() - started) * 1000
        print(f"settled-ms {ms:.1f} max-rss-mb {rss_mb():.0f} cpu-ms {cpu_ms():.0f}", flush=True)
        app.quit()

    from permoney_desktop.ui.first_paint import when_painted

    when_painted(window, first, 10_000)


def _start_schedules(window: Any) -> None:
    """The scheduled-transaction catch-up, once the app has booted (then every ten minutes)."""
    from permoney_desktop.ui import schedule_actions

    schedule_actions.start(window)
