"""The one date field of the app: a line edit read by the domain's ``parse_typed_date``.

A plain line edit, not a QDateEdit: typed digits and dashes go in as typed (a QDateEdit fed
``2026-11-03`` section by section saved 2026-12-11), Tab leaves the field, and the text is read
only when the field is left, so ``t``, ``+1`` and the locale's own order work. The date is shown
as the register shows it (the locale's numeric order, four-digit year). A calendar button
opens a picker for the mouse.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from permoney_desktop.domain.typed_dates import (
    HINT,
    DateInputError,
    DateOrder,
    order_of_format,
    parse_typed_date,
)
from permoney_desktop.ui import theme
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import say, tr


def locale_order(locale: QLocale | None = None) -> DateOrder:
    """The order of day, month and year in the locale's short date format."""
    loc = locale or QLocale()
    return order_of_format(loc.dateFormat(QLocale.FormatType.ShortFormat))


class DateEdit(QLineEdit):
    """Type a date (``2026-11-03``, ``3.11.2026``, ``20261103``, ``t``, ``+1``); read with
    ``date()``, which raises DateInputError with a sentence for anything else."""

    def __init__(
        self,
        day: date | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        calendar: bool = True,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._base = day or self.today()
        self.order = locale_order()
        self.setAccessibleName(tr("Date"))
        self.setToolTip(tr("Date: {hint}").format(hint=say(HINT)))
        self.setPlaceholderText(tr("YYYY-MM-DD, t, +1"))
        self.setFont(theme.money_font(self.font()))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, tr("Pick a date"), self)
        self.calendar_action.triggered.connect(self._pick)
        if calendar:  # a register cell is too narrow for the button
            self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(lambda _t: self._mark(ok=True))
        self.set_date(self._base)

    def today(self) -> date:
        return self._today or date.today()

    def set_date(self, day: date) -> None:
        """Show ``day``; ``+n``/``-n`` typed next step from it."""
        self._base = day
        self.setText(format_day(day))
        self._mark(ok=True)

    def date(self) -> date:
        """The typed date (DateInputError when the text is not one date)."""
        try:
            return parse_typed_date(
                self.text(), today=self.today(), base=self._base, order=self.order
            )
        except DateInputError:
            self._mark(ok=False)
            raise

    def is_valid(self) -> bool:
        try:
            self.date()
        except DateInputError:
            return False
        return True

    def normalize(self) -> bool:
        """Show the typed date as YYYY-MM-DD (on leaving the field); False when it is none."""
        try:
            day = self.date()
        except DateInputError:
            return False
        self.set_date(day)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Show what was understood: "t" becomes today's date as YYYY-MM-DD when left.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.normalize()
        super().focusOutEvent(event)

    def _mark(self, *, ok: bool) -> None:
        self.setStyleSheet("" if ok else f"border: 1px solid {theme.palette().bad.name()}")

    def _pick(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = self._base if not self.is_valid() else self.date()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))

        def chosen(picked: QDate) -> None:
            self.set_date(picked.toPython())  # type: ignore[arg-type]
            calendar.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
