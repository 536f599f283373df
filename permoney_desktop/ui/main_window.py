"""The main window: menus and shortcuts, the accounts sidebar, the page stack, the status bar.

It owns the GUI's write path (the ``Writer`` that ``ui.operations`` write through), the
optimistic figures (``BalanceBook``), the ``ChangeBus`` and the ``WorkerWake``; the worker is
handed in by ``app.py`` (the UI never imports it) and its events arrive through the
``WorkerBridge`` as queued Qt signals.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.identity import APP_NAME
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions, live_updates
from permoney_desktop.ui.app_window import AppWindow
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.background import Background
from permoney_desktop.ui.book_files import BookActions
from permoney_desktop.ui.bus import ChangeBus, WorkerBridge, WorkerControl
from permoney_desktop.ui.dialogs import anchor_notice
from permoney_desktop.ui.empty_state import EmptyState
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr
from permoney_desktop.ui.models import register_status
from permoney_desktop.ui.models.accounts_model import AccountsModel
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.operations import demo as demo_ops
from permoney_desktop.ui.operations import undo as undo_ops
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.pages.register_page import RegisterPage
from permoney_desktop.ui.sidebar import AccountsSidebar
from permoney_desktop.ui.tray import TrayController, WorkerStatusLabel
from permoney_desktop.ui.worker_wake import WorkerWake
from permoney_desktop.ui.writes import Writer

log = logging.getLogger(__name__)

BASE_CURRENCY_SETTING = "book.base_currency"
THREADS_SETTING = "worker.threads"
PAGES = ("dashboard", "register", "reports", "health", "budget", "forecast")
_PAGE_TITLES = {
    "dashboard": QT_TR_NOOP("Dashboard"),
    "register": QT_TR_NOOP("Register"),
    "reports": QT_TR_NOOP("Reports"),
    "health": QT_TR_NOOP("Health"),
    "budget": QT_TR_NOOP("Budget"),
    "forecast": QT_TR_NOOP("Forecast"),
}


DEFAULT_SIZE = QSize(1180, 760)


def initial_size(available: QSize) -> QSize:
    """The first window's size: the default, cut to the screen's free area (a 1024×700
    screen got a window wider than itself, its right-hand columns out of sight)."""
    return DEFAULT_SIZE.boundedTo(available) if available.isValid() else DEFAULT_SIZE


class MainWindow(AppWindow):
    worker_attached = Signal()

    def __init__(
        self,
        ledger: Ledger,
        *,
        worker: WorkerControl | None = None,
        bridge: WorkerBridge | None = None,
        tray: TrayController | None = None,
        book_safety: bool = True,
    ) -> None:
        """``book_safety=False`` leaves the File menu's book-safety actions to a later
        ``install_book_safety`` (app.py, once the window is up: their services import
        SQLAlchemy, which the first window does without)."""
        super().__init__()
        self.ledger = ledger
        self.worker = worker
        self.setWindowTitle(f"{say(ledger.title)} — {APP_NAME}")
        self.resize(initial_size(self.screen().availableGeometry().size()))
        self.bus = ChangeBus(self)
        self.background = Background(self)
        self.bridge = bridge or WorkerBridge(self)
        self.stats = ReconcileStats()
        self.book = BalanceBook(ledger, self.stats, defer_valuations=True)
        self.writer = Writer(ledger, self.book, self.bus)
        self.wake = WorkerWake(
            self.writer.committed, worker, at_commit=ledger.book.shared, parent=self
        )
        self.writer.error.connect(self.show_error)
        self.writer.undo_changed.connect(self._update_undo_actions)
        self.tray = tray or TrayController(self)
        self.bridge.sync_completed.connect(self._on_sync_completed)
        self.bridge.sync_started.connect(self.tray.on_sync_started)
        self.bridge.sync_failed.connect(self.tray.on_sync_failed)
        self.bridge.queue_changed.connect(self.tray.on_queue_changed)
        self.tray.sync_requested.connect(self.sync_now)
        self.tray.open_requested.connect(self._raise)
        self.tray.quit_requested.connect(self._quit)
        self.tray.pause_requested.connect(self._set_paused)
        self._quitting = False

        self.accounts_model = AccountsModel(self.book)
        self.sidebar = AccountsSidebar(self.accounts_model)
        self.sidebar.account_activated.connect(self.open_account)
        self.sidebar.add_account_requested.connect(self.new_account)
        self.sidebar.edit_account_requested.connect(self.edit_account)
        self.register_model = RegisterModel(ledger, self.book, self.writer, self.bus)
        self.register_model.set_active(False)
        self.register_page = RegisterPage(self.register_model)
        self.register_page.status_message.connect(self.show_error)
        self.register_page.account_requested.connect(self.open_account)
        self.bus.applied.connect(self._on_applied)

        self._page_actions: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.pages = QStackedWidget()
        self._page_widgets: dict[str, QWidget] = {}
        self.empty_state = EmptyState()
        self.empty_state.demo_requested.connect(self._fill_demo)
        self._built: set[str] = set()
        for name in PAGES:
            # Pages other than the register are built when first shown: the window opens
            # without paying for pages nobody looked at.
            widget = self.register_page if name == "register" else self._placeholder(name)
            self._page_widgets[name] = widget
            self.pages.addWidget(widget)
        self._built.add("register")
        self.pages.addWidget(self.empty_state)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        # The sidebar keeps its width as the window narrows (the page takes the change): 280 px
        # fits names and balances and leaves the register its columns at 1024 px.
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)
        self.worker_status = WorkerStatusLabel(self.tray)
        # Permanent: a transient showMessage hides the normal (left) widgets but is drawn
        # beside the permanent ones, so the worker state stays in view under any message.
        self.statusBar().addPermanentWidget(self.worker_status)
        self.worker_status.setContentsMargins(0, 0, 16, 0)  # apart from the book summary
        self.status_label = QLabel()
        self.status_label.setAccessibleName(tr("Book summary"))
        self.statusBar().addPermanentWidget(self.status_label)
        # Counting every entry and grouping every payee take long on a big book: read them
        # off the GUI thread; the status bar and the payee completer fill in when they come.
        self._entry_count: int | None = None
        self._count_generation = 0
        self._recount_entries()
        self.background.run(lambda: reads.payees(ledger), self.register_model.set_payees)
        applied = self.stats.applied
        self.background.run(
            lambda: reads.valuation_days(ledger),
            lambda vals: self.book.adopt_valuation_days(vals, applied),
        )
        self._update_status()
        self._update_undo_actions()
        if self.sidebar.is_empty():
            self.pages.setCurrentWidget(self.empty_state)
        import_actions.install(self)  # File → Import…/Export…, Tools → Rules…
        self.live = live_updates.install(self)  # a shared book: other people's changes
        if book_safety:
            self.install_book_safety()

    def install_book_safety(self) -> None:
        """File → backup, restore, check, encryption; the keyring banner (once). Also
        Edit → Schedules… and the register's upcoming rows (their services load SQLAlchemy
        too)."""
        from permoney_desktop.ui import safety_actions, schedule_actions, server_watch

        if safety_actions.controller(self) is None:
            safety_actions.install(self)
        schedule_actions.install(self)
        server_watch.install(self)  # a shared book: the banner while its server is away

    # -- construction ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action(tr("Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(tr("Redo"), self.redo, "Ctrl+Shift+Z")
        self.history_action = self._action(tr("History…"), self.open_history, "Ctrl+H")
        self.new_entry_action = self._action(tr("New entry"), self.new_entry, "Ctrl+N")
        self.find_action = self._action(tr("Search entries"), self.find_entries, "Ctrl+F")
        self.delete_action = QAction(tr("Delete selected entries"), self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        # Only while the table has focus: Del keeps working in text fields.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.register_page.delete_selected)
        self.register_page.table.addAction(self.delete_action)
        self.duplicate_action = self.register_page.duplicate_action
        self.sync_action = self._action(tr("Sync now"), self.sync_now, "F5")
        self.import_action = self._action(tr("Import a file…"), self.import_file, "Ctrl+I")
        self.import_action.setToolTip(tr("Import a bank file: CSV, OFX, QFX or QIF (Ctrl+I)"))
        self.transfer_action = self._action(tr("New transfer…"), self.new_transfer, "Ctrl+T")
        self.valuation_action = self._action(tr("Set balance…"), self.set_balance, "Ctrl+B")
        self.reconcile_action = self._action(tr("Reconcile…"), self.reconcile, "Ctrl+R")
        self.cleared_action = register_status.install_toggle(
            self.register_page.table, self.register_model
        )
        anchor_notice.install(self, self.writer)  # an entry before a later balance anchor
        self.new_account_action = self._action(tr("New account…"), self.new_account)
        self.edit_account_action = self._action(tr("Edit account…"), self.edit_current_account)
        self.categories_action = self._action(tr("Categories and tags…"), self.manage_categories)
        self.rates_action = self._action(tr("Exchange rates…"), self.manage_rates)
        self.settings_action = self._action(tr("Settings…"), self.open_settings, "Ctrl+,")
        self.about_action = self._action(tr("About {app}").format(app=APP_NAME), self.open_about)
        self.shortcuts_action = self._action(
            tr("Keyboard shortcuts"), self.open_shortcuts, "Ctrl+/"
        )
        self.guide_action = self._action(
            tr("User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents
        )
        self.quit_action = self._action(tr("Quit"), self._quit, QKeySequence.StandardKey.Quit)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.file_menu = file_menu
        # New book…, Open book…, Recent books (ui.book_files): another book opens in its own
        # app process, this window quits.
        self.books = BookActions(self, self.ledger.book.url or self.ledger.paths.book, self._quit)
        self.books.install(file_menu)
        for a in (self.new_account_action, self.import_action, None, self.settings_action, None):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        file_menu.addAction(self.quit_action)
        self.edit_menu: QMenu = bar.addMenu(tr("&Edit"))
        for a in (
            self.undo_action,
            self.redo_action,
            self.history_action,
            None,
            self.new_entry_action,
            self.duplicate_action,
            self.delete_action,
            self.find_action,
            None,
            self.transfer_action,
            self.valuation_action,
            self.reconcile_action,
            self.cleared_action,
            self.edit_account_action,
            None,
            self.categories_action,
            self.rates_action,
        ):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)
        self.view_menu = bar.addMenu(tr("&View"))
        self.help_menu = bar.addMenu(tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Pages"))
        bar.setObjectName("pages-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        group = QActionGroup(self)
        for index, name in enumerate(PAGES, 1):
            action = QAction(tr(_PAGE_TITLES[name]), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setToolTip(
                tr("{page} (Ctrl+{number})").format(page=tr(_PAGE_TITLES[name]), number=index)
            )
            action.triggered.connect(lambda _=False, n=name: self.show_page(n))
            group.addAction(action)
            bar.addAction(action)
            self.view_menu.addAction(action)
            self._page_actions[name] = action
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.sync_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _placeholder(self, name: str) -> QWidget:
        label = QLabel(tr(_PAGE_TITLES[name]))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(tr("{page} page").format(page=tr(_PAGE_TITLES[name])))
        label.setObjectName(f"page-{name}")
        return label

    def page(self, name: str) -> QWidget:
        """The page widget, built now if it was not yet."""
        if name not in self._built:
            self._built.add(name)
            made = self._e2_page(name)
            if made is not None:
                old = self._page_widgets[name]
                index = self.pages.indexOf(old)
                self.pages.insertWidget(index, made)
                if self.pages.currentWidget() is old:
                    self.pages.setCurrentWidget(made)
                self.pages.removeWidget(old)
                old.deleteLater()
                self._page_widgets[name] = made
        return self._page_widgets[name]

    def _e2_page(self, name: str) -> QWidget | None:
        """The dashboard/health pages live in their own modules; placeholders until they exist."""
        try:
            if name == "health":
                mod = importlib.import_module("permoney_desktop.ui.pages.health_page")
                return mod.HealthPage(self._health_inputs)
            if name in ("budget", "forecast"):
                mod = importlib.import_module(f"permoney_desktop.ui.pages.{name}_page")
                return mod.for_window(self)
            if name in ("dashboard", "reports"):
                mod = importlib.import_module(f"permoney_desktop.ui.pages.{name}_page")
                page = (
                    mod.DashboardPage(self.ledger, balances=self.book)
                    if name == "dashboard"
                    else mod.ReportsPage(self.ledger)
                )
                if hasattr(page, "background"):
                    page.background = self.background
                self.bus.applied.connect(page.on_applied)
                self.bridge.metrics_updated.connect(page.on_metrics_updated)
                page.filter_requested.connect(self._open_card_filter)
                return page
        except ImportError:
            return None
        except Exception:
            log.exception("the %s page failed to build; showing a placeholder", name)
            return None
        return None

    def _health_inputs(self) -> Any:
        mod = importlib.import_module("permoney_desktop.ui.pages.health_page")
        jobs = None
        health = getattr(self.worker, "health", None)
        if callable(health):
            try:
                jobs = health().to_dict()
            except Exception:
                log.exception("worker health report failed")
        cache = importlib.import_module("permoney_desktop.ui.pages.dashboard_page")
        accounts = self.book.accounts()
        waiting = sum(1 for a in accounts if self.book.is_provisional(a.id))
        return mod.HealthInputs(
            jobs=jobs,
            cache=mod.cache_inputs(cache.shared_cache(self.ledger)),
            optimistic=self.stats.snapshot(),
            extra={"balances": {"accounts": len(accounts), "waiting": waiting}},
        )

    # -- pages -----------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        if name not in self._page_widgets:
            raise ValueError(f"unknown page {name!r}")
        self._page_actions[name].setChecked(True)
        if self.sidebar.is_empty():
            self.pages.setCurrentWidget(self.empty_state)
        else:
            self.pages.setCurrentWidget(self.page(name))
        if name == "forecast":  # the account the register shows, when it shows one
            getattr(self.page(name), "select_account", lambda _a: None)(
                self.register_model.query.account_id or self.sidebar.current_account()
            )

    def current_page(self) -> str:
        widget = self.pages.currentWidget()
        for name, page in self._page_widgets.items():
            if page is widget:
                return name
        return "empty"

    def _open_card_filter(self, card_filter: Any) -> None:
        """A dashboard card or chart click: the register filtered to what the figure counts."""
        self.register_page.apply_figure_filter(card_filter)
        self.sidebar.select_account(None)
        self.show_page("register")

    def open_account(self, account_id: int | None) -> None:
        acc = None if account_id is None else AccountId(account_id)
        self.register_page.show_account(acc)
        self.sidebar.select_account(acc)
        self.show_page("register")

    def attach_worker(self, worker: WorkerControl | None) -> None:
        """The worker, once started (after the window is shown): queued requests go out."""
        if worker is None:
            return
        self.worker = worker
        self.wake.attach(worker)
        self.worker_attached.emit()

    # -- actions ---------------------------------------------------------------------------

    def undo(self) -> None:
        undo_ops.undo(self.writer)

    def redo(self) -> None:
        undo_ops.redo(self.writer)

    def _update_undo_actions(self) -> None:
        undo_label, redo_label = reads.undo_labels(self.ledger)
        self.undo_action.setText(
            tr("Undo {action}").format(action=say(undo_label)) if undo_label else tr("Undo")
        )
        self.undo_action.setEnabled(bool(undo_label))
        self.redo_action.setText(
            tr("Redo {action}").format(action=say(redo_label)) if redo_label else tr("Redo")
        )
        self.redo_action.setEnabled(bool(redo_label))

    def new_entry(self) -> None:
        if self.sidebar.is_empty():
            return
        self.show_page("register")
        self.register_page.focus_new_entry()

    def find_entries(self) -> None:
        if self.sidebar.is_empty():
            return
        self.show_page("register")
        self.register_page.focus_search()

    def sync_now(self) -> None:
        self.wake.flush()
        if self.worker is None:
            self.statusBar().showMessage(tr("The background worker is not running."), 5000)
            return
        try:
            self.worker.sync_now()
        except Exception as exc:
            self.show_error(tr("Sync could not start: {error}").format(error=say(exc)))

    def _set_paused(self, paused: bool) -> None:
        if self.worker is None:
            return
        (self.worker.pause if paused else self.worker.resume)()
        self.tray.set_paused(paused)

    def import_file(self) -> None:
        import_actions.open_import_wizard(self)

    def _dialog(self, module: str, cls: str) -> Any:
        return getattr(importlib.import_module(f"permoney_desktop.ui.dialogs.{module}"), cls)

    def open_history(self) -> None:
        """Edit → History…: who did what (``ui/dialogs/history_dialog.py``)."""
        self._dialog("history_dialog", "HistoryDialog")(self.ledger, self.writer, self).exec()

    def new_transfer(self) -> None:
        dialog = self._dialog("transfer_dialog", "TransferDialog")(
            self.book, self.writer, self.sidebar.current_account(), self
        )
        dialog.exec()

    def set_balance(self) -> None:
        dialog = self._dialog("valuation_dialog", "ValuationDialog")(
            self.book, self.writer, self.register_model.query.account_id, self
        )
        dialog.exec()

    def reconcile(self) -> None:
        acc = self.register_model.query.account_id or self.sidebar.current_account()
        if acc is None:
            self.statusBar().showMessage(tr("Open an account's register to reconcile it."), 4000)
            return
        self._dialog("reconcile_dialog", "ReconcileDialog")(self.writer, acc, self).exec()

    def new_account(self) -> None:
        dialog = self._dialog("account_dialog", "AccountDialog")(self.book, self.writer, None, self)
        dialog.exec()

    def edit_account(self, account_id: int) -> None:
        dialog = self._dialog("account_dialog", "AccountDialog")(
            self.book, self.writer, AccountId(account_id), self
        )
        dialog.exec()

    def edit_current_account(self) -> None:
        acc = self.register_model.query.account_id or self.sidebar.current_account()
        if acc is None:
            self.statusBar().showMessage(tr("Select an account first."), 4000)
            return
        self.edit_account(int(acc))

    def manage_categories(self) -> None:
        self._dialog("categories_dialog", "CategoriesDialog")(self.ledger, self.writer, self).exec()

    def manage_rates(self) -> None:
        self._dialog("rates_dialog", "RatesDialog")(self.ledger, self.writer, self).exec()

    def open_settings(self) -> None:
        try:
            dialog = self._dialog("settings_dialog", "SettingsDialog")(self.ledger, self)
        except ImportError:
            return
        dialog.newest_first_changed.connect(self.register_page.set_newest_first)
        dialog.split_amounts_changed.connect(self.register_page.set_split_amounts)
        dialog.applied.connect(self.apply_book_settings)
        dialog.exec()

    def apply_book_settings(self, changes: dict[str, Any]) -> None:
        """Book settings changed in Settings reach the open window: a new base currency
        re-reads every figure (the metrics cached in the old one are dropped); a new thread
        count restarts the worker's threads."""
        if BASE_CURRENCY_SETTING in changes:
            reads_mod = importlib.import_module("permoney_desktop.ui.pages.metric_reads")
            reads_mod.shared_cache(self.ledger).clear()
            self.refresh()
            for name in ("dashboard", "reports"):
                if name in self._built:
                    page = self._page_widgets[name]
                    refresh = getattr(page, "refresh", None)
                    if callable(refresh):
                        refresh()
            if self.worker is not None:
                self.wake.sync_all()
        threads = changes.get(THREADS_SETTING)
        set_threads = getattr(self.worker, "set_threads", None)
        if threads is not None and callable(set_threads):
            try:
                set_threads(int(threads))
            except Exception as exc:
                self.show_error(
                    tr("The worker could not change its thread count: {error}").format(
                        error=say(exc)
                    )
                )

    def open_shortcuts(self) -> None:
        mod = importlib.import_module("permoney_desktop.ui.help_dialogs")
        mod.ShortcutsDialog(self).exec()

    def open_guide(self) -> None:
        mod = importlib.import_module("permoney_desktop.ui.help_dialogs")
        mod.GuideDialog(self).exec()

    def open_about(self) -> None:
        mod = importlib.import_module("permoney_desktop.ui.about_dialog")
        mod.AboutDialog(self.ledger.paths, self).exec()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    # -- refresh ---------------------------------------------------------------------------

    def _on_sync_completed(self, account_id: int, version: int, summary: object) -> None:
        self.book.reconcile(AccountId(account_id), version, summary)
        self.tray.on_sync_completed(account_id, version, summary)

    def _on_applied(self, applied: Applied) -> None:
        changes = applied.changes
        if ChangeKind.ACCOUNTS in changes.kinds:
            was_empty = self.sidebar.is_empty()
            self.accounts_model.rebuild()
            if was_empty and not self.sidebar.is_empty():
                self.show_page(self._checked_page())
        if ChangeKind.ENTRIES in changes.kinds:
            delta = applied.count_delta
            if delta is not None and self._entry_count is not None:
                self._entry_count += sum(delta.values())
                self._count_generation += 1
            else:
                self._recount_entries()
        self._update_status()

    def _recount_entries(self) -> None:
        self._count_generation += 1
        self._entry_count = None  # unknown until counted: later writes recount too
        generation = self._count_generation

        def counted(n: int) -> None:
            if generation != self._count_generation:
                return  # a write landed meanwhile: a newer count is on its way
            self._entry_count = n
            self._update_status()

        self.background.run(lambda: reads.entry_count(self.ledger), counted)

    def _update_status(self) -> None:
        n_accounts = self.accounts_model.account_count()
        count = self._entry_count
        entries = tr("… entries") if count is None else tr("%Ln entries", None, count)
        accounts = tr("%n accounts", None, n_accounts)
        self.status_label.setText(f"{accounts} · {entries} · {self.book.base_currency}")

    def refresh(self) -> None:
        """Everything afresh (after demo data or an external change to the whole book)."""
        self.book.reload()
        self.accounts_model.rebuild()
        self.register_model.refresh_completions(payees=True)
        self.register_model.set_query(self.register_model.query)
        self._recount_entries()
        self._update_status()
        self._update_undo_actions()

    def _checked_page(self) -> str:
        return next((n for n, a in self._page_actions.items() if a.isChecked()), "dashboard")

    def _fill_demo(self) -> None:
        """ "Try demo data": a demo household in a book of its own, after asking (the user's
        book is never filled with it)."""
        self.books.open_demo()

    def fill_demo_here(self) -> None:
        """Demo data in this (empty) book: for scripts and tests that want a full window."""
        if demo_ops.fill_demo(self.writer, self.refresh, transactions=5000, years=3) is None:
            return
        self.show_page(self._checked_page())

    # -- life cycle ------------------------------------------------------------------------

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _quit(self) -> None:
        self._quitting = True
        self.wake.flush()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wake.flush()
        if not self._quitting and self.tray.keeps_app_alive():
            event.ignore()
            self.hide()
            return
        event.accept()
        app = QApplication.instance()
        if app is not None and not self._quitting:
            app.quit()

    def save_screenshot(self, path: Path) -> int:
        """Render the window offscreen to ``path`` (PNG); returns a process exit code."""
        self.show()
        app = QApplication.instance()
        assert app is not None
        # Pages load their figures in the background: a screenshot shows them loaded, not the
        # "Loading figures…" placeholder (bounded, so a stuck read cannot hang the command).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            app.processEvents()
            if self.background.wait(0.05):
                app.processEvents()
                if self.background.wait(0):
                    break
        for _ in range(5):
            app.processEvents()
        ok = self.grab().save(str(path), "PNG")
        return 0 if ok else 1
