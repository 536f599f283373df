"""The register page: filters, the lazily paged entries table, and keyboard-first editing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.category_paths import join_path, shown_path, split_path
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import CategoryInfo
from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId, TagId
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.typed_dates import HINT, DateInputError, parse_typed_date
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.pages import register_filters
from permoney_desktop.ui.pages.register_filters import FilterBar
from permoney_desktop.ui.register_columns import ColumnSizer, register_kind
from permoney_desktop.ui.register_order import (
    NEWEST_FIRST_KEY,
    SPLIT_AMOUNTS_KEY,
    newest_first_setting,
    split_amounts_setting,
)
from permoney_desktop.ui.widgets.completing_edit import CompletingEdit
from permoney_desktop.ui.widgets.date_edit import DateEdit, locale_order
from permoney_desktop.ui.widgets.figure_delegate import FigureDelegate, money_font_for
from permoney_desktop.ui.widgets.loan_panel import LoanPanel
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.widgets.type_ahead_combo import TypeAheadCombo

if TYPE_CHECKING:
    from permoney_desktop.services import categories as category_service
    from permoney_desktop.ui.operations import reference
else:  # the category writes reach SQLAlchemy: imported when first asked (see ui.lazy_import)
    category_service = lazy_module("permoney_desktop.services.categories")
    reference = lazy_module("permoney_desktop.ui.operations.reference")

Index = QModelIndex | QPersistentModelIndex
_LEAVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EditDelegate(QStyledItemDelegate):
    """Editors per column: a date picker, completers for payees/categories/tags, money."""

    def __init__(self, model: RegisterModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name = self.model.columns[index.column()]
        if name == rm.DATE:
            return DateEdit(parent=parent, calendar=False)
        if name == rm.ACCOUNT:
            combo = TypeAheadCombo(parent)
            for st in self.model.book.accounts():
                if not st.archived:
                    combo.addItem(st.name, int(st.id))
            combo.setAccessibleName(tr("Account"))
            return combo
        if name in rm.MONEY_COLUMNS:
            edit = MoneyEdit(parent)
            if name != rm.AMOUNT:
                edit.setPlaceholderText("12.34")
                edit.setAccessibleName(name.capitalize())
            return edit
        words: list[str] = []
        if name == rm.PAYEE:
            words = list(self.model.completions.payees)
        elif name == rm.CATEGORY:
            words = [n for _i, n in self.model.completions.categories]
        elif name == rm.TAGS:
            words = [n for _i, n in self.model.completions.tags]
        line = CompletingEdit(words, parent, paths=name == rm.CATEGORY)
        line.setAccessibleName(name.capitalize())
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateEdit):
            editor.set_date(value if isinstance(value, date) else editor.today())
            editor.selectAll()
        elif isinstance(editor, QComboBox):
            pos = editor.findData(int(value or 0))
            editor.setCurrentIndex(max(pos, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A date that is not one keeps its editor open on Tab/Enter, with the reason in the
        # status bar: what was typed is never dropped for a guess.
        if (
            isinstance(watched, DateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LEAVE_KEYS
        ):
            try:
                watched.date()
            except DateInputError as exc:
                self.model.error.emit(say(exc))
                return True
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        if isinstance(editor, DateEdit):
            try:
                value: object = editor.date()
            except DateInputError as exc:
                self.model.error.emit(say(exc))
                return
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, MoneyEdit):
            if not editor.text().strip():
                return
            try:
                value = editor.amount()
            except AmountError as exc:
                self.model.error.emit(say(exc))
                return
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        self.model.setData(index, value, Qt.ItemDataRole.EditRole)


class RegisterTable(QTableView):
    delete_requested = Signal()
    commit_requested = Signal()
    cancel_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_requested.emit()
            return
        if not editing and event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
            return
        super().keyPressEvent(event)


class RegisterPage(QWidget):
    status_message = Signal(str)
    account_requested = Signal(int)  # the context menu's "go to the other side"

    def __init__(self, model: RegisterModel, *, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("page-register")
        self.setAccessibleName(tr("Register page"))
        self.model = model
        self.settings = settings or QSettings()
        self.title = QLabel(tr("All accounts"))
        self.title.setObjectName("register-title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        # The account's opening balance: it is no entry, so no row shows it; the running
        # balance of the first row starts from it.
        self.opening = QLabel()
        self.opening.setObjectName("register-opening")
        self.opening.setAccessibleName(tr("Opening balance"))
        self.summary = QLabel()
        self.summary.setFont(theme.money_font(self.summary.font()))
        self.summary.setAccessibleName(tr("Register summary"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search payee, notes, category (Ctrl+F)"))
        self.search.setAccessibleName(tr("Search entries"))
        self.search.setClearButtonEnabled(True)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(tr("From date"))
        self.date_from.setToolTip(tr("Entries from this date on: {hint}").format(hint=say(HINT)))
        self.date_from.setAccessibleName(tr("From date"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(tr("To date"))
        self.date_to.setToolTip(tr("Entries up to this date: {hint}").format(hint=say(HINT)))
        self.date_to.setAccessibleName(tr("To date"))
        for w in (self.date_from, self.date_to):
            w.setMaximumWidth(112)
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Category filter"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(tr("Tag filter"))
        self.amount_min = MoneyEdit()
        self.amount_min.setPlaceholderText(tr("min"))
        self.amount_min.setAccessibleName(tr("Minimum amount"))
        self.amount_max = MoneyEdit()
        self.amount_max.setPlaceholderText(tr("max"))
        self.amount_max.setAccessibleName(tr("Maximum amount"))
        self.amount_min.setToolTip(tr("Entries of at least this size, money out or in"))
        self.amount_max.setToolTip(tr("Entries of at most this size, money out or in"))
        for w in (self.amount_min, self.amount_max):
            w.setMaximumWidth(90)
        # At 1024 px the lists' longest names squeezed the search box to "S…": the lists
        # take a modest width (their popups still show whole names); the search keeps room.
        for combo in (self.category, self.tag):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.search.setMinimumWidth(150)
        self._fill_filter_combos()
        self.filter_bar = FilterBar()
        self.filter_bar.figure_removed.connect(self.remove_figure_filter)
        self.filter_bar.clear_requested.connect(self.clear_filters)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.apply_filters)
        for edit in (self.search, self.date_from, self.date_to, self.amount_min, self.amount_max):
            edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.category.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.tag.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.table = RegisterTable()
        self.table.setObjectName("register-table")
        self.table.setAccessibleName(tr("Entries"))
        self.table.setModel(model)
        # A confirmation changes only the provisional mark, never a value: repaint the
        # balance column, no dataChanged (so nothing blinks, and no other cell is redrawn).
        model.book.states_changed.connect(self._repaint_balances)
        # The worker's confirmation changes only the mark beside the header's balance.
        model.book.states_changed.connect(lambda _ids: self._update_summary())
        self.table.setItemDelegate(_EditDelegate(model, self.table))
        self._money_delegate = _MoneyColumnDelegate(model, self.table)
        self._figure_delegate = FigureDelegate(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(max(22, self.fontMetrics().height() + 8))
        vh.setVisible(False)
        self.column_sizer = ColumnSizer(self.table, self.settings)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._on_sort)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.commit_requested.connect(self._commit)
        self.table.cancel_requested.connect(model.cancel_draft)
        model.modelReset.connect(self._after_reset)
        model.entry_added.connect(lambda _id: self.focus_new_entry(edit=False))
        model.error.connect(self.status_message)
        # Offered after the editor has closed (a question inside its commit would nest).
        model.unknown_category.connect(
            lambda row, path: QTimer.singleShot(0, lambda: self.offer_category(row, path))
        )
        model.dataChanged.connect(lambda *_a: self._update_summary())
        preferences.follow_locale(self, self._update_summary)
        model.rowsInserted.connect(lambda *_a: self._update_summary())
        model.rowsRemoved.connect(lambda *_a: self._update_summary())

        self.duplicate_action = QAction(tr("Duplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.addAction(self.duplicate_action)
        self.split_action = QAction(tr("Split…"), self)
        self.split_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.split_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.split_action.triggered.connect(self.split_current)
        self.addAction(self.split_action)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.tag)
        filters.addWidget(self.amount_min)
        filters.addWidget(self.amount_max)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(10)
        head.addWidget(self.opening)
        head.addStretch()
        head.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(head)
        self.loan_panel = LoanPanel(model.writer, self)
        layout.addWidget(self.loan_panel)
        layout.addLayout(filters)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        model.set_split_amounts(split_amounts_setting(self.settings))
        if newest_first_setting(self.settings) != model.newest_first:
            model.set_newest_first(not model.newest_first)  # resets: _after_reset follows
        else:
            self._after_reset()

    # -- filters ---------------------------------------------------------------------------

    def _fill_filter_combos(self) -> None:
        comp = self.model.completions
        for combo, items, label in (
            (self.category, comp.categories, tr("All categories")),
            (self.tag, comp.tags, tr("All tags")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for item_id, name in items:
                combo.addItem(name, int(item_id))
            pos = combo.findData(current)
            combo.setCurrentIndex(max(pos, 0))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        def day(edit: QLineEdit) -> date | None:
            text = edit.text().strip()
            if not text:
                return None
            try:
                return parse_typed_date(text, today=date.today(), order=locale_order())
            except DateInputError as exc:
                self.status_message.emit(f"{edit.accessibleName()}: {say(exc)}")
                return None

        def minor(edit: MoneyEdit) -> int | None:
            try:
                value = edit.amount()
            except AmountError:
                return None
            if value is None:
                return None
            return Money(value, str(self.model.ledger.base_currency)).minor_units

        cat = self.category.currentData()
        tag = self.tag.currentData()
        q = replace(
            self.model.query,
            text=self.search.text().strip(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            category_id=None if cat is None else CategoryId(int(cat)),
            tag_id=None if tag is None else TagId(int(tag)),
            amount_min=minor(self.amount_min),
            amount_max=minor(self.amount_max),
        )
        if q != self.model.query:
            self.model.set_query(q)

    def _boxes(self) -> tuple[QWidget, ...]:
        return (
            self.search,
            self.date_from,
            self.date_to,
            self.category,
            self.tag,
            self.amount_min,
            self.amount_max,
        )

    def _set_boxes(self, date_from: date | None = None, date_to: date | None = None) -> None:
        """Show a filter set in code in the boxes (the rest emptied), without re-filtering."""
        for box in self._boxes():
            box.blockSignals(True)
        try:
            self.search.clear()
            self.date_from.setText("" if date_from is None else format_day(date_from))
            self.date_to.setText("" if date_to is None else format_day(date_to))
            self.category.setCurrentIndex(0)
            self.tag.setCurrentIndex(0)
            self.amount_min.clear()
            self.amount_max.clear()
        finally:
            for box in self._boxes():
                box.blockSignals(False)

    def apply_figure_filter(self, flt: object) -> None:
        """A dashboard figure's rows (``services.metrics.CardFilter``), all accounts: its
        dates in the date boxes, the rest as a chip; every earlier filter is dropped."""
        self._filter_timer.stop()
        q = register_filters.figure_query(self.model.query, flt)
        self._set_boxes(q.date_from, q.date_to)
        self.model.set_query(q)

    def remove_figure_filter(self) -> None:
        """The chip's ✕: the figure's narrowing goes, the boxes' filters stay."""
        self.model.set_query(register_filters.without_figure(self.model.query))

    def clear_filters(self) -> None:
        """Every filter off (the account and the order stay)."""
        self._filter_timer.stop()
        self._set_boxes()
        q = self.model.query
        self.model.set_query(
            reads.RegisterQuery(account_id=q.account_id, sort=q.sort, descending=q.descending)
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_account(self, account_id: AccountId | None) -> None:
        """Another account's register. A dashboard figure's filter (and its dates) ends here:
        it counted all accounts, and kept on one it hid most of its entries."""
        q = self.model.query
        if q.from_figure:
            self._filter_timer.stop()
            self._set_boxes()
            q = reads.RegisterQuery(sort=q.sort, descending=q.descending)
        if account_id != q.account_id or q != self.model.query:
            self.model.set_query(replace(q, account_id=account_id))

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)

    def set_newest_first(self, newest_first: bool) -> None:
        """The Settings choice: date order with the newest (or oldest) entry on top."""
        self.settings.setValue(NEWEST_FIRST_KEY, newest_first)
        self.model.set_newest_first(newest_first)

    def set_split_amounts(self, split: bool) -> None:
        """The Settings choice: Payment and Deposit columns, or one signed Amount column."""
        self.settings.setValue(SPLIT_AMOUNTS_KEY, split)
        self.model.set_split_amounts(split)

    def _show_sort(self) -> None:
        """The header's sort arrow on the column and order the model shows (no re-sort)."""
        descending = self.model.query.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_of(self.model.sort_column_name()), order)
        header.blockSignals(False)

    def _after_reset(self) -> None:
        acc = self.model.query.account_id
        st = self.model.book.account(acc) if acc is not None else None
        self.title.setText(st.name if st else tr("All accounts"))
        liability = st is not None and st.kind.classification is Classification.LIABILITY
        self.loan_panel.show_account(acc, liability)
        self._show_opening(st)
        self._fill_filter_combos()
        names = {int(cid): name for cid, name in self.model.completions.categories}
        self.filter_bar.show_for(self.model.query, names)
        self.column_sizer.apply(
            self.model.columns, register_kind(acc), date_width=self._date_width()
        )
        for col, name in enumerate(self.model.columns):
            # Columns move with the account column and the money columns: every column's
            # delegate is set again (None: the table's editing delegate).
            delegate: QStyledItemDelegate | None = None
            if name in rm.MONEY_COLUMNS:
                delegate = self._money_delegate
            elif name == rm.BALANCE:
                delegate = self._figure_delegate
            self.table.setItemDelegateForColumn(col, delegate)  # type: ignore[arg-type]
        self._show_sort()
        self._update_summary()
        # The end where the blank entry row is: the newest entries are next to it.
        QTimer.singleShot(
            0, self.table.scrollToTop if self.model.newest_first else self.table.scrollToBottom
        )

    def _show_opening(self, st: reads.AccountState | None) -> None:
        if st is None or (not st.opening_balance and st.opening_date is None):
            self.opening.clear()
            self.opening.hide()
            return
        owed = st.kind.classification.value == "liability"
        money = format_money(Money.from_minor(st.opening_balance, st.currency))
        day = tr(" on {day}").format(day=format_day(st.opening_date)) if st.opening_date else ""
        opened = tr("opened owing") if owed else tr("opened with")
        self.opening.setText(f"{opened} {money}{day}")
        self.opening.setStyleSheet(f"color: {theme.css_color(theme.palette().muted)};")
        self.opening.show()

    def _date_width(self) -> int:
        """Room for the locale's widest date (no more: at 1024 px every pixel counts)."""
        sample = format_day(date(2026, 12, 28))
        return self.table.fontMetrics().horizontalAdvance(sample) + 18

    def _update_summary(self) -> None:
        if not shiboken6.isValid(self.summary):
            return  # this page is gone; its model (kept by others) still reports changes
        n = self.model.total
        text = tr("%Ln entries", None, n)
        acc = self.model.query.account_id
        if acc is not None:
            fig = self.model.book.balance(acc)
            if fig is not None:
                mark = " ⚠" if fig.partial else (" ○" if fig.provisional else "")
                text += tr(" · balance {amount}").format(amount=format_money(fig.money)) + mark
                tip = fig.tooltip() or ""
                if fig.provisional and not fig.partial:
                    tip = tr(
                        "○ Shown at once from your edit; the background worker confirms it "
                        "in a moment (the mark then goes)."
                    )
                self.summary.setToolTip(tip)
        self.summary.setText(text)

    # -- actions ---------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return sorted(r for r in rows if not self.model.is_blank_row(r))

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            first = rows[0]
            if self.model.delete_rows(rows):
                self.table.selectRow(min(first, self.model.rowCount() - 1))

    def duplicate_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.duplicate_rows(rows)

    def focus_new_entry(self, *, edit: bool = True) -> None:
        index = self.model.index(self.model.blank_row, self.model.column_of(rm.DATE))
        self.table.setFocus()
        self.table.scrollTo(index)
        self.table.setCurrentIndex(index)
        if edit:
            self.table.edit(index)

    def _commit(self) -> None:
        current = self.table.currentIndex()
        last_entry = self.model.blank_row + (1 if self.model.newest_first else -1)
        if current.isValid() and current.row() == last_entry:
            # Enter on the entry next to the blank row starts the next entry.
            self.focus_new_entry()
        elif current.isValid() and self.model.is_blank_row(current.row()):
            if not self.model.commit_draft():
                self.status_message.emit(tr("Type an amount to save the new entry."))
        elif current.isValid():
            self.table.edit(current)

    def split_current(self) -> None:
        """Open the split editor on the current row's transaction (Ctrl+Shift+S)."""
        from permoney_desktop.ui.dialogs.split_editor import open_split_editor

        index = self.table.currentIndex()
        line = self.model.line(index.row()) if index.isValid() else None
        if line is None or line.kind is not EntryKind.TRANSACTION:
            self.status_message.emit(tr("Only a transaction can be split."))
            return
        open_split_editor(self.model.writer, int(line.id), self.model.book, self)

    def context_menu(self, row: int) -> QMenu:
        """The row's menu: duplicate, delete, and for a transfer its other side."""
        menu = QMenu(self)
        menu.addAction(self.duplicate_action)
        delete = menu.addAction(tr("Delete"), self.delete_selected)
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        line = self.model.line(row)
        if line is not None and line.kind is EntryKind.TRANSACTION:
            menu.addAction(self.split_action)
        partner = self.model.partner(line) if line is not None else None
        st = self.model.book.account(partner[1]) if partner is not None else None
        if st is not None and partner is not None and line is not None:
            menu.addSeparator()
            target, other, day = st.id, partner[0], line.date
            menu.addAction(
                tr("Go to the other side in {account}").format(account=st.name),
                lambda: self.go_to_account(target, entry_id=int(other), day=day),
            )
        if line is None:
            for action in menu.actions():
                action.setEnabled(False)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        self.context_menu(index.row()).exec(self.table.viewport().mapToGlobal(pos))

    def go_to_account(
        self, account_id: AccountId, *, entry_id: int | None = None, day: date | None = None
    ) -> None:
        """Open an account's register (the main window follows the request), with the entry
        ``entry_id`` dated ``day`` selected when given (a transfer's other side)."""
        self.account_requested.emit(int(account_id))
        if self.model.query.account_id != account_id:
            self.show_account(account_id)
        if entry_id is not None and day is not None:
            self.select_entry(entry_id, day)

    def select_entry(self, entry_id: int, day: date) -> bool:
        """Select and show the row of entry ``entry_id`` (dated ``day``); False when the
        register does not show it (a filter hides it, or it is not in date order)."""
        q = self.model.query
        if q.sort is not reads.SortColumn.DATE:
            return False
        position = reads.position_of(self.model.ledger, q, (day, int(entry_id)))
        row = self.model.row_of(position)
        line = self.model.line(row) if 0 <= row < self.model.rowCount() else None
        if line is None or int(line.id) != int(entry_id):
            return False
        index = self.model.index(row, self.model.column_of(rm.PAYEE))
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def offer_category(self, row: int, path: str) -> bool:
        """Offer to create a typed category that does not exist (a child takes its parent's
        kind; a new top level is asked once), then file the row under it. What was typed is
        kept either way."""
        parts = split_path(path)
        if len(parts) > 2:
            self.status_message.emit(
                tr("Categories have two levels: {path!r} has {count}.").format(
                    path=path, count=len(parts)
                )
            )
            return False
        parent = _find_category(self.model.ledger, parts[0])
        if len(parts) == 1 and parent is not None:
            return False  # it exists (a stale list): nothing to create
        kind = self.ask_category_kind(shown_path(path), None if parent is None else parent.kind)
        if kind is None:
            self.status_message.emit(
                tr("{path!r} is kept as typed; the entry needs a category.").format(path=path)
            )
            return False
        made = reference.create_category_path(self.model.writer, join_path(parts), kind)
        if made is None:
            return False
        self.model.refresh_completions()
        if row >= 0:
            self.model.setData(self.model.index(row, self.model.column_of(rm.CATEGORY)), path)
        return True

    def ask_category_kind(self, path: str, inherited: str | None) -> str | None:
        """Ask to create ``path``: its kind ("expense"/"income"), or None to leave it."""
        box = QMessageBox(self)
        box.setWindowTitle(tr("New category"))
        box.setIcon(QMessageBox.Icon.Question)
        if inherited is not None:
            box.setText(
                tr("Create the {inherited} category {path!r}?").format(
                    inherited=inherited, path=path
                )
            )
            create = box.addButton(tr("Create"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            return inherited if box.clickedButton() is create else None
        box.setText(tr("{path!r} is a new category. Is it spending or income?").format(path=path))
        expense = box.addButton(tr("Expense"), QMessageBox.ButtonRole.AcceptRole)
        income = box.addButton(tr("Income"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(expense)
        box.exec()
        clicked = box.clickedButton()
        return "expense" if clicked is expense else "income" if clicked is income else None

    def _repaint_balances(self, _accounts: object = None) -> None:
        if rm.BALANCE not in self.model.columns:
            return
        col = self.model.column_of(rm.BALANCE)
        port = self.table.viewport()
        x = self.table.columnViewportPosition(col)
        port.update(QRect(x, 0, self.table.columnWidth(col), port.height()))

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_active(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_active(False)
        super().hideEvent(event)


class _MoneyColumnDelegate(_EditDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.font = money_font_for(option.font)


def _find_category(ledger: Ledger, name: str) -> CategoryInfo | None:
    try:
        return category_service.find_category(ledger, name)
    except DomainError:
        return None
