"""The summary page's question for each new top-level category whose kind the file's rows do
not decide (as much money in as out): income or expense, chosen before the import runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from permoney_desktop.domain.imports.category_kinds import EXPENSE, INCOME
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

_CHOICES = (
    (QT_TR_NOOP("Choose…"), None),
    (QT_TR_NOOP("Income"), INCOME),
    (QT_TR_NOOP("Expense"), EXPENSE),
)


class KindChooser(QWidget):
    """One list per undecided category; hidden when there is none. ``on_change`` is told the
    kinds chosen so far at every choice."""

    def __init__(self, on_change: Callable[[dict[str, str]], None]) -> None:
        super().__init__()
        self.on_change = on_change
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.intro = QLabel(
            tr(
                "The file has as much money in as out under these new categories. Choose whether "
                "each is income or expense before importing:"
            )
        )
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.boxes: dict[str, QComboBox] = {}
        self.hide()

    def show_for(self, names: Sequence[str]) -> None:
        """Ask about ``names`` (a choice already made for a name is kept)."""
        kept = self.kinds()
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self.boxes = {}
        for name in names:
            box = QComboBox()
            box.setAccessibleName(tr("Kind of the new category {name}").format(name=name))
            for text, value in _CHOICES:
                box.addItem(tr(text), value)
            if name in kept:
                box.setCurrentIndex(box.findData(kept[name]))
            box.currentIndexChanged.connect(lambda _i: self.on_change(self.kinds()))
            label = QLabel(f"{name}:")
            label.setBuddy(box)
            self.form.addRow(label, box)
            self.boxes[name] = box
        self.setVisible(bool(names))

    def kinds(self) -> dict[str, str]:
        return {n: k for n, b in self.boxes.items() if (k := b.currentData())}

    def complete(self) -> bool:
        return all(b.currentData() for b in self.boxes.values())
