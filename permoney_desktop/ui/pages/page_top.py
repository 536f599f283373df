"""The top of a page: its large heading and the period chooser that remembers its choice."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel

from permoney_desktop.domain.periods import NAMED_PERIODS, PeriodName


def page_heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(font.Weight.DemiBold)
    heading.setFont(font)
    return heading


def period_combo(
    settings: QSettings, key: str, default: PeriodName, accessible_name: str
) -> QComboBox:
    """The named periods, showing the one saved under ``key`` (``default`` if none or unknown)."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for name in NAMED_PERIODS:
        combo.addItem(name.label, name.value)
    index = combo.findData(str(settings.value(key, default.value)))
    combo.setCurrentIndex(index if index >= 0 else combo.findData(default.value))
    return combo
