"""What the statement itself says about the book, as the summary and result pages show it: its
closing balances against the book, and its corrections of earlier downloads."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from permoney_desktop.services.imports.closing_check import ClosingCheck, summary
from permoney_desktop.services.imports.corrections import (
    CorrectionOutcome,
    needs_attention,
    sentence,
)
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # account names are the user's text
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    return label


class ClosingView(QWidget):
    """Agreeing balances in the page's own colour; a difference in the warning colour with a
    ⚠ (never shown by colour alone), since it says an entry is missing, doubled or wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.differs = _label(tr("Closing balance differs"))
        self.differs.setStyleSheet(f"color: {theme.palette().bad.name()}")
        self.agrees = _label(tr("Closing balance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.differs)
        layout.addWidget(self.agrees)
        self.show_checks(())

    def show_checks(self, checks: Sequence[ClosingCheck]) -> None:
        lines = summary(checks)
        bad = [f"⚠ {text}." for warn, text in lines if warn]
        good = [f"{text}." for warn, text in lines if not warn]
        if bad:
            bad.append(
                tr(
                    "A difference usually means an entry is missing, doubled or wrong in the book "
                    "(the import itself is complete); the register of that account shows the "
                    "balance day by day."
                )
            )
        self.differs.setText("\n".join(bad))
        self.agrees.setText("\n".join(good))
        self.differs.setVisible(bool(bad))
        self.agrees.setVisible(bool(good))
        self.setVisible(bool(lines))


class CorrectionsView(QWidget):
    """The bank's corrections: the entries deleted (or to be), and in the warning colour the
    ones that changed nothing (no such entry, several, a transfer side)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attention = _label(tr("Corrections not applied"))
        self.attention.setStyleSheet(f"color: {theme.palette().bad.name()}")
        self.applied = _label(tr("Corrections"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.applied)
        layout.addWidget(self.attention)
        self.show_outcomes((), would=False)

    def show_outcomes(self, outcomes: Sequence[CorrectionOutcome], *, would: bool) -> None:
        bad = [f"⚠ {sentence(o, would=would)}." for o in outcomes if needs_attention(o)]
        good = [f"{sentence(o, would=would)}." for o in outcomes if not needs_attention(o)]
        self.attention.setText("\n".join(bad))
        self.applied.setText("\n".join(good))
        self.attention.setVisible(bool(bad))
        self.applied.setVisible(bool(good))
        self.setVisible(bool(outcomes))


class StatementView(QWidget):
    """Both, as one block of a page: the corrections first (they change the book), then the
    closing balances (which count them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corrections = CorrectionsView()
        self.closing = ClosingView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.corrections)
        layout.addWidget(self.closing)

    def show_statement(
        self,
        closing: Sequence[ClosingCheck],
        corrections: Sequence[CorrectionOutcome],
        *,
        would: bool,
    ) -> None:
        self.corrections.show_outcomes(corrections, would=would)
        self.closing.show_checks(closing)
        self.setVisible(bool(closing) or bool(corrections))
