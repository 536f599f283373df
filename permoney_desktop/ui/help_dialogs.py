"""Help → Keyboard shortcuts (read from the window's own actions) and a short user guide."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

# Keys handled by widgets rather than actions (the register's editing keys).
_TABLE_KEYS = (
    (QT_TR_NOOP("Enter"), QT_TR_NOOP("Save the entry; on the last entry, start the next one")),
    (
        QT_TR_NOOP("Tab / Shift+Tab"),
        QT_TR_NOOP("Next / previous field; accepts the payee's completion"),
    ),
    (QT_TR_NOOP("Esc"), QT_TR_NOOP("Cancel the entry being typed")),
    ("t, +1, -1", QT_TR_NOOP("In a date field: today, a day later, a day earlier")),
    (QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected entries (in the register)")),
    (QT_TR_NOOP("↑ / ↓ in the accounts list"), QT_TR_NOOP("Open the account above or below")),
)

GUIDE_HTML = QT_TR_NOOP("""
<h2>Getting started</h2>
<p><b>Your book</b> is one file holding your accounts and entries. File → New book… starts
another, File → Open book… and Recent books switch between them. <i>Try demo data</i> opens a
demo household in a book of its own, so your book stays yours.</p>
<h3>Accounts</h3>
<p>File → New account… (or <b>+ Account</b> under the list). Give the opening balance and its
date; for a card or a loan, the amount you owe.</p>
<h3>Entering money</h3>
<p>Choose an account and type in the blank row: date, payee, category, then the amount under
<b>Payment</b> (money out) or <b>Deposit</b> (money in). A payee you used before fills in its
last category and amount. Type a new category (<i>Pets: Food</i>) and the app offers to create
it. Money between your own accounts is a transfer (Edit → New transfer…, Ctrl+T).</p>
<h3>Importing</h3>
<p>File → Import a file… (Ctrl+I) reads CSV, OFX, QFX and QIF exports from your bank; nothing is
written until you confirm the summary, and Undo takes the whole import back.</p>
<h3>Dashboard and reports</h3>
<p>Cards show net worth, income, spending and cash flow for the period you choose. Click a card
or a bar: the register shows exactly the entries behind that figure, with the filter shown
above the table (its ✕ or <b>Clear filters</b> removes it).</p>
<h3>Undo, backups and checks</h3>
<p>Every change can be undone (Ctrl+Z), even after a restart. The app backs the book up every
day and checks it; Health shows when that last happened. Settings (Ctrl+,) set the base
currency, number and date format, and light or dark.</p>
<h3>The command line</h3>
<p>Everything can also be done with <code>permoney</code> in a terminal:
<code>permoney --help</code> lists the commands.</p>
""")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window that has a shortcut, then the
    register's keys; read from the actions themselves, so the sheet cannot go stale."""
    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str]] = []
    actions = list(window.actions())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            actions += _all_actions(menu.actions())
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys:
            continue
        text = action.text().replace("&", "").rstrip("…").strip()
        for base in (tr("Undo"), tr("Redo")):  # "Undo Add account": the last step's name
            if text.startswith(base):
                text = base
        row = (keys, text)
        if text and row not in seen:
            seen.add(row)
            rows.append(row)
    rows.sort(key=lambda r: r[1].casefold())
    return rows + [(tr(keys), tr(does)) for keys, does in _TABLE_KEYS]


def _all_actions(actions: list[QAction]) -> list[QAction]:
    found: list[QAction] = []
    for action in actions:
        found.append(action)
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _all_actions(sub.actions())
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setAccessibleName(tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts-table")
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, text) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("User guide"))
        self.setAccessibleName(tr("User guide"))
        self.text = QTextBrowser()
        self.text.setObjectName("user-guide")
        self.text.setHtml(tr(GUIDE_HTML))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 560)
