"""The summary page's question when a CSV's balance column does not show how it counts a
debt (a card's "512.34" may be owed or in credit): asked, never guessed, before the import."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from permoney_desktop.domain.imports.csv_balance import OWED_POSITIVE, SIGNED
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

_CHOICES = (
    (QT_TR_NOOP("Choose…"), None),
    (QT_TR_NOOP("what is owed (a debt shown as a positive number)"), OWED_POSITIVE),
    (QT_TR_NOOP("money in credit (a debt shown as a negative number)"), SIGNED),
)


class BalanceSignPrompt(QWidget):
    """Hidden unless asked; ``on_choice`` is told the convention chosen."""

    def __init__(self, on_choice: Callable[[str], None]) -> None:
        super().__init__()
        self.on_choice = on_choice
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.box = QComboBox()
        self.box.setAccessibleName(tr("What a positive balance in the file means"))
        for text, value in _CHOICES:
            self.box.addItem(tr(text), value)
        self.box.activated.connect(self._chosen)
        label = QLabel(tr("A positive &balance means:"))
        label.setBuddy(self.box)
        form.addRow(label, self.box)
        self.hide()

    def ask(self, file: str, accounts: Sequence[str]) -> None:
        """Ask about ``file``'s balance column for the debts ``accounts`` (hidden when none)."""
        self.box.setCurrentIndex(0)
        self.intro.setText(
            tr(
                "The balance column of {file} does not show how it counts what is owed on "
                "{accounts}: its balances never move by the amounts in a way that tells. "
                "Choose what a positive balance means, so the closing balance can be compared "
                "with the book:"
            ).format(file=file, accounts=", ".join(accounts))
        )
        self.setVisible(bool(accounts))

    def _chosen(self, _index: int) -> None:
        value = self.box.currentData()
        if value:
            self.on_choice(str(value))
