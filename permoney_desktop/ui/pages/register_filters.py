"""The register's filters in view: a figure's filter as a removable chip, "Clear filters".

A dashboard card or chart click narrows the register to exactly the rows its figure counts
(``RegisterQuery.flow`` and friends). The dates go into the date boxes; what no box can show
(spending only, a set of categories, a merchant) is a chip with its own ✕, so no filter is
ever in force unseen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from permoney_desktop.domain.ids import CategoryId
from permoney_desktop.domain.register_query import RegisterQuery
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

_FLOW_WORDS = {
    "income": QT_TR_NOOP("income"),
    "expense": QT_TR_NOOP("spending"),
    "all": QT_TR_NOOP("income and spending"),
}


def figure_query(base: RegisterQuery, flt: Any) -> RegisterQuery:
    """``base`` (its sort kept) narrowed to what a ``services.metrics.CardFilter`` counts,
    over all accounts; any earlier filter is dropped."""
    kinds = tuple(getattr(flt, "entry_kinds", ()) or ())
    flow = getattr(flt, "flow", None) or ("all" if kinds else None)
    ids = getattr(flt, "category_ids", None)
    level = not kinds and flow is None  # net worth: every entry up to the period's end
    return RegisterQuery(
        account_id=None,
        date_from=None if level else flt.start,
        date_to=flt.end,
        sort=base.sort,
        descending=base.descending,
        flow=flow,
        entry_kinds=kinds,
        category_ids=None if ids is None else tuple(CategoryId(int(i)) for i in ids),
        uncategorized=bool(getattr(flt, "uncategorized", False)),
        merchant_id=getattr(flt, "merchant_id", None),
    )


def without_figure(query: RegisterQuery) -> RegisterQuery:
    return replace(
        query,
        flow=None,
        entry_kinds=(),
        category_ids=None,
        uncategorized=False,
        merchant_id=None,
    )


def describe(query: RegisterQuery, category_names: dict[int, str]) -> str:
    """The chip's words for a figure's filter ("" when none is in force)."""
    if not query.from_figure:
        return ""
    words = tr(_FLOW_WORDS.get(query.flow or "", QT_TR_NOOP("entries")))
    if query.category_ids is not None or query.uncategorized:
        names = [category_names.get(int(c), "?") for c in query.category_ids or ()]
        top = [n for n in names if ":" not in n] or names
        if query.uncategorized:
            top.append(tr("uncategorized"))
        more = tr(" and {count} more").format(count=len(top) - 3) if len(top) > 3 else ""
        shown = ", ".join(top[:3]) + more
        words = tr("{what} in {categories}").format(what=words, categories=shown)
    elif query.flow in ("income", "expense"):
        words = tr("{what} (by category kind; uncategorized by sign)").format(what=words)
    if query.merchant_id is not None:
        words += tr(" at one merchant")
    if query.entry_kinds == ("transaction",):
        words += tr(", transfers left out")
    return tr("Counted in the dashboard figure: {what}").format(what=words)


class FilterBar(QWidget):
    """The chip of a figure's filter and "Clear filters"; hidden when no filter is in force."""

    figure_removed = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register-filter-bar")
        self.chip = QLabel()
        self.chip.setObjectName("figure-filter-chip")
        self.chip.setAccessibleName(tr("Filter from the dashboard"))
        self.chip.setWordWrap(False)
        self.remove_chip = QPushButton("✕")
        self.remove_chip.setObjectName("figure-filter-remove")
        self.remove_chip.setAccessibleName(tr("Remove the dashboard filter"))
        self.remove_chip.setToolTip(tr("Remove this filter"))
        self.remove_chip.setFlat(True)
        self.remove_chip.setMaximumWidth(28)
        self.remove_chip.clicked.connect(self.figure_removed)
        self.clear_button = QPushButton(tr("Clear filters"))
        self.clear_button.setObjectName("clear-filters")
        self.clear_button.setAccessibleName(tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chip, 1)
        layout.addWidget(self.remove_chip)
        layout.addWidget(self.clear_button)
        self._restyle()
        preferences.follow_theme(self, self._restyle)
        self.hide()

    def _restyle(self) -> None:
        colors = theme.palette()
        self.chip.setStyleSheet(
            f"background: {theme.css_color(colors.card_hover)};"
            f"border: 1px solid {theme.css_color(colors.accent)}; border-radius: 9px;"
            "padding: 1px 8px;"
        )

    def show_for(self, query: RegisterQuery, category_names: dict[int, str]) -> None:
        text = describe(query, category_names)
        self.chip.setText(text)
        self.chip.setToolTip(text)
        self.chip.setVisible(bool(text))
        self.remove_chip.setVisible(bool(text))
        self.setVisible(query.filtered)


def day_text(day: date | None) -> str:
    return "" if day is None else day.isoformat()
