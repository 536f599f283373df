"""The rules editor: list the auto-categorization rules, add, enable/disable, delete, apply.

Each action is one service call, so one undo step; its ``Changes`` go to ``publish`` so the
window refreshes. Rules run at import; "Apply to existing entries" runs them over the book
and says how many entries changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.rules import AMOUNT_OPS, TEXT_OPS, Condition, Op, RuleField
from permoney_desktop.services import categories as categories_service
from permoney_desktop.services import rules as rules_service
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.rules import RuleView
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs._columns_model import ColumnsModel, Index, is_checked
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr

_OP_TEXT = {
    Op.CONTAINS: "contains",
    Op.EQUALS: "is",
    Op.REGEX: "matches the pattern",
    Op.LT: "is less than",
    Op.GT: "is more than",
    Op.EQ: "is exactly",
    Op.BETWEEN: "is between",
}
_TEXT_OP_ORDER = (Op.CONTAINS, Op.EQUALS, Op.REGEX)
_AMOUNT_OP_ORDER = (Op.LT, Op.GT, Op.EQ, Op.BETWEEN)
assert set(_TEXT_OP_ORDER) == TEXT_OPS and set(_AMOUNT_OP_ORDER) == AMOUNT_OPS


def describe_conditions(conditions: Sequence[Condition]) -> str:
    parts = []
    for c in conditions:
        if c.op is Op.BETWEEN:
            parts.append(f"{c.field} {_OP_TEXT[c.op]} {c.value} and {c.value2}")
        elif c.field is RuleField.AMOUNT:
            parts.append(f"{c.field} {_OP_TEXT[c.op]} {c.value}")
        else:
            parts.append(f"{c.field} {_OP_TEXT[c.op]} “{c.value}”")
    return " and ".join(parts)


def describe_actions(view: RuleView) -> str:
    a = view.rule.actions
    parts = []
    if view.category:
        parts.append(f"category {view.category}")
    if a.merchant:
        parts.append(f"merchant {a.merchant}")
    if a.tags:
        parts.append("tags " + ", ".join(a.tags))
    if a.rename_payee:
        parts.append(f"payee “{a.rename_payee}”")
    return "set " + "; ".join(parts) if parts else ""


def _cell_text(view: RuleView, col: int) -> str:
    """The rule's name (column 1), conditions (2) or actions (3) in words."""
    if col == 1:
        return view.rule.name
    if col == 2:
        return describe_conditions(view.rule.conditions)
    return describe_actions(view)


