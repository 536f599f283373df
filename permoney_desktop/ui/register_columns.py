"""The register's column widths: Payee and Category kept readable, the widths a user drags kept."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models import register_status

# Payee and Category take the room the other columns leave, so a wide window shows whole
# category paths and "Transfer to High-Yield Savings". Qt's Stretch mode has no floor: in a
# half-screen window (958 px) it squeezed them to 26 px ("F…") while Account, Notes and Tags
# kept theirs. So each keeps room for about 11 average characters of the table's font (a payee
# or "Food › Groceries" is recognisable at that); when even that does not fit, Account, Notes
# and Tags narrow (the only other columns with slack: Account to "Everyd…", Notes and Tags to
# their headings), then Payee and Category share what is left down to 8 characters, and only
# then does the table scroll sideways. A user reads who was paid before the account's full
# name, and the running balance (the last column) stays in view in a half-screen window; dates
# and money are never cut.
FLEX = (rm.PAYEE, rm.CATEGORY)
READABLE_CHARS = 11
TIGHT_CHARS = 8
COMPACT_CHARS = {rm.ACCOUNT: 7, rm.NOTES: 5, rm.TAGS: 4}  # in the order they give way
CELL_PADDING = 12  # the cell's margins and the "…" a cut text ends with
DEFAULT_WIDTHS: Mapping[str, int] = {
    rm.ACCOUNT: 104,
    rm.TAGS: 46,
    rm.NOTES: 56,
    rm.AMOUNT: 92,
    rm.PAYMENT: 84,
    rm.DEPOSIT: 84,
    rm.BALANCE: 100,
    register_status.STATUS: 30,
}
# Widths the user set, per register kind: the all-accounts register has an Account column an
# account's register has not, so one kind's drag never reshapes the other. Payee and Category
# keep their share of the room between them (a fraction), not pixels: the window's width
# changes, the share holds.
SETTINGS_GROUP = "register/columns"
SHARE_KEY = "payee_share"
_SMALLEST, _LARGEST = 16, 4000  # a stored width outside these is a damaged setting, ignored


def register_kind(account_id: object | None) -> str:
    """The settings group's kind: ``all`` (all accounts) or ``account`` (one account)."""
    return "all" if account_id is None else "account"


