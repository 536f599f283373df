"""Opening a book in the GUI: the recovery-key prompt and the conversions the File menu asked for.

Encrypting or decrypting rewrites the book through a new file, which must not happen while this
process has the book open (sqlcipher3 brings its own SQLite, and file locks do not work between
two SQLite copies in one process). So the menu only records the request; the conversion runs
the next time ``open_book_for_gui`` opens that book, before anything else has it open. From a
terminal, with the app closed, ``permoney encrypt`` / ``permoney decrypt`` do it at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

from permoney_desktop.domain.book_keys import parse_key
from permoney_desktop.platform.paths import (
    BookLocation,
    book_key,
    data_root,
    ensure_private_dir,
    paths_for,
)
from permoney_desktop.services import encryption
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs.backup_dialogs import (
    error_box,
    run_busy,
)
from permoney_desktop.ui.dialogs.key_dialog import KeyDialog, sentence
from permoney_desktop.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from permoney_desktop.ui.i18n import say, tr

log = logging.getLogger(__name__)

ENCRYPT = "encrypt"
DECRYPT = "decrypt"


class KeyEntryCancelled(encryption.KeyRequired):
    """The user closed the recovery-key dialog: the book stays closed (the app quits)."""


# -- conversions requested from the menu, run at the next open ----------------------------------


def pending_file(book: Path) -> Path:
    """Where a requested conversion of ``book`` waits for the next start (one per book)."""
    return data_root() / "pending" / f"{book_key(book.expanduser())}.json"


def request_conversion(book: Path, action: str) -> Path:
    if action not in (ENCRYPT, DECRYPT):
        raise ValueError(f"unknown conversion {action!r}")
    target = pending_file(book)
    ensure_private_dir(target.parent)
    record = {
        "action": action,
        "book": str(book.expanduser().resolve()),
        "requested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    target.write_text(json.dumps(record), encoding="utf-8")
    return target


def pending_conversion(book: Path) -> str | None:
    """The conversion waiting for ``book`` (``encrypt``/``decrypt``), if any."""
    target = pending_file(book)
    try:
        record = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    action = record.get("action") if isinstance(record, dict) else None
    return action if action in (ENCRYPT, DECRYPT) else None


def cancel_conversion(book: Path) -> None:
    with contextlib.suppress(OSError):
        pending_file(book).unlink(missing_ok=True)


# -- opening a book ---------------------------------------------------------------------------


def _ensure_app() -> None:
    """Dialogs need a QApplication; app.py reuses this one when it comes to make its own."""
    if QApplication.instance() is None:
        import sys

        app = QApplication(sys.argv[:1])
        theme.apply_theme(app)


def ask_for_key(
    request: encryption.KeyRequest,
    open_with: Callable[[str], Ledger],
    parent: QWidget | None = None,
) -> Ledger:
    """Show the recovery-key dialog until a key opens the book; Quit raises KeyEntryCancelled."""
    opened: list[Ledger] = []

    def try_key(text: str) -> str | None:
        try:
            opened.append(open_with(text))
        except encryption.KeyRequired as exc:
            return exc.request.message
        except Exception as exc:  # e.g. the file changed meanwhile: say it, let them retry
            return say(exc)
        return None

    dialog = KeyDialog(request, try_key, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted and opened:
        return opened[0]
    message = f"{request.path.name} was not opened: its recovery key was not entered"
    raise KeyEntryCancelled(replace(request, message=message))


def _open(
    path: BookLocation | None,
    parent: QWidget | None,
    *,
    create: bool = False,
    key_text: str | None = None,
) -> Ledger:
    from permoney_desktop.ui import shared_books

    shared_books.install_prompt()  # a shared book's server may ask for a password
    try:
        return encryption.open_ledger(path, create=create, key_text=key_text)
    except encryption.KeyRequired as exc:
        _ensure_app()
        return ask_for_key(
            exc.request, lambda text: encryption.open_ledger(path, key_text=text), parent
        )


def open_book_for_gui(
    path: BookLocation | None = None, parent: QWidget | None = None, *, create: bool = False
) -> Ledger:
    """Open a book for the window: runs a conversion asked for last time, then opens the book,
    asking for its recovery key (as often as needed) when no keyring has it.

    Raises ``KeyEntryCancelled`` (a ``BookError``) when the user quits the key dialog, and
    ``BookError`` for a file that is not a book.
    """
    book = paths_for(path).book
    action = pending_conversion(book)
    if action is not None and book.exists() and not isinstance(path, str):
        # Cleared first: a conversion that fails must not be retried at every start.
        cancel_conversion(book)
        _ensure_app()
        if action == ENCRYPT:
            return _encrypt_then_open(path, book, parent)
        return _decrypt_then_open(path, book, parent)
    return _open(path, parent, create=create)


def _encrypt_then_open(path: Path | None, book: Path, parent: QWidget | None) -> Ledger:
    if encryption.is_encrypted(book):
        return _open(path, parent)
    try:
        # Backup and key first; the file changes only once the key has been shown and
        # confirmed, so a key nobody saw can never lock the book.
        pending = run_busy(
            parent,
            tr("Encrypting the book"),
            f"Backing up {book.name} before encrypting it, as you asked…",
            lambda: encryption.prepare_encryption(path),
        )
        dialog = RecoveryKeyDialog(pending.made, book.name, parent)
        confirmed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not confirmed:
            encryption.abandon_encryption(pending)
            return _open(path, parent)
        done = run_busy(
            parent,
            tr("Encrypting the book"),
            f"Encrypting {book.name}…",
            lambda: encryption.finish_encryption(pending),
        )
    except Exception as exc:  # the service leaves the original intact on any failure
        log.warning("encrypting %s failed: %s", book.name, type(exc).__name__)
        error_box(
            tr("Encryption failed"),
            f"{book.name} was not encrypted and is unchanged.",
            sentence(say(exc)),
            parent,
        ).exec()
        return _open(path, parent)
    _offer_to_remove_plain_backups(book, done, parent)
    made = done.made
    return _open(path, parent, key_text=None if made.stored_in_keyring else made.recovery_key)


def _offer_to_remove_plain_backups(
    book: Path, done: encryption.Encrypted, parent: QWidget | None
) -> None:
    if not done.plain_backups:
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Unencrypted backups remain"),
        tr(
            "%n backup(s) of {book} taken before it was encrypted, including the one just "
            "taken, are not encrypted.",
            None,
            len(done.plain_backups),
        ).format(book=book.name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        tr(
            "Anyone who can read {folder} can read them. Encrypt them with the book's key, "
            "or remove them?"
        ).format(folder=done.plain_backups[0].parent)
    )
    seal = box.addButton(tr("Encrypt them"), QMessageBox.ButtonRole.AcceptRole)
    remove = box.addButton(tr("Remove them"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(tr("Keep them"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    try:
        if box.clickedButton() is seal:
            encryption.encrypt_plain_backups(book, parse_key(done.made.recovery_key))
        elif box.clickedButton() is remove:
            encryption.remove_plain_backups(book)
    except encryption.EncryptionError as exc:
        error_box(tr("Backups unchanged"), say(exc), "", parent).exec()


def _decrypt_then_open(path: Path | None, book: Path, parent: QWidget | None) -> Ledger:
    if not encryption.is_encrypted(book):
        return _open(path, parent)
    ledger = _open(path, parent)  # the key: from the keyring or typed in
    key = ledger.book.key
    ledger.close()
    assert key is not None
    try:
        run_busy(
            parent,
            tr("Decrypting the book"),
            f"Decrypting {book.name}, as you asked…",
            lambda: encryption.decrypt_book(path, key=key),
        )
    except Exception as exc:
        log.warning("decrypting %s failed: %s", book.name, type(exc).__name__)
        error_box(
            tr("Decryption failed"),
            f"{book.name} was not decrypted and is unchanged.",
            sentence(say(exc)),
            parent,
        ).exec()
        return _open(path, parent, key_text=key.hex())
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Book decrypted"),
        f"{book.name} is no longer encrypted.",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(
        tr(
            "Its key was removed from the keyring. Backups taken while it was encrypted still need "
            "the old recovery key."
        )
    )
    box.exec()
    return _open(path, parent)
