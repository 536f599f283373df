"""A line edit for amounts: exact decimal text (never float), a minus sign, tabular digits."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from permoney_desktop.domain.errors import AmountError
from permoney_desktop.domain.money import parse_decimal
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr

_PATTERN = QRegularExpression(r"^\s*[-+(]?\s*[$€£¥]?\s*[0-9][0-9,_ ]*([.][0-9]*)?\)?\s*$|^$")


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_PATTERN, self))
        self.setFont(theme.money_font(self.font()))
        self.setPlaceholderText("-12.34")
        self.setAccessibleName(tr("Amount"))

    def amount(self) -> Decimal | None:
        """The typed amount, or None when empty; raises AmountError on junk."""
        text = self.text().strip()
        if not text:
            return None
        for ch in "$€£¥, _":
            text = text.replace(ch, "")
        if text.startswith("(") and text.endswith(")"):
            text = "-" + text[1:-1]
        return parse_decimal(text)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else str(value))

    def is_valid(self) -> bool:
        try:
            self.amount()
        except AmountError:
            return False
        return True
