"""Add or edit a goal: a name, a target, an optional date, and where it saves (a category or
accounts). An edit starts from the goal as stored and is one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.money import Money
from permoney_desktop.services.goals import GoalFields
from permoney_desktop.ui.dialogs._form import FormDialog
from permoney_desktop.ui.i18n import say, tr
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
        goal: tuple[int, GoalFields] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("New goal") if goal is None else tr("Edit goal"), parent)
        self.writer, self.base = writer, base
        self.editing = goal
        if goal is not None:
            self.base = goal[1].currency or base  # the target stays in the goal's currency
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Goal name"))
        self.target = MoneyEdit()
        self.target.setAccessibleName(tr("Target amount"))
        self.target.setPlaceholderText("5000")
        self.by = QLineEdit()
        self.by.setAccessibleName(tr("Reach it by"))
        self.by.setPlaceholderText(tr("YYYY-MM-DD (optional)"))
        self.where = QComboBox()
        self.where.setAccessibleName(tr("Saves in"))
        for cat_id, label in sorted(categories.items(), key=lambda kv: kv[1].lower()):
            self.where.addItem(f"Budget category: {label}", f"category:{cat_id}")
        for acc_id, label in sorted(accounts.items(), key=lambda kv: kv[1].lower()):
            self.where.addItem(f"Account balance: {label}", f"account:{acc_id}")
        if category_id is not None:
            self.where.setCurrentIndex(max(self.where.findData(f"category:{category_id}"), 0))
        if goal is not None:
            self._fill(goal[1], accounts)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Target ({base})").format(base=self.base), self.target)
        self.form.addRow(tr("Reach it by"), self.by)
        self.form.addRow(tr("Saves in"), self.where)
        self.goal_id: int | None = None

    def _fill(self, fields: GoalFields, accounts: dict[int, str]) -> None:
        """The goal as stored; several linked accounts stay one choice of their own."""
        self.name.setText(fields.name)
        self.target.setText(str(Money.from_minor(fields.target, self.base).amount))
        self.by.setText("" if fields.target_date is None else fields.target_date.isoformat())
        if fields.category_id is not None:
            data = f"category:{fields.category_id}"
        elif len(fields.account_ids) == 1:
            data = f"account:{fields.account_ids[0]}"
        else:
            names = ", ".join(accounts.get(a, "?") for a in fields.account_ids)
            data = "accounts:" + ",".join(str(a) for a in fields.account_ids)
            self.where.addItem(tr("Account balances: {names}").format(names=names), data)
        self.where.setCurrentIndex(max(self.where.findData(data), 0))

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
            self.fail(say(exc))
            return False
        kind, _sep, raw = str(self.where.currentData()).partition(":")
        ids = [int(i) for i in raw.split(",")]
        fields = GoalFields(
            self.name.text(),
            target,
            by,
            category_id=ids[0] if kind == "category" else None,
            account_ids=tuple(ids) if kind != "category" else (),
        )
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            if self.editing is not None:
                goal_id = self.editing[0]
                done = budget_ops.edit_goal(self.writer, goal_id, fields)
                self.goal_id = goal_id if done else None
            else:
                self.goal_id = budget_ops.add_goal(
                    self.writer,
                    fields.name,
                    target,
                    by,
                    category_id=fields.category_id,
                    account_ids=list(fields.account_ids),
                )
        finally:
            self.writer.error.disconnect(errors.append)
        if self.goal_id is None:
            failed = (
                tr("The goal could not be added.")
                if self.editing is None
                else tr("The goal could not be changed.")
            )
            self.fail(errors[-1] if errors else failed)
            return False
        return True
