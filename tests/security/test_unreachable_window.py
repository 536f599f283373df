"""The window on a shared book whose real PostgreSQL stops and starts again: a banner, the last
figures kept, writes refused with a clear sentence (nothing queued), and once the server is
back the banner goes and everything is read afresh (a change made meanwhile shows)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import schedule_actions
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models.upcoming_model import UpcomingModel
from permoney_desktop.ui.server_watch import ServerWatch
from tests.security.conftest import owners_book
from tests.security.test_server_passwords import run
from tests.security.tls_server import OWNER, SecureServer

pytestmark = pytest.mark.usefixtures("memory_keyring")

DB = "window_book"


@pytest.fixture
def shared(secure_pg: SecureServer) -> Iterator[Ledger]:
    with owners_book(secure_pg, DB) as ledger:
        acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        entries.add_entry(ledger, NewEntry(acct, date(2024, 3, 1), Decimal("100")))
        shared_account[ledger.book.book_id] = int(acct)
        yield ledger


def test_an_unreachable_server_shows_a_banner_refuses_writes_and_refreshes_when_back(
    qtbot: QtBot, shared: Ledger, secure_pg: SecureServer
) -> None:
    window = MainWindow(shared)
    qtbot.addWidget(window)
    window.show()
    watch = window.server_watch
    assert isinstance(watch, ServerWatch)
    watch.up_interval_ms = watch.down_interval_ms = 100
    qtbot.waitUntil(lambda: "1 entr" in window.status_label.text(), timeout=10000)
    names = window.accounts_model.account_count()

    secure_pg.server.stop()
    qtbot.waitUntil(lambda: watch.banner is not None and watch.banner.isVisible(), timeout=15000)
    banner = watch.banner
    assert banner is not None
    assert banner.title.text().startswith("Cannot reach the server of postgresql://book_owner@")
    assert "refused, not kept aside" in banner.label.text()
    assert secure_pg.passwords[OWNER] not in banner.title.text() + banner.label.text()
    # The last figures stay on screen.
    assert window.accounts_model.account_count() == names
    assert "1 entr" in window.status_label.text()
    # A write is refused with a sentence, not an error dialog or a traceback.
    acct = _first_account(shared)
    with qtbot.waitSignal(window.writer.error, timeout=5000) as refused:
        got = window.writer.write_value(
            lambda: entries.add_entry(shared, NewEntry(acct, date(2024, 3, 2), Decimal(5)))
        )
    assert got is None
    assert "cannot be reached, so nothing was changed" in refused.args[0]

    # Back: while the window still shows the banner, someone else writes; "Try again now"
    # finds the server, lifts the banner and reads everything afresh.
    watch.down_interval_ms = 60_000
    secure_pg.server.start()
    code, _out, err = run(
        "--book",
        secure_pg.url(OWNER, DB),
        "tx",
        "add",
        "--account",
        "Checking",
        "--date",
        "2024-03-03",
        "--amount",
        "7",
    )
    assert code == 0, err
    assert watch.banner is banner
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: watch.banner is None, timeout=15000)
    assert shared.unreachable is None
    qtbot.waitUntil(lambda: "2 entr" in window.status_label.text(), timeout=10000)
    done = window.writer.write_value(
        lambda: entries.add_entry(shared, NewEntry(acct, date(2024, 3, 4), Decimal(1)))
    )
    assert done is not None
    watch.stop()
    qtbot.wait(500)  # the views' delayed re-reads after that write run while the book is open
    window.close()


def test_delayed_reads_go_quiet_while_the_server_is_away_and_the_status_bar_says_so(
    qtbot: QtBot, shared: Ledger, secure_pg: SecureServer
) -> None:
    window = MainWindow(shared)
    qtbot.addWidget(window)
    window.show()
    watch = window.server_watch
    assert isinstance(watch, ServerWatch)
    # The probe stays silent: only the window's own delayed reads can find the server gone.
    watch.up_interval_ms = watch.down_interval_ms = 600_000
    watch.start()
    actions = schedule_actions.controller(window)
    assert actions is not None and actions.strip is not None
    strip = actions.strip.model()
    assert isinstance(strip, UpcomingModel)
    assert strip.rowCount() == 0
    qtbot.waitUntil(lambda: "1 entr" in window.status_label.text(), timeout=10000)
    assert "cannot be reached" not in window.worker_status.text()

    secure_pg.server.stop()
    # The upcoming strip's delayed re-read (an edit's) runs now: it must not raise into Qt
    # (pytest-qt fails the test on an exception in a slot), but show the banner.
    strip._later.start(0)
    qtbot.waitUntil(lambda: watch.banner is not None and watch.banner.isVisible(), timeout=15000)
    assert shared.unreachable is not None
    assert window.worker_status.text().startswith("⚠ The server cannot be reached")
    # While it is away, every delayed read is quiet: the strip's and the schedules' catch-up.
    strip._later.start(0)
    actions.timer.setInterval(0)
    actions.timer.start()
    qtbot.wait(300)
    actions.timer.setInterval(schedule_actions.CATCH_UP_EVERY_MS)
    assert strip.rowCount() == 0  # the last figures stay
    assert window.worker_status.text().startswith("⚠ The server cannot be reached")

    # Back, with a schedule someone else added meanwhile: everything is read again.
    secure_pg.server.start()
    code, _out, err = run(
        "--book",
        secure_pg.url(OWNER, DB),
        "schedule",
        "add",
        "--account",
        "Checking",
        "--amount",
        "-12.50",
        "--payee",
        "Rent",
        "--every",
        "month",
        "--start",
        (date.today() + timedelta(days=3)).isoformat(),
        "--remind",
    )
    assert code == 0, err
    assert watch.banner is not None
    qtbot.mouseClick(watch.banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: watch.banner is None, timeout=15000)
    assert "cannot be reached" not in window.worker_status.text()
    qtbot.waitUntil(lambda: strip.rowCount() >= 1, timeout=10000)
    watch.stop()
    window.close()


def _first_account(ledger: Ledger) -> int:
    return int(shared_account[ledger.book.book_id])


shared_account: dict[str, int] = {}