def plan_widths(
    columns: Iterable[str],
    available: int,
    widths: Mapping[str, int],
    *,
    readable: int,
    compact: Mapping[str, int],
    share: float = 0.5,
    tight: int | None = None,
) -> dict[str, int]:
    """Every column's width for a viewport ``available`` px wide (pure: no widgets).

    ``widths`` holds the columns other than Payee/Category; ``share`` is Payee's part of the
    room the two share; ``compact`` the narrowest widths of the columns that give way when
    room is short, in that order (a width the user set is left out of it: it stays);
    ``tight`` how far Payee/Category narrow below ``readable`` before the table scrolls.
    """
    names = list(columns)
    plan = {n: widths[n] for n in names if n not in FLEX}
    flex = [n for n in names if n in FLEX]
    for name, narrowest in compact.items():
        short = sum(plan.values()) + readable * len(flex) - available
        if short > 0 and name in plan:
            plan[name] -= max(min(plan[name] - narrowest, short), 0)
    room = available - sum(plan.values())
    floor = readable
    if flex and room < readable * len(flex):
        floor = max(min(tight or readable, readable), room // len(flex))
    room = max(room, floor * len(flex))
    if len(flex) == 2:
        payee = min(max(round(room * share), floor), room - floor)
        plan[rm.PAYEE], plan[rm.CATEGORY] = payee, room - payee
    elif flex:
        plan[flex[0]] = room
    return plan


class RegisterHeader(QHeaderView):
    """The register's column header: says when it is resized (it follows the table's visible
    width) and when a mouse press on it (a drag of a column's edge, a double click on one that
    fits the column to its text) ends."""

    resized = Signal()
    drag_started = Signal()
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setStretchLastSection(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.drag_started.emit()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.drag_started.emit()
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.drag_finished.emit()


class ColumnSizer(QObject):
    """Sets the register table's column widths and keeps the ones the user drags.

    The page calls ``apply`` after each model reset (the columns change with the account and
    the money-columns setting); a resize of the table lays the columns out again. A drag is
    stored when the mouse is released on the header (not on every pixel of it: re-laying out
    mid-drag would move the section under the mouse and run away).
    """

    def __init__(self, table: QTableView, settings: QSettings) -> None:
        super().__init__(table)
        self.table = table
        self.settings = settings
        self.columns: list[str] = []
        self.kind = "all"
        self.date_width = 0
        self._applying = False
        self._dragging = False
        self._dragged: dict[str, int] = {}
        # Signals from a header of our own, not event filters: a Python event filter on the
        # table's widgets was still called while the window was torn down (a crash at exit).
        header = RegisterHeader(table)
        table.setHorizontalHeader(header)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.resized.connect(self._on_resized)
        header.drag_started.connect(self._on_drag_started)
        header.drag_finished.connect(self.keep_dragged)
        table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)

    # -- sizes -----------------------------------------------------------------------------

    def readable_width(self) -> int:
        """Payee's and Category's floor: about 11 average characters of the table's font."""
        return self.table.fontMetrics().averageCharWidth() * READABLE_CHARS + CELL_PADDING

    def tight_width(self) -> int:
        """How far Payee and Category narrow before the table scrolls: about 8 characters."""
        return self.table.fontMetrics().averageCharWidth() * TIGHT_CHARS + CELL_PADDING

    def compact_widths(self) -> dict[str, int]:
        """The narrowest widths of the columns that give way, the ones the user set left out."""
        char = self.table.fontMetrics().averageCharWidth()
        return {
            name: char * chars + CELL_PADDING
            for name, chars in COMPACT_CHARS.items()
            if self.saved_width(name) is None
        }

    def default_width(self, name: str) -> int:
        if name == rm.DATE:
            return self.date_width
        return DEFAULT_WIDTHS.get(name, self.readable_width())

    def _key(self, name: str) -> str:
        return f"{SETTINGS_GROUP}/{self.kind}/{name}"

    def saved_width(self, name: str) -> int | None:
        """The width the user set for ``name`` in this kind of register, if a sane one."""
        value = self.settings.value(self._key(name))
        try:
            width = int(str(value))
        except ValueError:
            return None
        return width if _SMALLEST <= width <= _LARGEST else None

    def saved_share(self) -> float:
        value = self.settings.value(self._key(SHARE_KEY))
        try:
            share = float(str(value))
        except ValueError:
            return 0.5
        return share if 0.0 < share < 1.0 else 0.5

    # -- layout ----------------------------------------------------------------------------

    def apply(self, columns: Iterable[str], kind: str, *, date_width: int) -> None:
        """Lay out a (new) set of columns for a register of ``kind`` (``register_kind``)."""
        self.columns = list(columns)
        self.kind = kind
        self.date_width = date_width
        header = self.table.horizontalHeader()
        for col in range(len(self.columns)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.layout()

    def layout(self) -> None:
        """Fit the columns to the table's width (the saved widths, Payee/Category sharing)."""
        if not self.columns or self.table.horizontalHeader().count() != len(self.columns):
            return
        widths: dict[str, int] = {}
        for name in self.columns:
            if name not in FLEX:
                widths[name] = self.saved_width(name) or self.default_width(name)
        plan = plan_widths(
            self.columns,
            self.table.viewport().width(),
            widths,
            readable=self.readable_width(),
            compact=self.compact_widths(),
            share=self.saved_share(),
            tight=self.tight_width(),
        )
        self._applying = True
        try:
            for col, name in enumerate(self.columns):
                if self.table.columnWidth(col) != plan[name]:
                    self.table.setColumnWidth(col, plan[name])
        finally:
            self._applying = False

    # -- the user's drags ------------------------------------------------------------------

    def _on_section_resized(self, col: int, _old: int, new: int) -> None:
        if self._applying or not self._dragging or not 0 <= col < len(self.columns):
            return
        self._dragged[self.columns[col]] = new

    def _on_resized(self) -> None:
        if not self._dragging:
            self.layout()

    def _on_drag_started(self) -> None:
        self._dragging = True

    def keep_dragged(self) -> None:
        """Store what the user dragged (Payee/Category as their share) and lay out again."""
        self._dragging = False
        dragged, self._dragged = self._dragged, {}
        if not dragged:
            return
        for name, width in dragged.items():
            if name not in FLEX:
                self.settings.setValue(self._key(name), max(_SMALLEST, min(width, _LARGEST)))
        flex = [n for n in FLEX if n in dragged and n in self.columns]
        if flex:
            others = sum(
                self.table.columnWidth(c) for c, n in enumerate(self.columns) if n not in FLEX
            )
            room = max(self.table.viewport().width() - others, 2 * self.tight_width())
            name = flex[-1]  # both at once cannot come from one drag; the later one wins
            part = min(max(dragged[name] / room, 0.05), 0.95)
            self.settings.setValue(self._key(SHARE_KEY), part if name == rm.PAYEE else 1 - part)
        self.layout()

    def reset(self) -> None:
        """This kind of register's default widths (what the user set for it is forgotten)."""
        self.settings.remove(f"{SETTINGS_GROUP}/{self.kind}")
        self.layout()

    def header_menu(self) -> QMenu:
        menu = QMenu(self.table)
        menu.addAction(tr("Reset column widths"), self.reset)
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.header_menu().exec(header.viewport().mapToGlobal(pos))
