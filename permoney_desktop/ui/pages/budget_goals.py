"""The goals beside the budget: each with a thin progress bar and the monthly amount it needs.

Category goals (sinking funds) follow the shown figures in the same turn as a budget edit;
account goals are read again when the book changes.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QVBoxLayout, QWidget

from permoney_desktop.domain.budget_goals import GoalStatus, monthly_needed
from permoney_desktop.domain.budgets import MonthFigures
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.money import Money
from permoney_desktop.services.budget_book import BudgetBook
from permoney_desktop.ui import theme
from permoney_desktop.ui.day_format import month_year
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money

if TYPE_CHECKING:
    from permoney_desktop.services import goals as goal_service
    from permoney_desktop.services.ledger import Ledger
else:  # the page is built before the first paint: the services (SQLAlchemy) load on first use
    goal_service = lazy_module("permoney_desktop.services.goals")

log = logging.getLogger(__name__)


def goal_caption(goal: GoalStatus) -> str:
    money = lambda minor: format_money(Money.from_minor(minor, goal.currency))  # noqa: E731
    text = tr("{saved} of {target}").format(
        saved=money(max(goal.current, 0)), target=money(goal.target)
    )
    if goal.reached:
        return text + tr(" · reached")
    if goal.target_date is not None and goal.needed_per_month is not None:
        due = month_year(goal.target_date)
        text += tr(" · {amount} a month until {due}").format(
            amount=money(goal.needed_per_month), due=due
        )
    if goal.partial:
        text += tr(" · ⚠ a missing exchange rate left some of it out")
    return text


class GoalsPanel(QWidget):
    new_requested = Signal()
    edit_requested = Signal(int)  # the goal's id
    delete_requested = Signal(str)  # the goal's name
    changed = Signal()  # the goals or their progress changed

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.ledger = ledger
        self.setAccessibleName(tr("Goals"))
        self.statuses: list[GoalStatus] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(tr("Goals"))
        title.setFont(theme.money_font(bold=True))
        self._layout.addWidget(title)
        self._rows = QVBoxLayout()
        self._layout.addLayout(self._rows)
        self._layout.addStretch(1)
        self.empty = QLabel(tr("No goals yet. Right-click here or on a category: New goal…"))
        self.empty.setWordWrap(True)
        self._widgets: list[tuple[QLabel, QProgressBar, QLabel]] = []

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(tr("New goal…"), self.new_requested.emit)
        for goal in self.statuses:
            menu.addAction(
                tr("Edit goal “{name}”…").format(name=goal.name),
                functools.partial(self.edit_requested.emit, goal.id),
            )
        for goal in self.statuses:
            menu.addAction(
                tr("Delete goal “{name}”").format(name=goal.name),
                functools.partial(self.delete_requested.emit, goal.name),
            )
        return menu

    def _menu(self, pos: QPoint) -> None:
        self.context_menu().popup(self.mapToGlobal(pos))

    def reload(self, book: BudgetBook, figures: MonthFigures) -> None:
        try:
            self.statuses = goal_service.goal_statuses(self.ledger, book=book, figures=figures)
        except Exception:
            log.exception("could not read the goals")
            self.statuses = []
        self._rebuild()

    def refresh(self, figures: MonthFigures, today: date | None = None) -> None:
        """Category goals follow ``figures`` (this month's) without reading the book."""
        today = today or date.today()
        if figures.month != today.replace(day=1):
            return
        fresh = []
        for goal in self.statuses:
            if goal.category_id is None:
                fresh.append(goal)
                continue
            line = figures.line(goal.category_id)
            needed = monthly_needed(goal.target, line.available, goal.target_date, today)
            fresh.append(
                dataclasses.replace(
                    goal, current=line.available, partial=line.partial, needed_per_month=needed
                )
            )
        if fresh != self.statuses:
            self.statuses = fresh
            self._update()
            self.changed.emit()

    def _rebuild(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.empty:
                widget.deleteLater()
        self._widgets = []
        if not self.statuses:
            self._rows.addWidget(self.empty)
            self.empty.show()
            return
        self.empty.hide()
        for _g in self.statuses:
            name, bar, caption = QLabel(), QProgressBar(), QLabel()
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setMaximumHeight(6)
            caption.setWordWrap(True)
            caption.setStyleSheet(f"color: {theme.palette().muted.name()};")
            for w in (name, bar, caption):
                self._rows.addWidget(w)
            self._widgets.append((name, bar, caption))
        self._update()

    def by_category(self) -> dict[int, tuple[Decimal, str]]:
        """Category goals as (progress, caption) for their rows in the table."""
        return {
            g.category_id: (
                g.progress,
                tr("Goal “{name}”: {caption}").format(name=g.name, caption=goal_caption(g)),
            )
            for g in self.statuses
            if g.category_id is not None
        }

    def _update(self) -> None:
        self.changed.emit()
        for goal, (name, bar, caption) in zip(self.statuses, self._widgets, strict=False):
            name.setText(goal.name)
            bar.setValue(min(1000, int(goal.progress * 1000)))
            bar.setAccessibleName(
                tr("{name}: {percent}% saved").format(
                    name=goal.name, percent=int(goal.progress * 100)
                )
            )
            caption.setText(goal_caption(goal))


def open_goal_dialog(
    page: Any, *, category_id: int | None = None, goal_id: int | None = None
) -> None:
    """The goal dialog over the budget ``page``: a new goal (for ``category_id``), or the goal
    ``goal_id`` as stored, to edit."""
    from permoney_desktop.ui.dialogs.goal_dialog import GoalDialog

    goal = None
    if goal_id is not None:
        try:
            goal = (goal_id, goal_service.goal_fields(page.ledger, goal_id))
        except DomainError as exc:  # deleted meanwhile (another window, an undo)
            page.status_message.emit(say(exc))
            return
    writer = page.writer
    accounts = {int(a.id): a.name for a in writer.book.accounts() if not a.archived}
    dialog = GoalDialog(
        writer,
        page.model.book.base,
        page.model.book.names,
        accounts,
        category_id=category_id,
        goal=goal,
        parent=page,
    )
    dialog.open()