class RulesModel(ColumnsModel):
    """The book's rules in order; the first column's check box enables or disables one."""

    COLUMNS = (QT_TR_NOOP("On"), QT_TR_NOOP("Name"), QT_TR_NOOP("When"), QT_TR_NOOP("Then"))
    toggle_requested = Signal(int, bool)  # rule id, enabled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules: list[RuleView] = []

    def set_rules(self, rules: Sequence[RuleView]) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rule_at(self, row: int) -> RuleView | None:
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def row_total(self) -> int:
        return len(self.rules)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        view = self.rule_at(index.row()) if index.isValid() else None
        if view is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if view.rule.enabled else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and col in (1, 2, 3):
            return _cell_text(view, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            return "enabled" if view.rule.enabled else "disabled"
        if role == Qt.ItemDataRole.ForegroundRole and not view.rule.enabled and col > 0:
            return theme.palette().muted
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        view = self.rule_at(index.row()) if index.isValid() else None
        if view is None or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = is_checked(value)
        if checked != view.rule.enabled:
            # The dialog writes through the service and reloads the list.
            self.toggle_requested.emit(view.id, checked)
        return True


class ConditionRow(QWidget):
    """One condition: field, operator, value (and the upper bound for "between")."""

    remove_requested = Signal(object)

    def __init__(self, number: int) -> None:
        super().__init__()
        self.field = QComboBox()
        self.field.setAccessibleName(tr("Condition {number} field").format(number=number))
        for f, text in ((RuleField.PAYEE, tr("Payee")), (RuleField.MEMO, tr("Memo"))):
            self.field.addItem(text, f.value)
        self.field.addItem(tr("Amount"), RuleField.AMOUNT.value)
        self.op = QComboBox()
        self.op.setAccessibleName(tr("Condition {number} test").format(number=number))
        self.value = QLineEdit()
        self.value.setAccessibleName(tr("Condition {number} value").format(number=number))
        self.value2 = QLineEdit()
        self.value2.setAccessibleName(tr("Condition {number} upper amount").format(number=number))
        self.value2.setPlaceholderText(tr("and"))
        self.remove = QPushButton(tr("Remove"))
        self.remove.setAccessibleName(tr("Remove condition {number}").format(number=number))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addWidget(self.op)
        row.addWidget(self.value, 2)
        row.addWidget(self.value2, 1)
        row.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(self._op_changed)
        self._field_changed()

    def _field_changed(self, *_a: object) -> None:
        amount = self.field.currentData() == RuleField.AMOUNT.value
        self.op.blockSignals(True)
        self.op.clear()
        for op in _AMOUNT_OP_ORDER if amount else _TEXT_OP_ORDER:
            self.op.addItem(_OP_TEXT[op], op.value)
        self.op.blockSignals(False)
        self.value.setPlaceholderText("-50.00" if amount else tr("text (any case)"))
        self._op_changed()

    def _op_changed(self, *_a: object) -> None:
        self.value2.setVisible(self.op.currentData() == Op.BETWEEN.value)

    def set(self, field: str, op: str, value: str, value2: str = "") -> None:
        self.field.setCurrentIndex(self.field.findData(field))
        self.op.setCurrentIndex(self.op.findData(op))
        self.value.setText(value)
        self.value2.setText(value2)

    def condition(self) -> Condition:
        value2 = self.value2.text().strip() if self.op.currentData() == Op.BETWEEN.value else ""
        return Condition.parse(
            str(self.field.currentData()), str(self.op.currentData()), self.value.text(), value2
        )


class RuleForm(QDialog):
    """A new rule: its conditions (all must hold) and what it sets."""

    def __init__(
        self, ledger: Ledger, publish: Callable[[Changes], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.publish = publish
        self.rule_id: int | None = None
        self.setWindowTitle(tr("New rule"))
        self.setAccessibleName(tr("New rule"))
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Rule name"))
        self.name.setPlaceholderText(tr("e.g. Coffee shops"))
        self.rows: list[ConditionRow] = []
        self.rows_box = QVBoxLayout()
        add_condition = QPushButton(tr("Add &condition"))
        add_condition.setAccessibleName(tr("Add a condition"))
        add_condition.clicked.connect(lambda _checked=False: self.add_condition())
        conditions = QGroupBox(tr("When all of these hold (text tests ignore case)"))
        cbox = QVBoxLayout(conditions)
        cbox.addLayout(self.rows_box)
        cbox.addWidget(add_condition, alignment=Qt.AlignmentFlag.AlignLeft)
        actions = self._actions_box()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problem"))
        self.error.setStyleSheet(f"color: {theme.palette().bad.name()}")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(tr("&Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(conditions)
        layout.addWidget(actions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_condition()
        self.resize(640, 420)

    def _actions_box(self) -> QGroupBox:
        """What the rule sets: category, merchant, tags, payee."""
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Set category"))
        self.category.addItem(tr("(leave as is)"), "")
        for c in categories_service.list_categories(self.ledger):
            self.category.addItem(c.full_name, c.full_name)
        self.merchant = QLineEdit()
        self.merchant.setAccessibleName(tr("Set merchant"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(tr("Add tags"))
        self.tags.setPlaceholderText(tr("comma separated"))
        self.payee = QLineEdit()
        self.payee.setAccessibleName(tr("Rename payee to"))
        actions = QGroupBox(tr("Then set"))
        form = QFormLayout(actions)
        form.addRow(tr("Ca&tegory:"), self.category)
        form.addRow(tr("&Merchant:"), self.merchant)
        form.addRow(tr("T&ags:"), self.tags)
        form.addRow(tr("Rename &payee to:"), self.payee)
        return actions

    def add_condition(self) -> ConditionRow:
        row = ConditionRow(len(self.rows) + 1)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def _remove(self, row: ConditionRow) -> None:
        if len(self.rows) == 1:
            self.error.setText(tr("A rule needs at least one condition."))
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def _on_save(self) -> None:
        if self.save():
            self.accept()

    def save(self) -> bool:
        try:
            conditions = [r.condition() for r in self.rows]
            tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
            rule_id, changes = rules_service.add_rule(
                self.ledger,
                self.name.text(),
                conditions,
                category=self.category.currentData() or None,
                merchant=self.merchant.text(),
                tags=tags,
                rename_payee=self.payee.text(),
            )
        except DomainError as exc:
            self.error.setText(f"{say(exc)[:1].upper()}{say(exc)[1:]}.")
            return False
        self.rule_id = rule_id
        self.publish(changes)
        return True


class RulesEditor(QDialog):
    def __init__(
        self, ledger: Ledger, publish: Callable[[Changes], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.publish = publish
        self.setWindowTitle(tr("Rules"))
        self.setAccessibleName(tr("Rules"))
        intro = QLabel(
            tr(
                "Rules fill in the category, merchant, tags or payee of imported entries. "
                "They run in this order; for each field the first matching rule wins. "
                "A field you set by hand is never changed."
            )
        )
        intro.setWordWrap(True)
        self.model = RulesModel(self)
        self.model.toggle_requested.connect(self.set_enabled)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Rules"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.add_button = QPushButton(tr("&Add…"))
        self.add_button.setAccessibleName(tr("Add a rule"))
        self.toggle_button = QPushButton(tr("&Enable/disable"))
        self.toggle_button.setAccessibleName(tr("Enable or disable the selected rule"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.setAccessibleName(tr("Delete the selected rule"))
        self.apply_button = QPushButton(tr("A&pply to existing entries"))
        self.apply_button.setAccessibleName(tr("Apply the rules to existing entries"))
        self.add_button.clicked.connect(self.add_rule)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.apply_button.clicked.connect(self.apply_rules)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Result"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QGridLayout()
        for n, b in enumerate(
            (self.add_button, self.toggle_button, self.delete_button, self.apply_button)
        ):
            buttons.addWidget(b, 0, n)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 440)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_rules(rules_service.list_rules(self.ledger))
        for row, view in enumerate(self.model.rules):
            if view.id == select:
                self.table.selectRow(row)
        has = bool(self.model.rules)
        for b in (self.toggle_button, self.delete_button, self.apply_button):
            b.setEnabled(has)
        if not has:
            self.message.setText(tr("No rules yet: Add… makes the first one."))

    def selected(self) -> RuleView | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.rule_at(rows[0].row())
        return self.model.rule_at(self.table.currentIndex().row())

    def _write(self, fn: Callable[[], Changes], done: str) -> bool:
        try:
            changes = fn()
        except DomainError as exc:
            self.message.setText(f"{say(exc)}.")
            return False
        self.publish(changes)
        self.message.setText(done)
        return True

    def add_rule(self) -> None:
        form = RuleForm(self.ledger, self.publish, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=form.rule_id)
            self.message.setText(tr("Rule added. Apply it to existing entries to use it now."))

    def set_enabled(self, rule_id: int, enabled: bool) -> None:
        word = "enabled" if enabled else "disabled"
        self._write(
            lambda: rules_service.set_enabled(self.ledger, rule_id, enabled), f"Rule {word}."
        )
        self.reload(select=rule_id)

    def toggle_selected(self) -> None:
        view = self.selected()
        if view is not None:
            self.set_enabled(view.id, not view.rule.enabled)

    def delete_selected(self) -> None:
        view = self.selected()
        if view is None:
            self.message.setText(tr("Select a rule first."))
            return
        if self._write(
            lambda: rules_service.delete_rule(self.ledger, view.id),
            f"Rule “{view.rule.name}” deleted (Edit → Undo brings it back).",
        ):
            self.reload()

    def apply_rules(self) -> int:
        """Run the rules over every existing transaction; returns how many entries changed."""
        try:
            report = rules_service.apply_rules(self.ledger)
        except DomainError as exc:
            self.message.setText(f"{say(exc)}.")
            return 0
        self.publish(report.changes)
        if report.changed:
            self.message.setText(
                tr(
                    "The rules changed {changed:,} of {examined:,} entries "
                    "(one step: Edit → Undo takes it back)."
                ).format(changed=report.changed, examined=report.examined)
            )
        else:
            self.message.setText(
                tr(
                    "Nothing to change: the rules already agree with all {examined:,} entries."
                ).format(examined=report.examined)
            )
        return report.changed
