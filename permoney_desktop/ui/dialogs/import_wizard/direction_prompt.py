"""The mapping page's question when the amounts have no sign and a column looks like it says
money in or out: which column it is (chosen for the user), and a confirmation of the signs."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from permoney_desktop.domain.imports.csv_format import DirectionUnconfirmedError
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr


class DirectionPrompt(QWidget):
    """Hidden until asked; then the page waits for ``confirm`` (no import before)."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("Direction question"))
        self.text.setStyleSheet(f"color: {theme.palette().amber.name()}")  # a question to answer
        self.confirm = QCheckBox(tr("The signs in the preview are &right"))
        self.confirm.setAccessibleName(tr("The signs in the preview are right"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.confirm)
        self.asked = False
        self.hide()

    def ask(self, question: DirectionUnconfirmedError) -> None:
        sides = [tr("{value} = money out").format(value=v) for v in question.out_values[:3]] + [
            tr("{value} = money in").format(value=v) for v in question.in_values[:3]
        ]
        seen = f" ({', '.join(sides)})" if sides else ""
        self.text.setText(
            tr(
                "The amounts in this file have no sign, and the column “{column}” looks like it "
                "says whether money goes out or comes in{seen}. It is chosen as the Direction "
                "column above; check the signs in the preview (or choose another column, or "
                "“not in the file”), then confirm."
            ).format(column=question.column, seen=seen)
        )
        self.asked = True
        self.confirm.setChecked(False)
        self.show()

    def clear(self) -> None:
        self.asked = False
        self.confirm.setChecked(False)
        self.hide()

    def unconfirm(self) -> None:
        """The direction setting changed: the signs shown are new, so ask again."""
        if self.asked:
            self.confirm.setChecked(False)

    def answered(self) -> bool:
        return not self.asked or self.confirm.isChecked()
