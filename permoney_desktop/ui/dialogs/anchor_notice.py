"""Says that a new entry lands before a later balance anchor (which absorbs it) and offers to
move the anchor before it, remove it, or keep it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.operations import valuations as valuation_ops
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.domain.reconcile import Absorbed


class AnchorNotice(QMessageBox):
    def __init__(self, writer: Writer, found: Absorbed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.found = found
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(tr("Before a balance you set"))
        sentence = found.sentence()
        self.setText(sentence[0].upper() + sentence[1:] + ".")
        self.setInformativeText(
            tr(
                "Move the balance set to {day} (before the entry) so it counts after it, "
                "remove the balance set, or keep it as it is."
            ).format(day=found.move_to.isoformat())
        )
        self.move_button: QPushButton = self.addButton(
            tr("Move it to {day}").format(day=found.move_to.isoformat()),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.remove_button: QPushButton = self.addButton(
            tr("Remove it"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button: QPushButton = self.addButton(
            tr("Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)
        self.buttonClicked.connect(self._act)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _act(self, button: object) -> None:
        if button is self.move_button:
            valuation_ops.move_anchor(self.writer, int(self.found.anchor_id), self.found.move_to)
        elif button is self.remove_button:
            valuation_ops.remove_anchor(self.writer, int(self.found.anchor_id))


def install(parent: QWidget, writer: Writer) -> None:
    """Show the notice after the write that caused it has finished (next event-loop turn)."""

    def notify(found: list[Absorbed]) -> None:
        # Window-modal but not blocking (open, not exec): typing in the register resumes
        # as soon as it is answered, and nothing waits on a nested event loop.
        QTimer.singleShot(0, lambda: AnchorNotice(writer, found[0], parent).open())

    valuation_ops.set_absorbed_notifier(notify)
