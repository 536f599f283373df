"""Add a goal: a name, a target, an optional date, and where it saves (a category or an account)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.ui.dialogs._form import FormDialog
from permoney_desktop.ui.models.budget_model import parse_amount
from permoney_desktop.ui.operations import budgets as budget_ops
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer


class GoalDialog(FormDialog):
    def __init__(
        self,
        writer: Writer,
        base: str,
        categories: dict[int, str],
        accounts: dict[int, str],
        *,
        category_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("New goal", parent)
        self.writer, self.base = writer, base
        self.name = QLineEdit()
        self.name.setAccessibleName("Goal name")
        self.target = MoneyEdit()
        self.target.setAccessibleName("Target amount")
        self.target.setPlaceholderText("5000")
        self.by = QLineEdit()
        self.by.setAccessibleName("Reach it by")
        self.by.setPlaceholderText("YYYY-MM-DD (optional)")
        self.where = QComboBox()
        self.where.setAccessibleName("Saves in")
        for cat_id, label in sorted(categories.items(), key=lambda kv: kv[1].lower()):
            self.where.addItem(f"Budget category: {label}", f"category:{cat_id}")
        for acc_id, label in sorted(accounts.items(), key=lambda kv: kv[1].lower()):
            self.where.addItem(f"Account balance: {label}", f"account:{acc_id}")
        if category_id is not None:
            self.where.setCurrentIndex(max(self.where.findData(f"category:{category_id}"), 0))
        self.form.addRow("Name", self.name)
        self.form.addRow(f"Target ({base})", self.target)
        self.form.addRow("Reach it by", self.by)
        self.form.addRow("Saves in", self.where)
        self.goal_id: int | None = None

    def _by(self) -> date | None:
        text = self.by.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise DomainError(f"{text!r} is not a date: write it like 2026-06-30") from None

    def save(self) -> bool:
        try:
            target = parse_amount(self.target.text(), self.base)
            by = self._by()
        except (AmountError, DomainError) as exc:
            self.fail(str(exc))
            return False
        kind, _sep, raw = str(self.where.currentData()).partition(":")
        ident = int(raw)
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            self.goal_id = budget_ops.add_goal(
                self.writer,
                self.name.text(),
                target,
                by,
                category_id=ident if kind == "category" else None,
                account_ids=[ident] if kind == "account" else [],
            )
        finally:
            self.writer.error.disconnect(errors.append)
        if self.goal_id is None:
            self.fail(errors[-1] if errors else "The goal could not be added.")
            return False
        return True
