"""A really damaged book file (bytes flipped in a page) opened in the window: the check at open
finds it off the GUI thread, the book turns read-only with a banner, edits are refused with a
sentence, and "Restore the newest verified backup" brings back a writable book (keeping the
damaged file first). An intact book shows nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop.app import open_for_window
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, backups, demo, entries, integrity
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.read_only import LAST_CHECK_SETTING, ReadOnlyBookError
from permoney_desktop.ui.book_damage import BookDamage, check_at_open
from permoney_desktop.ui.damage_banner import REFUSED
from permoney_desktop.ui.dialogs.backup_dialogs import RestoreConfirmDialog
from permoney_desktop.ui.main_window import MainWindow

WAIT = 20_000


def _filled(path: Path, new_book: Callable[[Path], Path]) -> Path:
    """A book with a few thousand entries and one verified backup in its backups folder."""
    with Ledger.open(new_book(path)) as ledger:
        demo.fill_demo(ledger, transactions=2000, years=2, end=date(2025, 12, 31))
        assert backups.backup(ledger, reason="manual").ok
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


PAGE = 4096  # the books' page size


def damage(path: Path) -> None:
    """Sixteen bytes flipped in a table page in the middle of the file: its cell pointers now
    point outside the page. Writes elsewhere still succeed; SQLite's quick check sees it."""
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE // 2
    while data[page * PAGE] != 0x0D:  # a table b-tree leaf (rows), not an index or free page
        page += 1
    at = page * PAGE + 8  # the cell pointer array follows the leaf's 8-byte header
    data[at : at + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def _window(qtbot: QtBot, ledger: Ledger) -> tuple[MainWindow, BookDamage]:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = check_at_open(window)
    assert found is not None
    return window, found


def _an_entry(ledger: Ledger) -> NewEntry:
    first = accounts.list_accounts(ledger)[0]
    return NewEntry(AccountId(first.id), date(2025, 12, 30), Decimal("-1.00"))


def test_a_damaged_book_opens_read_only_with_a_banner_and_restores(
    qtbot: QtBot, tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "household.permoney", new_book)
    damage(path)
    ledger = open_for_window(path, create=False)
    assert ledger.writes_refused is None  # nothing recorded yet: the check at open finds it
    try:
        window, found = _window(qtbot, ledger)
        qtbot.waitUntil(lambda: found.banner is not None, timeout=WAIT)
        assert found.last_check is not None and found.last_check.damaged
        banner = found.banner
        assert banner is not None and banner.isVisible()
        assert banner.title.text() == "household.permoney is damaged: it is open read-only"
        assert "changes are refused" in banner.label.text()
        assert banner.restore_button.text().replace("&", "") == (
            "Restore the newest verified backup"
        )
        # Writes are refused with the window's sentence: in the service and in the window.
        with pytest.raises(ReadOnlyBookError, match="open read-only: nothing was changed"):
            entries.add_entry(ledger, _an_entry(ledger))
        assert ledger.writes_refused == REFUSED
        messages: list[str] = []
        window.writer.error.connect(messages.append)
        window.writer.write_value(lambda: entries.add_entry(ledger, _an_entry(ledger)))
        assert messages == [REFUSED]
        # The finding is recorded: the next command (the CLI) refuses writes as well.
        assert integrity.last_check(ledger) is not None
        assert ledger.setting(LAST_CHECK_SETTING)["quick"] is True

        # The way out: the newest verified backup, confirmed, then a writable book.
        actions = found.actions
        found.restore_newest()
        dialog = actions.last_dialog
        assert isinstance(dialog, RestoreConfirmDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: found.banner is None, timeout=WAIT)
        assert ledger.writes_refused is None
        entries.add_entry(ledger, _an_entry(ledger))  # writable again
        kept = list(ledger.paths.backups_dir.glob("*-damaged.permoney"))
        assert len(kept) == 1 and kept[0].stat().st_size > 0  # the damaged file, as it was
        window.close()
    finally:
        ledger.close()


def test_a_recorded_damage_shows_the_banner_at_once(
    qtbot: QtBot, tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "household.permoney", new_book)
    damage(path)
    with Ledger.open(path) as ledger:
        assert not integrity.check(ledger).ok  # what `permoney check` records
    ledger = open_for_window(path, create=False)
    try:
        _win, found = _window(qtbot, ledger)
        assert found.banner is not None and found.checker is None  # no second check needed
        assert found.banner.label.text().startswith("A check of the file on ")
    finally:
        ledger.close()


def test_an_intact_book_shows_nothing_and_stays_writable(
    qtbot: QtBot, tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "household.permoney", new_book)
    ledger = open_for_window(path, create=False)
    try:
        window, found = _window(qtbot, ledger)
        qtbot.waitUntil(lambda: found.last_check is not None, timeout=WAIT)
        assert found.last_check is not None and not found.last_check.damaged
        assert found.banner is None and ledger.writes_refused is None
        assert ledger.setting(LAST_CHECK_SETTING) is None  # a clean quick check records nothing
        entries.add_entry(ledger, _an_entry(ledger))
        window.close()
    finally:
        ledger.close()


def test_a_book_the_window_cannot_read_is_one_line_not_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    new_book: Callable[[Path], Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from permoney_desktop import app

    path = _filled(tmp_path / "household.permoney", new_book)

    def unreadable(*_args: object, **_kwargs: object) -> None:
        # What a read of a damaged page raises while the window is being built.
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("permoney_desktop.ui.main_window.MainWindow", unreadable)
    capsys.readouterr()
    code = app.run_app(path, screenshot=tmp_path / "shot.png", with_worker=False)
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert err.startswith("permoney: household.permoney is damaged: the window cannot read it")
    assert str(path.parent / "backups") in err or "backups are in" in err


def test_damage_found_later_shows_the_bar_at_the_first_refused_edit(
    qtbot: QtBot, tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "household.permoney", new_book)
    ledger = open_for_window(path, create=False)
    try:
        window, found = _window(qtbot, ledger)
        qtbot.waitUntil(lambda: found.last_check is not None, timeout=WAIT)
        assert found.banner is None
        # Later, the worker's daily check finds damage and records it (as integrity.check does).
        damaged = integrity.Finding("sqlite", integrity.Severity.ERROR, "page 96: damaged")
        integrity.record(ledger, integrity.CheckReport("2026-01-01T00:00:00+00:00", 1, (damaged,)))
        assert ledger.writes_refused  # refused already, but the window does not know yet
        assert found.banner is None
        window.writer.write_value(lambda: entries.add_entry(ledger, _an_entry(ledger)))
        assert found.banner is not None and ledger.writes_refused == REFUSED
        window.close()
    finally:
        ledger.close()
