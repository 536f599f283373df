"""Import, export and rules in the main window: menu actions and the dialogs they open.

``install(window)`` adds File → Import… (Ctrl+I, taking over any placeholder action with that
shortcut), Export entries…, Export book…, Import book…, and Tools → Rules…, Review transfer
matches…. Their writes run in jobs; each job's ``Changes`` go out through
``ui.operations.imports.publish`` (optimistic figures, one ``Applied`` on the change bus, and so
the worker's sync request), like any other write.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.services import register_reads as reads
from permoney_desktop.ui.app_window import AppWindow
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.operations import imports as import_ops

if TYPE_CHECKING:
    from permoney_desktop.services.imports import TransferProposal
    from permoney_desktop.ui.dialogs.import_wizard import ImportWizard

IMPORT_SHORTCUT = QKeySequence("Ctrl+I")
_INSTALLED = "permoney_import_actions"


def publisher(window: AppWindow) -> Callable[[Changes], None]:
    """Apply a service write's Changes in the window, as the window's own writes are."""

    def publish(changes: Changes) -> None:
        import_ops.publish(window.writer, changes)
        if ChangeKind.ENTRIES in changes.kinds:
            # New payees from a file or a rule: the register's completer learns them.
            ledger, model = window.ledger, window.register_model
            window.background.run(lambda: reads.payees(ledger), model.set_payees)

    return publish


def _menu(window: AppWindow, title: str, before: str | None = None) -> QMenu:
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and _plain(action.text()) == _plain(title):
            return menu
    menu = QMenu(title, bar)
    anchor = next(
        (a for a in bar.actions() if before and _plain(a.text()) == _plain(before)),
        None,
    )
    if anchor is not None:
        bar.insertMenu(anchor, menu)
    else:
        bar.addMenu(menu)
    return menu


def _plain(title: str) -> str:
    """A menu title without its mnemonic, to find a menu by its (translated) title."""
    return title.replace("&", "").lower()


def _after(menu: QMenu, anchor: QAction | None) -> QAction | None:
    """The action after ``anchor`` in ``menu`` (to insert behind it), None for the end."""
    actions = menu.actions()
    if anchor is None or anchor not in actions:
        return None
    i = actions.index(anchor)
    return actions[i + 1] if i + 1 < len(actions) else None


def install(window: AppWindow) -> None:
    """Add the import/export/rules actions to ``window``'s menus (once)."""
    if window.property(_INSTALLED):
        return
    window.setProperty(_INSTALLED, True)
    file_menu = _menu(window, tr("&File"))
    tools_menu = _menu(window, tr("&Tools"), before=tr("&Help"))

    existing = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == IMPORT_SHORTCUT and not a.property(_INSTALLED)
    ]
    if existing:
        import_action = existing[0]
        with contextlib.suppress(RuntimeError, TypeError):
            import_action.triggered.disconnect()  # the placeholder's "not available yet"
        for extra in existing[1:]:  # one Ctrl+I only
            extra.setShortcut(QKeySequence())
    else:
        import_action = QAction(window)
        import_action.setShortcut(IMPORT_SHORTCUT)
        window.addAction(import_action)
    import_action.setText(tr("&Import…"))
    import_action.setToolTip(tr("Import a bank file: CSV, OFX, QFX or QIF (Ctrl+I)"))
    import_action.setStatusTip(import_action.toolTip())
    import_action.setEnabled(True)
    import_action.triggered.connect(lambda _=False: open_import_wizard(window))
    if import_action not in file_menu.actions():
        file_menu.addAction(import_action)

    def action(text: str, slot: Callable[[], object], tip: str) -> QAction:
        a = QAction(text, window)
        a.setProperty(_INSTALLED, True)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _=False: slot())
        return a

    export_entries = action(
        tr("Export &entries…"),
        lambda: open_export_entries(window),
        tr("Write entries (all, or what the register shows) to a CSV file"),
    )
    export_book = action(
        tr("Export &book…"),
        lambda: open_export_book(window),
        tr("Write the whole book to a zip of CSV files"),
    )
    import_book = action(
        tr("Import b&ook…"),
        lambda: open_import_book(window),
        tr("Load a book export into this empty book"),
    )
    before = _after(file_menu, import_action)
    for a in (export_entries, export_book, import_book):
        file_menu.insertAction(before, a) if before is not None else file_menu.addAction(a)
    rules_action = action(
        tr("&Rules…"), lambda: open_rules(window), tr("Rules that categorize imported entries")
    )
    review_action = action(
        tr("Review &transfer matches…"),
        lambda: open_transfer_review(window),
        tr("Pairs of entries that look like transfers between your accounts"),
    )
    tools_menu.addAction(rules_action)
    tools_menu.addAction(review_action)

    empty = getattr(window, "empty_state", None)
    button = getattr(empty, "import_button", None)
    if empty is not None and button is not None:
        button.setEnabled(True)
        button.setToolTip(tr("Import a CSV, OFX, QFX or QIF file from your bank (Ctrl+I)"))
        empty.import_requested.connect(lambda: open_import_wizard(window))


# -- what the actions open -----------------------------------------------------------------


def open_import_wizard(window: AppWindow, path: Path | None = None) -> ImportWizard:
    from permoney_desktop.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(
        window.ledger,
        publisher(window),
        window,
        new_account=window.new_account,
        review_transfers=lambda proposals: _review(window, proposals),
    )
    # An import cancelled (or finished) while the wizard closed: said where the user looks.
    wizard.message.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    if path is not None:
        wizard.open_file(path)
    _open(wizard)
    return wizard


def _review(window: AppWindow, proposals: list[TransferProposal]) -> None:
    from permoney_desktop.ui.dialogs.transfer_review import TransferReviewDialog

    _open(TransferReviewDialog(window.ledger, publisher(window), proposals, window))


def open_transfer_review(window: AppWindow) -> QDialog:
    from permoney_desktop.ui.dialogs.transfer_review import TransferReviewDialog

    dialog = TransferReviewDialog(window.ledger, publisher(window), None, window)
    _open(dialog)
    return dialog


def open_rules(window: AppWindow) -> QDialog:
    from permoney_desktop.ui.dialogs.rules_editor import RulesEditor

    dialog = RulesEditor(window.ledger, publisher(window), window)
    _open(dialog)
    return dialog


def open_export_entries(window: AppWindow) -> QDialog:
    from permoney_desktop.ui.dialogs.export_dialogs import ExportEntriesDialog

    query = window.register_model.query
    name = None
    if query.account_id is not None:
        name = next((a.name for a in window.book.accounts() if a.id == query.account_id), None)
    dialog = ExportEntriesDialog(window.ledger, query, name, window)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(dialog.result_text, 8000))
    _open(dialog)
    return dialog


def open_export_book(window: AppWindow) -> QDialog:
    from permoney_desktop.ui.dialogs.export_dialogs import ExportBookDialog

    dialog = ExportBookDialog(window.ledger, window)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(dialog.result_text, 8000))
    _open(dialog)
    return dialog


def open_import_book(window: AppWindow) -> QDialog:
    from permoney_desktop.ui.dialogs.export_dialogs import ImportBookDialog

    dialog = ImportBookDialog(window.ledger, publisher(window), window)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(dialog.result_text, 8000))
    _open(dialog)
    return dialog


def _open(dialog: QDialog) -> None:
    """Window-modal and non-blocking; Qt's parent keeps the dialog alive until it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
