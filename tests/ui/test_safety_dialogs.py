"""Book safety in the window, on real books: the key dialog, the recovery key, backup, restore,
the integrity check with Repair, planned encryption, the keyring banner and the health section."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from keyring.backends import null
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.book_keys import format_recovery_key
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.platform import secrets
from permoney_desktop.services import backups, encryption, entries, integrity, materialize
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.encryption import NewKey
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import safety_actions
from permoney_desktop.ui.dialogs.backup_dialogs import CheckDialog, RestoreConfirmDialog
from permoney_desktop.ui.dialogs.key_dialog import KeyDialog
from permoney_desktop.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from permoney_desktop.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring, installed


@pytest.fixture(autouse=True)
def keyring_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(encryption.ENV_KEY, raising=False)
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def demo(ledger: Ledger) -> Ledger:
    fill_demo(ledger, transactions=400, years=1, seed=3, end=date(2024, 4, 30))
    materialize.sync_all(ledger, full=True)
    return ledger


def _window(qtbot: QtBot, ledger: Ledger) -> tuple[MainWindow, safety_actions.SafetyActions]:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    if safety_actions.controller(window) is None:  # until MainWindow installs it itself
        safety_actions.install(window)
    actions = safety_actions.controller(window)
    assert actions is not None
    return window, actions


def _menu_action(window: MainWindow, text: str) -> object:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == "File":
            for action in top.menu().actions():  # type: ignore[union-attr]
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no File → {text}")


def _entry_count(ledger: Ledger) -> int:
    return int(reads.entry_count(ledger))


def _while_modal(
    step: Callable[[QWidget], None], seen: list[object], kind: type[QWidget] = QWidget
) -> None:
    """Run ``step`` on the modal dialog of ``kind`` once it is up (from inside its exec loop;
    a busy dialog shown meanwhile is passed over)."""

    deadline = time.monotonic() + 30  # never leaks into a later test

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or not isinstance(modal, kind):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            else:
                seen.append(AssertionError(f"no {kind.__name__} came up"))
            return
        try:
            step(modal)
        except BaseException as exc:  # reported by the test after exec returns
            seen.append(exc)
            modal.close()

    QTimer.singleShot(0, poll)


# -- opening an encrypted book -------------------------------------------------------------


def _encrypted_book(path: Path) -> NewKey:
    ledger, made = encryption.create_encrypted(path)
    ledger.close()
    return made


def test_wrong_key_is_said_in_the_dialog_then_the_right_key_opens(
    qtbot: QtBot, book_path: Path
) -> None:
    made = _encrypted_book(book_path)
    seen: list[object] = []
    with installed(MemoryKeyring()) as empty:  # a new computer: the keyring lacks the key
        assert isinstance(empty, MemoryKeyring)

        def step(modal: QWidget) -> None:
            assert isinstance(modal, KeyDialog)
            seen.append(modal.message.text())
            assert modal.entry.echoMode() == modal.entry.EchoMode.Password
            modal.entry.setText(format_recovery_key(os.urandom(32)))  # well-formed, wrong
            qtbot.mouseClick(modal.open_button, Qt.MouseButton.LeftButton)
            seen.append(modal.error.text())
            assert modal.isVisible()  # still asking
            modal.entry.setText("  " + made.recovery_key.lower().replace("-", " ") + "\n")
            qtbot.mouseClick(modal.open_button, Qt.MouseButton.LeftButton)

        _while_modal(step, seen)
        ledger = safety_actions.open_book_for_gui(book_path)
        try:
            assert ledger.book.encrypted
            # The typed key is remembered in the (secure) keyring for next time.
            assert (secrets.SERVICE, f"book:{ledger.book_id}") in empty.store
        finally:
            ledger.close()
    errors = [s for s in seen if isinstance(s, BaseException)]
    assert not errors, errors
    assert "not in this computer's keyring" in str(seen[0])
    assert seen[1] == "That key does not open this book; enter its recovery key."


def test_quit_in_the_key_dialog_gives_a_clear_message(qtbot: QtBot, book_path: Path) -> None:
    _encrypted_book(book_path)
    seen: list[object] = []
    with installed(MemoryKeyring()):

        def step(modal: QWidget) -> None:
            assert isinstance(modal, KeyDialog)
            qtbot.mouseClick(modal.quit_button, Qt.MouseButton.LeftButton)

        _while_modal(step, seen)
        with pytest.raises(safety_actions.KeyEntryCancelled) as raised:
            safety_actions.open_book_for_gui(book_path)
    assert not seen
    assert str(raised.value) == "test.permoney was not opened: its recovery key was not entered"


def test_the_app_quits_cleanly_when_the_key_dialog_is_quit(
    qtbot: QtBot, book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from permoney_desktop.app import run_app

    _encrypted_book(book_path)
    seen: list[object] = []
    with installed(MemoryKeyring()):

        def step(modal: QWidget) -> None:
            assert isinstance(modal, KeyDialog)
            qtbot.mouseClick(modal.quit_button, Qt.MouseButton.LeftButton)

        _while_modal(step, seen)
        assert run_app(book=book_path, with_worker=False) == 2
    assert not seen
    assert "test.permoney was not opened: its recovery key was not entered" in (
        capsys.readouterr().err
    )


def test_a_typo_is_explained_before_any_open(qtbot: QtBot, book_path: Path) -> None:
    made = _encrypted_book(book_path)
    request = encryption.KeyRequest(book_path, "id", "missing", "m; enter its recovery key")
    tried: list[str] = []
    dialog = KeyDialog(request, lambda text: tried.append(text) or "x")  # type: ignore[func-returns-value]
    qtbot.addWidget(dialog)
    dialog.entry.setText(made.recovery_key[:-1] + ("A" if made.recovery_key[-1] != "A" else "B"))
    # The dialog hands any text to the opener; the opener's sentence is shown.
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert tried and dialog.error.text() == "X."


# -- the recovery key ----------------------------------------------------------------------


def test_recovery_key_dialog_shows_copies_and_needs_confirmation(qtbot: QtBot) -> None:
    key = format_recovery_key(bytes(range(32)))
    dialog = RecoveryKeyDialog(NewKey(key, stored_in_keyring=True), "home.permoney")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_label.text().replace("\n", "") == key
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    assert not dialog.done_button.isEnabled()
    dialog.reject()  # Esc / close before confirming: refused, the key stays on screen
    assert dialog.isVisible() and "will not be shown again" in dialog.error.text()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert QGuiApplication.clipboard().text() == ""  # the key does not linger


def test_planned_encryption_runs_at_next_open_and_shows_the_key_once(
    qtbot: QtBot, book_path: Path, keyring_store: MemoryKeyring
) -> None:
    with Ledger.open(book_path, create=True) as ledger:
        fill_demo(ledger, transactions=400, years=1, seed=3, end=date(2024, 4, 30))
        count = _entry_count(ledger)
        window, actions = _window(qtbot, ledger)
        action = _menu_action(window, "Encrypt book…")
        action.trigger()  # type: ignore[attr-defined]
        box = actions.last_dialog
        assert isinstance(box, QMessageBox)
        assert "next time" in box.text() and "permoney\u00a0encrypt" in box.informativeText()
        plan = next(b for b in box.buttons() if b.text() == "Encrypt at next start")
        qtbot.mouseClick(plan, Qt.MouseButton.LeftButton)
        assert safety_actions.pending_conversion(book_path) == "encrypt"
        assert actions.encryption_action.text() == "Cancel the planned encryption"
        window.close()
        assert window.background.wait(30)  # its reads finish before the book closes
        reads.close(ledger)
        assert not encryption.is_encrypted(book_path)  # nothing happens while it is open
    shown: list[object] = []

    def step(modal: QWidget) -> None:
        assert isinstance(modal, RecoveryKeyDialog)
        shown.append(modal.made.recovery_key)
        # Confirmed before the file changes: the book is still plain while the key is shown.
        assert not encryption.is_encrypted(book_path)
        assert encryption.plain_backups(book_path)  # the verified backup taken first
        modal.confirm.setChecked(True)
        _while_modal(remove_plain, shown, QMessageBox)
        qtbot.mouseClick(modal.done_button, Qt.MouseButton.LeftButton)

    def remove_plain(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox) and "not encrypted" in modal.text()
        next(b for b in modal.buttons() if b.text() == "Encrypt them").click()

    _while_modal(step, shown, RecoveryKeyDialog)
    ledger = safety_actions.open_book_for_gui(book_path)
    try:
        assert ledger.book.encrypted and _entry_count(ledger) == count
    finally:
        ledger.close()
    assert len(shown) == 1 and isinstance(shown[0], str), shown
    assert encryption.plain_backups(book_path) == []  # encrypted with the book's key
    assert list(encryption.paths_for(book_path).backups_dir.glob("*-pre-encrypt*"))
    assert safety_actions.pending_conversion(book_path) is None
    assert encryption.is_encrypted(book_path)
    # Next start: the key comes from the keyring, no dialog at all.
    with safety_actions.open_book_for_gui(book_path) as again:
        assert again.book.encrypted


def test_planned_decryption_runs_at_next_open(
    qtbot: QtBot, book_path: Path, keyring_store: MemoryKeyring
) -> None:
    _encrypted_book(book_path)
    with encryption.open_ledger(book_path) as ledger:
        book_id = ledger.book_id
        window, actions = _window(qtbot, ledger)
        _menu_action(window, "Decrypt book…").trigger()  # type: ignore[attr-defined]
        box = actions.last_dialog
        assert isinstance(box, QMessageBox) and "permoney\u00a0decrypt" in box.informativeText()
        plan = next(b for b in box.buttons() if b.text() == "Decrypt at next start")
        qtbot.mouseClick(plan, Qt.MouseButton.LeftButton)
        assert safety_actions.pending_conversion(book_path) == "decrypt"
        window.close()
        assert window.background.wait(30)
    said: list[object] = []

    def step(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        said.append(modal.text())
        modal.accept()

    _while_modal(step, said, QMessageBox)
    with safety_actions.open_book_for_gui(book_path) as plain:
        assert not plain.book.encrypted
        reads.close(plain)
    assert said == ["test.permoney is no longer encrypted."]
    assert not encryption.is_encrypted(book_path)
    assert (secrets.SERVICE, f"book:{book_id}") not in keyring_store.store


# -- backup and restore --------------------------------------------------------------------


def test_backup_from_the_menu_writes_a_verified_backup(qtbot: QtBot, demo: Ledger) -> None:
    window, actions = _window(qtbot, demo)
    _menu_action(window, "Back up now…").trigger()  # type: ignore[attr-defined]
    box = actions.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Backup written and verified")
    (written,) = sorted(demo.paths.backups_dir.glob("*-manual.permoney"))
    assert written.name in box.informativeText()
    recorded = backups.last_backup(demo)
    assert recorded is not None and recorded.ok and recorded.path == str(written)
    with Ledger.open(written) as copy:
        assert _entry_count(copy) == _entry_count(demo)
        reads.close(copy)


def test_restore_backs_the_book_up_first(qtbot: QtBot, demo: Ledger, tmp_path: Path) -> None:
    before = _entry_count(demo)
    saved = backups.backup(demo, tmp_path / "saved.permoney")
    assert saved.ok
    window, actions = _window(qtbot, demo)
    window.show()
    _menu_action(window, "Back up now…")  # the menu has the actions (restore is picked below)
    # A change after the backup: the restore must undo it, the safety backup must keep it.
    account = window.book.accounts()[0]
    entries.add_entry(
        demo, NewEntry(account_id=account.id, date=date(2024, 4, 30), amount=Decimal("-12.34"))
    )
    assert _entry_count(demo) == before + 1
    dialog = actions.restore(Path(saved.path))
    assert isinstance(dialog, RestoreConfirmDialog)
    assert "pre-restore" in dialog.safety_name and dialog.safety_name in dialog.informativeText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    done = actions.last_dialog
    assert isinstance(done, QMessageBox) and "was restored from saved.permoney" in done.text()
    assert _entry_count(demo) == before
    (safety,) = sorted(demo.paths.backups_dir.glob("*-pre-restore.permoney"))
    assert safety.name == dialog.safety_name or safety.name.endswith("-pre-restore.permoney")
    assert safety.name in done.informativeText()
    with Ledger.open(safety) as kept:
        assert _entry_count(kept) == before + 1
        reads.close(kept)
    assert integrity.check(demo).ok
    qtbot.waitUntil(lambda: "entries" in window.status_label.text())


def test_restore_refuses_a_file_that_is_not_a_book(
    qtbot: QtBot, demo: Ledger, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.permoney"
    junk.write_text("not a book")
    before = _entry_count(demo)
    _, actions = _window(qtbot, demo)
    box = actions.restore(junk)
    assert isinstance(box, QMessageBox) and "nothing was changed" in box.text()
    assert _entry_count(demo) == before
    assert not list(demo.paths.backups_dir.glob("*-pre-restore.permoney"))


# -- integrity -----------------------------------------------------------------------------


def test_check_is_clean_then_finds_a_tampered_balance_that_repair_fixes(
    qtbot: QtBot, demo: Ledger
) -> None:
    window, actions = _window(qtbot, demo)
    _menu_action(window, "Check book integrity…").trigger()  # type: ignore[attr-defined]
    dialog = actions.last_dialog
    assert isinstance(dialog, CheckDialog)
    assert dialog.verdict.text().startswith("● No problems found: 7 accounts")
    assert dialog.findings_text() == [] and not dialog.repair_button.isEnabled()
    dialog.close()

    conn = sqlite3.connect(demo.paths.book, isolation_level=None)
    try:
        account = conn.execute(
            'UPDATE balances SET "end" = "end" + 1 WHERE id = (SELECT max(id) FROM balances) '
            "RETURNING account_id"
        ).fetchone()[0]
    finally:
        conn.close()
    name = next(st.name for st in window.book.accounts() if int(st.id) == account)
    dialog = actions.check()
    assert isinstance(dialog, CheckDialog)
    assert dialog.verdict.text().startswith("● 1 problem found")
    ((badge, area, finding, advice),) = dialog.findings_text()
    assert badge == "● Problem" and area == "Stored balances"
    assert finding.startswith(f"Account “{name}”: materialized balances differ")
    assert "Repair recomputes them" in advice
    assert dialog.repair_button.isEnabled()
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    assert dialog.findings_text() == []
    assert dialog.verdict.text().startswith("● No problems found")
    assert "rebuilt the balances of 7 account(s)" in dialog.repaired.text()
    assert integrity.check(demo).ok


# -- banner and health ---------------------------------------------------------------------


def test_insecure_keyring_banner_shows_once_and_dismisses(qtbot: QtBot, book_path: Path) -> None:
    with installed(null.Keyring()):
        ledger, _made = encryption.create_encrypted(book_path)
        try:
            window, actions = _window(qtbot, ledger)
            window.show()
            qtbot.waitUntil(lambda: actions.banner is not None)
            banner = actions.banner
            assert banner is not None and banner.isVisible()
            assert banner.label.text() == secrets.INSECURE_NOTICE
            assert window.centralWidget().objectName() == "central-with-banner"
            assert window.pages.isVisible()  # the page stack is still in the window
            qtbot.mouseClick(banner.dismiss, Qt.MouseButton.LeftButton)
            assert not banner.isVisible()
            second, second_actions = _window(qtbot, ledger)
            assert second.background.wait(10)
            qtbot.wait(50)  # a banner would have been delivered by now
            assert second_actions.banner is None
        finally:
            ledger.close()


def test_plain_book_gets_no_keyring_banner(qtbot: QtBot, ledger: Ledger) -> None:
    """No key is at stake in a plain book: an insecure keyring is not worth a banner there,
    and the once-per-session notice is left for an encrypted book opened later."""
    with installed(null.Keyring()):
        assert not secrets.status().secure
        window, actions = _window(qtbot, ledger)
        window.show()
        assert window.background.wait(10)
        qtbot.wait(50)  # a banner would have been delivered by now
        assert actions.banner is None
        assert window.centralWidget().objectName() != "central-with-banner"
        assert secrets.notice_once() == secrets.INSECURE_NOTICE  # not used up by the plain book


def test_secure_keyring_shows_no_banner(qtbot: QtBot, ledger: Ledger) -> None:
    window, actions = _window(qtbot, ledger)
    assert window.background.wait(10)
    qtbot.wait(50)
    assert actions.banner is None
    assert window.centralWidget().objectName() != "central-with-banner"


def test_health_page_shows_book_safety_with_verdicts(qtbot: QtBot, demo: Ledger) -> None:
    window, _actions = _window(qtbot, demo)
    window.show()
    window.show_page("health")
    page = window.page("health")
    section = page.safety  # type: ignore[attr-defined]
    page.refresh()  # type: ignore[attr-defined]
    texts = {
        section.model.rows()[i][0].text: section.model.rows()[i][1].text
        for i in range(section.model.rowCount())
    }
    assert texts["Encryption"] == "Not encrypted"
    assert texts["Keyring"] == "Secure (MemoryKeyring)"
    assert texts["Last backup"] == "None yet" and section.badge.level == "warning"
    backups.backup(demo)
    integrity.check(demo)
    page.refresh()  # type: ignore[attr-defined]
    rows = {r[0].text: r[1].text for r in section.model.rows()}
    assert rows["Last backup"].startswith("today ") and "verified" in rows["Last backup"]
    assert rows["Last check"].endswith("clean · 7 accounts")
    assert section.badge.level == "healthy"
    conn = sqlite3.connect(demo.paths.book, isolation_level=None)
    try:
        conn.execute('UPDATE balances SET "end" = "end" + 1 WHERE id = 1')
    finally:
        conn.close()
    integrity.check(demo)
    page.refresh()  # type: ignore[attr-defined]
    assert section.badge.level == "critical"
    assert "Repair rebuilds" in section.advice.text()
