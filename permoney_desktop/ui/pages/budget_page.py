"""The budget page: one month like a spreadsheet — to budget at the top, categories grouped by
parent × budgeted / spent / available, a budget-against-actual chart and the goals beside it.

Typing a budget writes it (one undo step) and shows the new figures in the same event-loop turn
(``BudgetModel``, the worker's function); the worker's figures for the same inputs confirm them.
Enter or Tab moves down; Page Up/Down change the month; the context menu moves money, applies
templates and chooses how a category's overspending is handled.

Over 600 lines: the page's layout, its context menu and its reads share the model and the
table; the goals (``budget_goals.py``), the chart and the model live in their own modules.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.budget_templates import Template, TemplateKind
from permoney_desktop.domain.budgets import BudgetMode, MonthFigures, Overspend
from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.periods import add_months
from permoney_desktop.services.budget_book import empty_book
from permoney_desktop.ui import theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.background import Background
from permoney_desktop.ui.first_paint import paint_gate
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.models.budget_model import (
    AVAILABLE,
    BUDGETED,
    CATEGORY,
    CATEGORY_ID_ROLE,
    GOAL_ROLE,
    SPENT,
    BudgetModel,
    parse_amount,
)
from permoney_desktop.ui.operations import budgets as budget_ops
from permoney_desktop.ui.pages.budget_goals import GoalsPanel, open_goal_dialog
from permoney_desktop.ui.pages.page_top import page_heading
from permoney_desktop.ui.widgets.budget_chart import BudgetBar, BudgetChart
from permoney_desktop.ui.widgets.figure_delegate import FigureDelegate
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import budgets as budget_service
else:  # the page is built before the first paint; the book is read after it (SQLAlchemy)
    budget_service = lazy_module("permoney_desktop.services.budgets")

log = logging.getLogger(__name__)
PAINT_WAIT_S = 3.0  # at most, as the dashboard's first read (a window opened minimised)

_BUDGET_ONLY = frozenset({ChangeKind.BUDGETS, ChangeKind.GOALS})


def month_title(month: date) -> str:
    """ "December 2026" in the display locale (the Settings' locale: "Dezember 2026")."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


class GoalBarDelegate(QStyledItemDelegate):
    """A category cell with a thin bar along its bottom: the progress of its goal."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        goal = index.data(GOAL_ROLE)
        if goal is None:
            return
        progress = min(float(goal[0]), 1.0)
        rect = option.rect
        colors = theme.palette()
        left, width = rect.left() + 20, max(rect.width() - 28, 10)
        y = rect.bottom() - 3
        painter.save()
        painter.fillRect(QRectF(left, y, width, 2), colors.grid)
        painter.fillRect(QRectF(left, y, width * progress, 2), colors.accent)
        painter.restore()


class BudgetTable(QTableView):
    """Enter or Tab after typing a budget moves down to the next budget cell."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moving = hint in (
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        )
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if moving:
            step = -1 if hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem else 1
            self.move_to_budget(step)

    def move_to_budget(self, step: int) -> None:
        model = self.model()
        row = self.currentIndex().row() + step
        while 0 <= row < model.rowCount():
            index = model.index(row, BUDGETED)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(index)
                return
            row += step


class BudgetPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        writer: Writer,
        *,
        month: date | None = None,
        confirm: Callable[[date], None] | None = None,
        background: Background | None = None,
        painted: threading.Event | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-budget")
        # Set once the window has painted: the first read (and its SQLAlchemy import) waits
        # for it on its pool thread, so it never competes with the first paint.
        self.painted = painted
        self.setAccessibleName(tr("Budget page"))
        self.writer = writer
        self.ledger = writer.ledger
        self.request_confirm = confirm
        self.background = background
        self._stale = False
        self._reads = 0  # edits since the newest background read started
        # With a runner the book is read off the GUI thread (a cold flow index reads every
        # entry once): the page shows at once and its figures follow.
        self.loading = background is not None
        start = month or date.today().replace(day=1)
        book = empty_book(self.ledger) if self.loading else budget_service.read_book(self.ledger)
        self.model = BudgetModel(book, start, self)
        self.model.editor = self._write_budget
        self.model.error.connect(self.status_message)
        self.model.figures_changed.connect(self._show_figures)
        self._build()
        if self.loading:
            self.reload()
        else:
            self.goals.reload(self.model.book, self.model.figures)
        self._show_figures()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(page_heading(tr("Budget")))
        top.addSpacing(16)
        self.prev_button = self._nav("◀", tr("Previous month (Page Up)"), -1)
        self.next_button = self._nav("▶", tr("Next month (Page Down)"), 1)
        self.month_label = QLabel()
        self.month_label.setAccessibleName(tr("Budget month"))
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.month_label.setFont(font)
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addStretch(1)
        self.mode_label = QLabel()
        self.mode_label.setAccessibleName(tr("Budget mode"))
        top.addWidget(self.mode_label)
        outer.addLayout(top)

        self.to_budget_label = QLabel()
        self.to_budget_label.setAccessibleName(tr("To budget"))
        self.to_budget_label.setFont(theme.money_font(scale=1.6, bold=True))
        self.breakdown_label = QLabel()
        self.breakdown_label.setWordWrap(True)
        self.breakdown_label.setAccessibleName(tr("To budget breakdown"))
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setAccessibleName(tr("Overspending rule"))
        outer.addWidget(self.to_budget_label)
        outer.addWidget(self.breakdown_label)
        outer.addWidget(self.rule_label)
        self.uncategorized_label = QLabel()
        self.uncategorized_label.setWordWrap(True)
        self.uncategorized_label.setObjectName("budget-uncategorized")
        self.uncategorized_label.setAccessibleName(tr("Uncategorized spending"))
        self.uncategorized_label.hide()
        outer.addWidget(self.uncategorized_label)
        self._build_table()
        outer.addWidget(self._build_splitter(), 1)
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_month(s))
        self.table.setCurrentIndex(self.model.index(0, BUDGETED))
        if not self.model.flags(self.table.currentIndex()) & Qt.ItemFlag.ItemIsEditable:
            self.table.move_to_budget(1)

    def _build_table(self) -> None:
        self.table = BudgetTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Budget categories"))
        self.table.setItemDelegate(FigureDelegate(self.table))
        self.table.setItemDelegateForColumn(CATEGORY, GoalBarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: sizing to contents would ask every cell again on each
        # edit, and the figures change width only within these bounds.
        money_width = self.fontMetrics().horizontalAdvance("-$000,000.00") + 18
        for col in (BUDGETED, SPENT, AVAILABLE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, money_width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _build_splitter(self) -> QSplitter:
        side = QWidget()
        side.setMinimumWidth(220)
        side.setMaximumWidth(460)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        chart_title = QLabel(tr("Budgeted against spent"))
        chart_title.setFont(theme.money_font(bold=True))
        self.chart = BudgetChart()
        self.chart.fmt = self.model.money
        self.goals = GoalsPanel(self.ledger)
        self.goals.new_requested.connect(self.goal_dialog)
        self.goals.edit_requested.connect(self.edit_goal_dialog)
        self.goals.delete_requested.connect(self.delete_goal)
        self.goals.changed.connect(lambda: self.model.set_goals(self.goals.by_category()))
        side_layout.addWidget(chart_title)
        side_layout.addWidget(self.chart, 3)
        side_layout.addWidget(self.goals, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 240])  # the table first: its four columns need the room
        return self.splitter

    def _nav(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (", maxsplit=1)[0])
        button.clicked.connect(lambda: self.step_month(step))
        return button

    # -- figures -----------------------------------------------------------------------------

    def _show_figures(self) -> None:
        f: MonthFigures = self.model.figures
        money = self.model.money
        self.month_label.setText(month_title(self.model.month))
        if self.loading:
            self.to_budget_label.setText(tr("To budget: loading figures…"))
            return
        envelope = f.mode is BudgetMode.ENVELOPE
        self.mode_label.setText(
            tr("Envelope budgeting: what is left rolls over")
            if envelope
            else tr("Tracking: budgeted against spent, nothing rolls over")
        )
        warn = "  ⚠" if f.to_budget_partial else ""
        self.to_budget_label.setText(
            tr("To budget: {money}{warn}").format(money=money(f.to_budget), warn=warn)
        )
        if f.to_budget < 0:
            color = theme.palette().negative.name()
            self.to_budget_label.setStyleSheet(f"color: {color};")
        else:
            self.to_budget_label.setStyleSheet("")
        parts = [
            tr("Income this month {amount}").format(amount=money(f.income)),
            tr("budgeted {amount}").format(amount=money(f.budgeted)),
        ]
        if envelope and f.overspent_last_month:
            parts.append(
                tr("overspent last month −{amount}").format(amount=money(f.overspent_last_month))
            )
        parts.append(tr("spent {amount}").format(amount=money(f.spent)))
        note = "" if not f.to_budget_partial else tr(" — a missing exchange rate left income out")
        self.breakdown_label.setText(" · ".join(parts) + note)
        self._show_uncategorized()
        carrying = len(self.model.inputs.carry_negative)
        if envelope:
            self.rule_label.setText(
                tr("Overspending is taken from next month's to-budget")
                + (
                    tr(
                        "; categories marked ↻ ({carrying}) carry it as negative available instead."
                    ).format(carrying=carrying)
                    if carrying
                    else tr(" (right-click a category to carry it as negative available instead).")
                )
            )
        else:
            self.rule_label.setText("")
        self._update_chart()
        self.goals.refresh(self.model.figures)

    def _update_chart(self) -> None:
        bars = []
        for row in self.model.rows:
            if row.depth:
                continue
            line = self.model.row_line(row)
            bars.append(BudgetBar(row.label, line.budgeted, line.spent))
        bars.sort(key=lambda b: -max(b.budgeted, b.spent))
        self.chart.set_bars(bars[:12])

    def step_month(self, step: int) -> None:
        self.set_month(add_months(self.model.month, step))

    def set_month(self, month: date) -> None:
        column = max(self.table.currentIndex().column(), BUDGETED)
        category = self.table.currentIndex().data(CATEGORY_ID_ROLE)
        self.model.set_month(month)
        row = self.model.category_row(category) if category is not None else -1
        self.table.setCurrentIndex(self.model.index(max(row, 0), column))

    # -- writes ------------------------------------------------------------------------------

    def _write_budget(self, category_id: int, month: date, amount: int) -> bool:
        self._reads += 1
        ok = budget_ops.set_budget(self.writer, category_id, month, amount, origin=self)
        if ok:
            self._confirm(month)
        return ok

    def _show_uncategorized(self) -> None:
        """Money spent this month with no category: in no envelope, so said beside them."""
        flows = self.model.inputs.flows.get(self.model.month)
        amount = 0 if flows is None else flows.uncategorized
        self.uncategorized_label.setVisible(amount != 0)
        if amount:
            warn = "  ⚠" if flows is not None and flows.uncategorized_partial else ""
            self.uncategorized_label.setText(
                tr(
                    "Uncategorized spending this month: {amount}{warn} — in no envelope, so not "
                    "in “spent” above; give it a category in the register."
                ).format(amount=self.model.money(amount), warn=warn)
            )
            self.uncategorized_label.setStyleSheet(f"color: {theme.palette().amber.name()};")

    def _confirm(self, month: date) -> None:
        if self.request_confirm is not None:
            try:
                self.request_confirm(month)
            except Exception:  # the figures stay provisional; the next edit asks again
                log.exception("could not ask the worker for the budget figures")

    def on_budget_updated(self, month: date, stamp: str, figures: MonthFigures) -> None:
        self.model.confirm(month, stamp, figures)

    def on_applied(self, applied: Applied) -> None:
        kinds = applied.changes.kinds
        if applied.origin is self:
            return  # our own cell edit: shown already (by identity: any other write reloads)
        if kinds & _BUDGET_ONLY and not kinds - _BUDGET_ONLY:
            self.reload(now=True)  # a move, a template or an undo of budgets: cheap to read
            self._confirm(self.model.month)
            return
        self._stale = True
        self.reload()

    def on_metrics_updated(self, _periods: object = None) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # a change arrived while hidden and no refresh has followed yet
            self.reload()

    def reload(self, *, now: bool = False) -> None:
        """Read the book's budget inputs again (off the GUI thread when a runner is given)."""
        self._stale = False
        if now or self.background is None:
            self.model.set_book(budget_service.read_book(self.ledger))
            self.goals.reload(self.model.book, self.model.figures)
            return
        started = self._reads

        def done(book: Any) -> None:
            if self._reads != started:
                self.reload()  # an edit landed meanwhile: these inputs may lack it
                return
            first = self.loading
            self.loading = False
            self.model.set_book(book)
            self.goals.reload(self.model.book, self.model.figures)
            if first:
                self.table.setCurrentIndex(self.model.index(0, BUDGETED))
                self.table.move_to_budget(1)

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.status_message.emit(
                tr(
                    "The budget could not be read ({error}). Your data is safe; try again from "
                    "the Budget page, or see the Health page."
                ).format(error=say(exc))
            )

        def read() -> Any:
            if self.painted is not None:
                self.painted.wait(PAINT_WAIT_S)
            return budget_service.read_book(self.ledger)

        self.background.run(read, done, failed)

    # -- context menu ------------------------------------------------------------------------

    def _selected_categories(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        rows.add(self.table.currentIndex().row())
        ids = []
        for r in sorted(rows):
            if 0 <= r < len(self.model.rows):
                cat = self.model.rows[r].category_id
                if cat is not None:
                    ids.append(cat)
        return ids

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index.siblingAtColumn(max(index.column(), CATEGORY)))
        self.context_menu().popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        cats = self._selected_categories()
        cat = cats[0] if cats else None
        move = menu.addAction(tr("Move money…"), self.move_money_dialog)
        move.setEnabled(cat is not None)
        if cat is not None:
            carry = menu.addAction(tr("Carry overspending into next month as negative"))
            carry.setCheckable(True)
            carry.setChecked(cat in self.model.inputs.carry_negative)
            carry.toggled.connect(lambda on, c=cat: self.set_overspend(c, on))
        menu.addAction(tr("New goal…"), functools.partial(self.goal_dialog, cat))
        if self.goals.statuses:  # from the keyboard too (the menu key on the table)
            edits = menu.addMenu(tr("Edit goal"))
            for goal in self.goals.statuses:
                edits.addAction(goal.name, functools.partial(self.edit_goal_dialog, goal.id))
        templates = menu.addMenu(tr("Apply template"))
        for text, fn in self._template_actions(cats):
            action: QAction = templates.addAction(text, fn)
            needs_categories = (tr("Fixed amount…"), tr("Percent of last month's income…"))
            action.setEnabled(bool(cats) or text not in needs_categories)
        menu.addSeparator()
        mode = self.model.inputs.mode
        other = BudgetMode.TRACKING if mode is BudgetMode.ENVELOPE else BudgetMode.ENVELOPE
        switch = (
            tr("Switch to tracking budgeting")
            if other is BudgetMode.TRACKING
            else tr("Switch to envelope budgeting")
        )
        menu.addAction(switch, lambda: self.set_mode(other))
        return menu

    def _template_actions(self, cats: list[int]) -> list[tuple[str, Callable[[], object]]]:
        def average(months: int) -> Callable[[], object]:
            return lambda: self.apply(Template(TemplateKind.AVERAGE, months=months), cats)

        return [
            (tr("Fixed amount…"), lambda: self._fixed(cats)),
            (tr("Average of the last 3 months"), average(3)),
            (tr("Average of the last 12 months"), average(12)),
            (tr("Percent of last month's income…"), lambda: self._percent(cats)),
            (
                tr("Cover the scheduled amount"),
                lambda: self.apply(Template(TemplateKind.SCHEDULED), cats),
            ),
            (
                tr("Copy last month (every category)"),
                lambda: self.apply(Template(TemplateKind.COPY), []),
            ),
        ]

    def _ask_amount(self, title: str, label: str) -> int | None:
        text, ok = QInputDialog.getText(self, title, label)
        if not ok or not text.strip():
            return None
        try:
            return parse_amount(text, self.model.book.base)
        except AmountError as exc:
            self.status_message.emit(
                tr("{title}: {error}. Type an amount like 250 or 12.50.").format(
                    title=title, error=exc
                )
            )
            return None

    def _fixed(self, cats: list[int]) -> None:
        amount = self._ask_amount(tr("Fixed amount"), tr("Budget for each selected category:"))
        if amount is not None:
            self.apply(Template(TemplateKind.FIXED, amount=amount), cats)

    def _percent(self, cats: list[int]) -> None:
        text, ok = QInputDialog.getText(
            self, tr("Percent of income"), tr("Percent of last month's income:")
        )
        if not ok or not text.strip():
            return
        from permoney_desktop.domain.money import parse_decimal

        try:
            percent = parse_decimal(text.strip().rstrip("%"))
        except AmountError:
            self.status_message.emit(
                tr("Percent of income: {text!r} is not a number.").format(text=text)
            )
            return
        self.apply(Template(TemplateKind.PERCENT, percent=percent), cats)

    def apply(self, template: Template, cats: list[int]) -> None:
        self._reads += 1
        try:
            template.check()
        except DomainError as exc:
            self.status_message.emit(say(exc))
            return
        amounts = budget_ops.apply_template(self.writer, self.model.month, template, cats)
        if amounts == {}:
            self.status_message.emit(
                tr("{template}: nothing to set this month.").format(
                    template=say(template.kind.label)
                )
            )

    def move_money_dialog(self) -> None:
        cats = self._selected_categories()
        if not cats:
            return
        source = cats[0]
        names = self.model.book.names
        others = [e.id for e in self.model.inputs.envelopes if e.id != source]
        labels = [names[c] for c in others]
        target_label, ok = QInputDialog.getItem(
            self,
            tr("Move money"),
            tr("Move from {category} to:").format(category=names[source]),
            labels,
            0,
            False,
        )
        if not ok:
            return
        amount = self._ask_amount(
            tr("Move money"), tr("Amount to move from {category}:").format(category=names[source])
        )
        if amount is not None:
            self.move_money(source, others[labels.index(target_label)], amount)

    def move_money(self, source: int, target: int, amount: int) -> bool:
        self._reads += 1
        return budget_ops.move_money(self.writer, self.model.month, source, target, amount)

    def goal_dialog(self, category_id: int | None = None) -> None:
        open_goal_dialog(self, category_id=category_id)

    def edit_goal_dialog(self, goal_id: int) -> None:
        open_goal_dialog(self, goal_id=goal_id)

    def delete_goal(self, name: str) -> None:
        budget_ops.delete_goal(self.writer, name)

    def set_overspend(self, category_id: int, carry: bool) -> None:
        """One undo step; the page follows its Applied like any budget write."""
        policy = Overspend.CARRY if carry else Overspend.TO_BUDGET
        if budget_ops.set_overspend(self.writer, category_id, policy):
            self.status_message.emit(f"{self.model.book.names[category_id]}: {policy.label}.")

    def set_mode(self, mode: BudgetMode) -> None:
        budget_ops.set_mode(self.writer, mode)  # one undo step


def for_window(window: Any) -> BudgetPage:
    """The page wired to a main window: its writer, buses and worker (kept to these lines so
    the window itself only names the page)."""

    def confirm(month: date) -> None:
        request = getattr(window.worker, "request_budget", None)
        if request is not None:
            request(month)

    page = BudgetPage(
        window.writer, confirm=confirm, background=window.background, painted=paint_gate(window)
    )
    window.bus.applied.connect(page.on_applied)
    window.bridge.metrics_updated.connect(page.on_metrics_updated)
    window.bridge.budget_updated.connect(page.on_budget_updated)
    page.status_message.connect(window.show_error)
    return page
