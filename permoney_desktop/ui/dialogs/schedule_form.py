"""The schedule editor's fields: the template entry and its recurrence, keyboard-first (Tab
walks them in reading order), with a preview of the next dates as the rule is typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from permoney_desktop.domain.entry_values import CategoryInfo
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.money import parse_decimal
from permoney_desktop.domain.recurrence import (
    LAST,
    WEEKDAY_NAMES,
    Frequency,
    Recurrence,
    Weekend,
)
from permoney_desktop.domain.schedules import Schedule, ScheduleMode, Template
from permoney_desktop.domain.typed_dates import DateInputError
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr
from permoney_desktop.ui.widgets.date_edit import DateEdit

UNITS = (
    ("days", Frequency.DAILY),
    ("weeks", Frequency.WEEKLY),
    ("months", Frequency.MONTHLY),
    ("years", Frequency.YEARLY),
)
ON_START, ON_DAY, ON_LAST, ON_NTH = range(4)
NTH = (("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4), ("last", LAST))
WEEKENDS = (
    (QT_TR_NOOP("stay on the weekend"), Weekend.NONE),
    (QT_TR_NOOP("move to the Friday before"), Weekend.BEFORE),
    (QT_TR_NOOP("move to the Monday after"), Weekend.AFTER),
)
ENDS_NEVER, ENDS_ON, ENDS_AFTER = range(3)


class AccountChoice(Protocol):
    """What the account fields show of an account (the window's ``book.accounts()``)."""

    @property
    def id(self) -> AccountId: ...
    @property
    def name(self) -> str: ...
    @property
    def currency(self) -> str: ...
    @property
    def archived(self) -> bool: ...


@dataclass(frozen=True)
class FormValues:
    name: str
    template: Template
    rule: Recurrence
    mode: ScheduleMode


class ScheduleForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        accounts: Sequence[AccountChoice],
        categories: list[CategoryInfo],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.accounts = [a for a in accounts if not a.archived]
        self.categories = categories
        self._template_fields()
        self._rule_fields()
        self._lay_out()
        for combo in (self.unit, self.on, self.ends, self.nth, self.weekday, self.weekend):
            combo.currentIndexChanged.connect(self._update)
        for spin in (self.interval, self.day, self.count):
            spin.valueChanged.connect(self._update)
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self._update)
        self._update()

    def _template_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("default: the payee"))
        self.account = QComboBox()
        self.to_account = QComboBox()
        self.to_account.addItem(tr("— not a transfer —"), None)
        for a in self.accounts:
            self.account.addItem(f"{a.name} ({a.currency})", int(a.id))
            self.to_account.addItem(a.name, int(a.id))
        self.payee = QLineEdit()
        self.category = QComboBox()
        self.category.addItem(tr("— none —"), None)
        for c in self.categories:
            self.category.addItem(c.full_name, int(c.id))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("-80.00 (negative = money out)"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("tag1, tag2"))
        self.memo = QLineEdit()

    def _rule_fields(self) -> None:
        self.interval = QSpinBox()
        self.interval.setRange(1, 999)
        self.unit = QComboBox()
        for label, freq in UNITS:
            self.unit.addItem(label, freq.value)
        self.unit.setCurrentIndex(2)
        self.on = QComboBox()
        self.on.addItems(
            [tr("the start date's day"), tr("day of the month"), tr("last day"), "weekday"]
        )
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.nth = QComboBox()
        for label, n in NTH:
            self.nth.addItem(label, n)
        self.weekday = QComboBox()
        for name in WEEKDAY_NAMES:
            self.weekday.addItem(name.capitalize())
        self.weekend = QComboBox()
        for label, shift in WEEKENDS:
            self.weekend.addItem(tr(label), shift.value)
        self.start = DateEdit(self.today)
        self.ends = QComboBox()
        self.ends.addItems(["never", "on", "after"])
        self.end = DateEdit(self.today)
        self.count = QSpinBox()
        self.count.setRange(1, 10_000)
        self.count.setSuffix(tr(" times"))
        self.mode = QComboBox()
        self.mode.addItem(tr("post it by itself when due"), ScheduleMode.POST.value)
        self.mode.addItem(tr("remind me (I post it)"), ScheduleMode.REMIND.value)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(tr("Next dates"))

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        return row

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A row label whose Alt key reaches the first field of a row of several."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        every = self._row(self.interval, self.unit)
        on = self._row(self.on, self.day, self.nth, self.weekday)
        ends = self._row(self.ends, self.end, self.count)
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Account"), self.account)
        form.addRow(tr("&Payee"), self.payee)
        form.addRow(tr("Amou&nt"), self.amount)
        form.addRow(tr("&Category"), self.category)
        form.addRow(tr("Transfer &to"), self.to_account)
        form.addRow(tr("Ta&gs"), self.tags)
        form.addRow(tr("&Memo"), self.memo)
        form.addRow(self._label(tr("&Every"), self.interval), every)
        form.addRow(self._label(tr("&On"), self.on), on)
        form.addRow(tr("&Weekends"), self.weekend)
        form.addRow(tr("&Starts"), self.start)
        form.addRow(self._label(tr("En&ds"), self.ends), ends)
        form.addRow(tr("When d&ue"), self.mode)
        form.addRow(tr("Next"), self.preview)

    # -- showing ---------------------------------------------------------------------------

    def _update(self) -> None:
        monthly = self.unit.currentData() in (Frequency.MONTHLY.value, Frequency.YEARLY.value)
        self.on.setEnabled(monthly)
        on = self.on.currentIndex() if monthly else ON_START
        self.day.setVisible(on == ON_DAY)
        self.nth.setVisible(on == ON_NTH)
        self.weekday.setVisible(on == ON_NTH)
        self.end.setVisible(self.ends.currentIndex() == ENDS_ON)
        self.count.setVisible(self.ends.currentIndex() == ENDS_AFTER)
        try:
            rule = self.rule()
        except (DomainError, DateInputError) as exc:
            self.preview.setText(say(exc))
        else:
            dates = []
            for o in rule.occurrences(date(self.today.year + 3, 12, 31), since=self.today):
                dates.append(o.due.isoformat())
                if len(dates) == 5:
                    break
            self.preview.setText(", ".join(dates) or tr("no more dates"))
        self.changed.emit()

    def _select(self, combo: QComboBox, data: object) -> None:
        i = combo.findData(data)
        combo.setCurrentIndex(max(i, 0))

    def load(self, s: Schedule) -> None:
        t, r = s.template, s.recurrence
        self.name.setText(s.name)
        self._select(self.account, int(t.account_id))
        self._select(self.to_account, None if t.to_account_id is None else int(t.to_account_id))
        self.payee.setText(t.payee)
        self._select(self.category, None if t.category_id is None else int(t.category_id))
        self.amount.setText(str(t.amount))
        self.tags.setText(", ".join(t.tags))
        self.memo.setText(t.notes)
        self.interval.setValue(r.interval)
        self._select(self.unit, r.frequency.value)
        if r.nth is not None and r.weekday is not None:
            self.on.setCurrentIndex(ON_NTH)
            self._select(self.nth, r.nth)
            self.weekday.setCurrentIndex(r.weekday)
        elif r.day == LAST:
            self.on.setCurrentIndex(ON_LAST)
        elif r.day is not None:
            self.on.setCurrentIndex(ON_DAY)
            self.day.setValue(r.day)
        else:
            self.on.setCurrentIndex(ON_START)
        self._select(self.weekend, r.weekend.value)
        self.start.set_date(r.start)
        if r.end is not None:
            self.ends.setCurrentIndex(ENDS_ON)
            self.end.set_date(r.end)
        elif r.count is not None:
            self.ends.setCurrentIndex(ENDS_AFTER)
            self.count.setValue(r.count)
        else:
            self.ends.setCurrentIndex(ENDS_NEVER)
        self._select(self.mode, s.mode.value)
        self._update()

    def clear(self) -> None:
        for edit in (self.name, self.payee, self.amount, self.tags, self.memo):
            edit.clear()
        for combo in (self.to_account, self.category, self.on, self.ends, self.weekend, self.mode):
            combo.setCurrentIndex(0)
        self.interval.setValue(1)
        self.unit.setCurrentIndex(2)
        self.start.set_date(self.today)
        self._update()

    # -- reading ---------------------------------------------------------------------------

    def rule(self) -> Recurrence:
        freq = Frequency(self.unit.currentData())
        monthly = freq in (Frequency.MONTHLY, Frequency.YEARLY)
        on = self.on.currentIndex() if monthly else ON_START
        day = {ON_DAY: self.day.value(), ON_LAST: LAST}.get(on)
        nth = self.nth.currentData() if on == ON_NTH else None
        weekday = self.weekday.currentIndex() if on == ON_NTH else None
        ends = self.ends.currentIndex()
        return Recurrence(
            freq,
            self.start.date(),
            interval=self.interval.value(),
            day=day,
            weekday=weekday,
            nth=nth,
            weekend=Weekend(self.weekend.currentData()),
            end=self.end.date() if ends == ENDS_ON else None,
            count=self.count.value() if ends == ENDS_AFTER else None,
        )

    def values(self) -> FormValues:
        """What the fields say; DomainError/DateInputError with a sentence for a bad field."""
        if self.account.currentData() is None:
            raise DomainError(tr("choose an account (create one first)"))
        text = self.amount.text().strip()
        if not text:
            raise DomainError(tr("type the amount (negative = money out)"))
        amount = parse_decimal(text)
        to = self.to_account.currentData()
        category = self.category.currentData()
        template = Template(
            AccountId(int(self.account.currentData())),
            amount,
            self.payee.text().strip(),
            None if category is None else CategoryId(int(category)),
            None if to is None else AccountId(int(to)),
            tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            self.memo.text(),
        )
        template.check()
        mode = ScheduleMode(self.mode.currentData())
        return FormValues(self.name.text().strip(), template, self.rule(), mode)
