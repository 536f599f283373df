"""Scheduled transactions in the main window.

``install(window)`` adds Edit → Schedules… (Ctrl+Shift+S) and puts the strip of upcoming
occurrences (greyed, next 30 days, overdue reminders first) under the register; ``start``
(once the app has booted) runs the catch-up and then again every ten minutes (it writes only
when something is due, so a day change while the app is open posts that day's occurrences).
The controller carries out the per-occurrence actions of any upcoming view: post now, skip,
edit this and later, edit the schedule.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.schedules import Pending
from permoney_desktop.domain.typed_dates import DateInputError
from permoney_desktop.ui import theme
from permoney_desktop.ui.app_window import AppWindow
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.models.upcoming_model import UpcomingModel
from permoney_desktop.ui.operations import schedules as ops
from permoney_desktop.ui.server_quiet import guarded
from permoney_desktop.ui.widgets.upcoming_view import UpcomingView

if TYPE_CHECKING:
    from permoney_desktop.services import categories as category_service
    from permoney_desktop.services import schedules as schedule_service
else:
    category_service = lazy_module("permoney_desktop.services.categories")
    schedule_service = lazy_module("permoney_desktop.services.schedules")

SHORTCUT = "Ctrl+Shift+S"
CATCH_UP_EVERY_MS = 10 * 60 * 1000
STRIP_ROWS = 5
_CONTROLLER = "permoney_schedule_actions"


class ScheduleActions(QObject):
    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(tr("Schedules…"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda _=False: self.open_dialog())
        window.addAction(self.action)
        self.timer = QTimer(self)
        self.timer.setInterval(CATCH_UP_EVERY_MS)
        self.timer.timeout.connect(guarded(window.ledger, self.catch_up))
        self.strip: UpcomingView | None = None

    def today(self) -> date:
        return date.today()

    # -- the catch-up ----------------------------------------------------------------------

    def catch_up(self) -> int:
        posted = ops.run_catch_up(self.window.writer, self.today())
        if posted:
            self.window.statusBar().showMessage(
                tr("Posted %n scheduled transactions (Ctrl+Z undoes them)", None, posted),
                10000,
            )
        return posted

    # -- views -----------------------------------------------------------------------------

    def connect_view(self, view: UpcomingView) -> None:
        view.post_requested.connect(self.post)
        view.skip_requested.connect(self.skip)
        view.split_requested.connect(self.split)
        view.edit_requested.connect(lambda p: self.open_dialog(int(p.schedule.id)))

    def install_strip(self) -> None:
        """The upcoming rows under the register: its columns and widths, its account."""
        register_page = getattr(self.window, "register_page", None)
        page_layout = None if register_page is None else register_page.layout()
        if register_page is None or page_layout is None:
            return
        title = QLabel(tr("Upcoming · scheduled, not in any balance yet"))
        title.setObjectName("register-upcoming-title")
        title.setStyleSheet(f"color: {theme.palette().muted.name()}")
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(title)
        strip = _Strip(self.window, register_page.table, holder)
        layout.addWidget(strip.view)
        page_layout.addWidget(holder)
        self.connect_view(strip.view)
        self.strip = strip.view

    # -- per-occurrence actions ------------------------------------------------------------

    def post(self, p: Pending, dated_today: bool) -> None:
        ops.post_occurrence(
            self.window.writer,
            int(p.schedule.id),
            self.today(),
            p.occurrence.nominal,
            on=self.today() if dated_today else None,
        )

    def skip(self, p: Pending) -> None:
        ops.skip_occurrence(
            self.window.writer, int(p.schedule.id), self.today(), p.occurrence.nominal
        )

    def split(self, p: Pending) -> None:
        """Edit this and later: the form starts on this occurrence with the same rule."""
        from dataclasses import replace

        from permoney_desktop.ui.dialogs.schedule_form import ScheduleForm

        s = p.schedule
        ledger = self.window.ledger
        form = ScheduleForm(
            self.window.book.accounts(),
            category_service.list_categories(ledger),
            self.today(),
        )
        carried = schedule_service.carried_rule(s.recurrence, p.occurrence.nominal)
        form.load(replace(s, recurrence=carried))
        form.name.setEnabled(False)
        form.mode.setEnabled(False)
        dialog = QDialog(self.window)
        dialog.setWindowTitle(
            tr("Change {name} from {nominal} on").format(name=s.name, nominal=p.occurrence.nominal)
        )
        error = QLabel()
        error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(tr("Earlier occurrences keep the schedule as it is.")))
        layout.addWidget(form)
        layout.addWidget(error)
        layout.addWidget(buttons)
        buttons.rejected.connect(dialog.reject)

        def ok() -> None:
            try:
                v = form.values()
            except (DomainError, DateInputError) as exc:
                error.setText(say(exc))
                return
            done = ops.split_schedule(
                self.window.writer,
                int(s.id),
                p.occurrence.nominal,
                template=v.template,
                rule=v.rule,
            )
            if done is not None:
                dialog.accept()

        buttons.accepted.connect(ok)
        form.amount.setFocus()
        dialog.exec()

    def open_dialog(self, schedule_id: int | None = None) -> QDialog:
        from permoney_desktop.ui.dialogs.schedules_dialog import SchedulesDialog

        dialog = SchedulesDialog(self.window, self.today())
        self.connect_view(dialog.upcoming_view)
        if schedule_id is not None:
            dialog.select_schedule(schedule_id)
        dialog.open()
        return dialog


def controller(window: AppWindow) -> ScheduleActions | None:
    found = window.property(_CONTROLLER)
    return found if isinstance(found, ScheduleActions) else None


def _edit_menu(window: AppWindow) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == tr("&Edit"):
            return menu
    return None


def install(window: AppWindow) -> ScheduleActions:
    """Add the schedule actions and the upcoming strip to ``window`` (once). Reads only: a
    screenshot installs them too, and must write nothing."""
    existing = controller(window)
    if existing is not None:
        return existing
    actions = ScheduleActions(window)
    window.setProperty(_CONTROLLER, actions)
    menu = _edit_menu(window)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(actions.action)
    actions.install_strip()
    return actions


def start(window: AppWindow) -> ScheduleActions:
    """Once the app has booted: the catch-up now, then every ten minutes."""
    actions = install(window)
    if not actions.timer.isActive():
        QTimer.singleShot(0, guarded(window.ledger, actions.catch_up))
        actions.timer.start()
    return actions


class _Strip(QObject):
    """The strip's view kept in step with the register. Its slots are methods of this child
    of the view, so Qt drops every connection when the view goes (signals of the register,
    its header and the change bus outlive it in tests and on book switches)."""

    def __init__(self, window: AppWindow, table: QTableView, holder: QWidget) -> None:
        model = UpcomingModel(window.ledger)
        self.view = UpcomingView(model, holder)
        super().__init__(self.view)
        model.setParent(self.view)
        self.model = model
        self.table = table
        self.holder = holder
        self.register = window.register_model
        view = self.view
        view.setObjectName("register-upcoming")
        view.horizontalHeader().hide()
        # The register's widths, set from its header (not the contents).
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        model.modelReset.connect(self.fit)
        self.register.modelReset.connect(self.follow)
        header = table.horizontalHeader()
        header.sectionResized.connect(self.widths)
        # Stretched sections change without sectionResized when the window is resized.
        header.geometriesChanged.connect(self.widths)
        QTimer.singleShot(0, self, self.widths)
        window.writer.bus.applied.connect(model.on_applied)
        model.columns = tuple(self.register.columns)
        model.account_id = self.register.query.account_id
        model.refresh()

    def widths(self, *_args: object) -> None:
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            self.view.setColumnWidth(col, header.sectionSize(col))

    def fit(self) -> None:
        # The register's own row height: the strip reads as more rows of the same table.
        rows_height = self.table.verticalHeader().defaultSectionSize()
        self.view.verticalHeader().setDefaultSectionSize(rows_height)
        rows = self.model.rowCount()
        self.holder.setVisible(rows > 0)
        self.view.setFixedHeight(2 + rows_height * min(rows, STRIP_ROWS))
        self.widths()

    def follow(self) -> None:
        self.model.columns = tuple(self.register.columns)
        self.model.set_account(self.register.query.account_id)
        self.model.refresh()
