"""Start-up: the window opens a ready book without SQLAlchemy, a write made before the boot
thread is done waits for the engines, and books that need more take the full open."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop import app as app_module
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, encryption, entries, register_reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import migrate
from permoney_desktop.ui import safety_actions
from permoney_desktop.ui.bus import WorkerBridge
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from tests.keyrings import MemoryKeyring, installed

D0 = date.today() - timedelta(days=40)


@pytest.fixture
def ready_book(book_path: Path, new_book: Callable[[Path], Path]) -> Path:
    with Ledger.open(new_book(book_path), create=True) as ledger:
        chk, _ = accounts.create_account(
            ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
        )
        for i in range(20):
            entries.add_entry(ledger, NewEntry(chk, D0 + timedelta(days=i), Decimal(-10 - i)))
    return book_path


def _probe_lines(book: Path, page: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERMONEY_STARTUP_PROBE="1")
    cmd = [sys.executable, "-m", "permoney_desktop", "--book", str(book), "--page", page]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("page", ["register", "dashboard", "budget", "forecast"])
def test_the_first_window_needs_no_sqlalchemy(ready_book: Path, page: str) -> None:
    """The whole app, as a user starts it: the first painted window had no SQLAlchemy, and
    the worker and the page's figures still arrive ("settled")."""
    lines = _probe_lines(ready_book, page)
    first = next(line for line in lines if line.startswith("first-window-ms"))
    assert "sqlalchemy no" in first, first
    assert any(line.startswith("settled-ms") for line in lines), lines


def test_a_ready_book_takes_the_fast_open(ready_book: Path) -> None:
    ledger = app_module.open_for_window(ready_book, create=False)
    try:
        assert not ledger.book.engines_ready
    finally:
        ledger.close()


def test_a_conversion_asked_for_takes_the_full_open(ready_book: Path) -> None:
    assert not app_module.conversion_pending(ready_book)
    pending = safety_actions.request_conversion(ready_book, safety_actions.ENCRYPT)
    assert app_module.conversion_pending(ready_book)
    assert pending == safety_actions.pending_file(ready_book)
    safety_actions.cancel_conversion(ready_book)
    assert not app_module.conversion_pending(ready_book)


def test_a_book_to_migrate_opens_through_the_full_open(ready_book: Path) -> None:
    with Ledger.open(ready_book) as ledger:
        ledger.set_setting("book.base_currency", "EUR")
    migrate.downgrade(ready_book, "base")
    migrate.upgrade(ready_book, "base")  # an empty book from before the first revision
    assert migrate.current_revision(ready_book) is None
    ledger = app_module.open_for_window(ready_book, create=False)
    try:
        assert ledger.book.engines_ready  # the full open built them
        assert migrate.current_revision(ready_book) == migrate.SCHEMA_HEAD
    finally:
        ledger.close()


def test_an_encrypted_book_opens_through_the_full_open(
    ready_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with installed(MemoryKeyring()):
        made = encryption.encrypt_book(ready_book, deliver=lambda made: None).made
    monkeypatch.setenv(encryption.ENV_KEY, made.recovery_key)
    assert Ledger.open_ready(ready_book) is None
    opened = app_module.open_for_window(ready_book, create=False)
    try:
        assert opened.book.encrypted
        assert opened.base_currency == "USD"  # settings read through the keyed engine
    finally:
        opened.close()


@pytest.fixture
def fast_window(qtbot: QtBot, ready_book: Path) -> Iterator[MainWindow]:
    ledger = Ledger.open_ready(ready_book)
    assert ledger is not None and not ledger.book.engines_ready
    window = MainWindow(ledger, bridge=WorkerBridge(), book_safety=False)
    qtbot.addWidget(window)
    window.show_page("register")
    window.show()
    yield window
    window.background.wait(30)
    register_reads.close(ledger)
    ledger.close()


def test_a_write_right_after_the_window_shows_waits_for_the_engines(
    qtbot: QtBot, fast_window: MainWindow
) -> None:
    window = fast_window
    ledger = window.ledger
    chk = next(a.id for a in window.book.accounts() if a.name == "Checking")
    window.open_account(int(chk))
    reg = window.register_model
    reg.set_active(True)
    assert reg.total == 20
    before = window.book.balance(chk)
    assert before is not None
    row = reg.row_of(reg.total - 1)  # the newest entry (-29.00)
    line = reg.line(row)
    assert line is not None and line.amount == -2900
    # The boot thread starts building the engines while the user's edit arrives.
    failures: list[BaseException] = []

    def boot() -> None:
        try:
            app_module.boot(ledger, window.bridge, with_worker=False)
        except BaseException as exc:
            failures.append(exc)

    booting = threading.Thread(target=boot)
    booting.start()
    assert reg.setData(reg.index(row, reg.column_of(rm.PAYMENT)), "129.00")
    booting.join(60)
    assert failures == []
    assert ledger.book.engines_ready
    after = window.book.balance(chk)
    assert after is not None and after.minor == before.minor - 10000
    assert [e.amount for e in register_reads.fetch_entries(ledger, [int(line.id)])] == [-12900]
    window.install_book_safety()
    assert safety_actions.controller(window) is not None


def test_lazy_module_imports_on_first_use() -> None:
    lazy = lazy_module("permoney_desktop.services.undo")
    assert "permoney_desktop.services.undo" in repr(lazy)
    assert callable(lazy.undo_label)
    assert "(imported)" in repr(lazy)


def test_the_dashboard_loads_behind_placeholders_that_keep_their_places(
    qtbot: QtBot, ready_book: Path
) -> None:
    """The first frame shows every card with its title and "…" and charts saying they load;
    the figures then fill the same places (nothing moves) and the charts lose "Loading…"."""
    from permoney_desktop.ui.pages import dashboard_page as dp

    ledger = Ledger.open_ready(ready_book)
    assert ledger is not None
    window = MainWindow(ledger, bridge=WorkerBridge(), book_safety=False)
    qtbot.addWidget(window)
    try:
        window.show_page("dashboard")
        window.show()
        page = window.page("dashboard")
        assert isinstance(page, dp.DashboardPage)
        assert page.loading
        shown = {k: c.data() for k, c in page.cards.items() if not c.isHidden()}
        assert set(shown) == set(dp.CARD_ORDER)
        assert all(d is not None and d.value_text == "…" for d in shown.values())
        assert page.net_worth_chart.empty_text == dp.LOADING_TEXT

        def places() -> list[tuple[int, ...]]:
            return [
                page.grid.getItemPosition(page.grid.indexOf(page.cards[k])) for k in dp.CARD_ORDER
            ]

        before = places()
        qtbot.waitUntil(lambda: not page.loading, timeout=20000)
        data = page.cards["net_worth"].data()
        assert data is not None and data.value_text not in ("…", "")
        assert places() == before
        assert page.net_worth_chart.empty_text == dp.NO_DATA_TEXT
    finally:
        window.background.wait(30)
        register_reads.close(ledger)
        ledger.close()
