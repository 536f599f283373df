"""The main window: toolbar of pages, the accounts sidebar, the page stack and a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from permoney_desktop.identity import APP_NAME
from permoney_desktop.services.demo import DemoError, fill_demo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.overview import BookOverview, book_overview
from permoney_desktop.ui.empty_state import EmptyState
from permoney_desktop.ui.sidebar import AccountsSidebar

PAGES = ("dashboard", "register", "reports", "health")
_PAGE_TITLES = {
    "dashboard": "Dashboard",
    "register": "Register",
    "reports": "Reports",
    "health": "Health",
}


class MainWindow(QMainWindow):
    def __init__(self, ledger: Ledger) -> None:
        super().__init__()
        self.ledger = ledger
        self.setWindowTitle(f"{ledger.paths.book.stem} — {APP_NAME}")
        self.resize(1180, 760)
        self._page_actions: dict[str, QAction] = {}
        self._build_toolbar()
        self.sidebar = AccountsSidebar()
        self.sidebar.setAccessibleName("Accounts")
        self.pages = QStackedWidget()
        self._page_widgets: dict[str, QWidget] = {}
        self.empty_state = EmptyState()
        self.empty_state.demo_requested.connect(self._fill_demo)
        for name in PAGES:
            widget = self._placeholder_page(name)
            self._page_widgets[name] = widget
            self.pages.addWidget(widget)
        self.pages.addWidget(self.empty_state)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 920])
        self.setCentralWidget(splitter)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.refresh()

    def _build_toolbar(self) -> None:
        bar = QToolBar("Pages")
        bar.setObjectName("pages-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        group = QActionGroup(self)
        for index, name in enumerate(PAGES, 1):
            action = QAction(_PAGE_TITLES[name], self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setToolTip(f"{_PAGE_TITLES[name]} (Ctrl+{index})")
            action.triggered.connect(lambda _=False, n=name: self.show_page(n))
            group.addAction(action)
            bar.addAction(action)
            self._page_actions[name] = action
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _placeholder_page(self, name: str) -> QWidget:
        label = QLabel(f"{_PAGE_TITLES[name]}")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(f"{_PAGE_TITLES[name]} page")
        label.setObjectName(f"page-{name}")
        return label

    def refresh(self) -> None:
        overview = book_overview(self.ledger)
        self.sidebar.set_accounts(overview.accounts)
        self._update_status(overview)
        if not overview.accounts:
            self.pages.setCurrentWidget(self.empty_state)

    def _update_status(self, overview: BookOverview) -> None:
        n_accounts = len(overview.accounts)
        self.status_label.setText(
            f"{n_accounts} account{'s' if n_accounts != 1 else ''} · "
            f"{overview.entry_count:,} entries · {overview.base_currency}"
        )

    def show_page(self, name: str) -> None:
        if name not in self._page_widgets:
            raise ValueError(f"unknown page {name!r}")
        self._page_actions[name].setChecked(True)
        if self.sidebar.is_empty():
            self.pages.setCurrentWidget(self.empty_state)
        else:
            self.pages.setCurrentWidget(self._page_widgets[name])

    def current_page(self) -> str:
        widget = self.pages.currentWidget()
        for name, page in self._page_widgets.items():
            if page is widget:
                return name
        return "empty"

    def _fill_demo(self) -> None:
        try:
            fill_demo(self.ledger, transactions=5000, years=3)
        except DemoError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.refresh()
        checked = next((n for n, a in self._page_actions.items() if a.isChecked()), "dashboard")
        self.show_page(checked)
        self.statusBar().showMessage("Demo data added: explore, then start your own book.", 8000)

    def save_screenshot(self, path: Path) -> int:
        """Render the window offscreen to ``path`` (PNG); returns a process exit code."""
        self.show()
        app = QApplication.instance()
        assert app is not None
        for _ in range(5):
            app.processEvents()
        ok = self.grab().save(str(path), "PNG")
        return 0 if ok else 1
