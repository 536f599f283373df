"""The register: a lazily paged table of entries with running balances and a blank entry row.

Rows are fetched in pages of ``PAGE`` through ``services.register_reads`` (keyset after a loaded
page, OFFSET for a jump) and kept in a small LRU window, so a 1M-entry register opens at once
and scrolling touches only what is shown. A row's running balance is the account's level at the
start of its day (from the ``BalanceBook``, i.e. the domain's balance function) plus the day's
earlier flows, so it moves in the same turn as the sidebar after any write.

Views update from the writer's ``Applied`` records (``ui/applied.py``): the rows from the
earliest dirty date on are dropped from the cache, rows are inserted or removed there to match
the new count, and one ``dataChanged`` covers the rest. A model whose view is hidden only
remembers the Changes and catches up when shown.

Newest on top (date order, descending) puts the blank entry row first, where the eye and the
cursor start; every other order keeps it last. Rows are numbered in the view (``row``) and in
the register (``position``: the row without the blank one); pages are kept by position.

Over 600 lines, for now: reading (pages, the per-row cell cache), entering (the blank row's
draft, patches, quickfill, inline categories) and updating (Applied records) all work on the
same page cache and row numbering of one Qt model. The module-level value helpers at the end
and the entering part are the seams to split along next (issue 13 note).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.balances import convert_flow
from permoney_desktop.domain.category_paths import SEPARATOR, path_key, shown_path, split_path
from permoney_desktop.domain.changes import ChangeKind, Changes, merge_all
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId, EntryId
from permoney_desktop.domain.money import Money, parse_decimal
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr
from permoney_desktop.ui.models import (
    register_anchor,
    register_filter_lines,
    register_opening,
    register_splits,
    register_status,
    roles,
)
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.operations import entries as entry_ops
from permoney_desktop.ui.optimistic import BalanceBook, Figure, FigureState
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.domain.splits import StoredLine

PAGE = 256
MAX_PAGES = 48
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

DATE, ACCOUNT, PAYEE, CATEGORY, TAGS, NOTES, AMOUNT, BALANCE = (
    "date",
    "account",
    "payee",
    "category",
    "tags",
    "notes",
    "amount",
    "balance",
)
# Split money columns (the default, as GnuCash, KMyMoney and YNAB show them): money out and money
# in as positive figures under their own headings, so a grocery typed as 12.50 under Payment is
# spending and can never be saved as money in by a missing minus sign.
PAYMENT, DEPOSIT = "payment", "deposit"
MONEY_COLUMNS = frozenset({AMOUNT, PAYMENT, DEPOSIT})
_TITLES = {
    DATE: QT_TR_NOOP("Date"),
    ACCOUNT: QT_TR_NOOP("Account"),
    PAYEE: QT_TR_NOOP("Payee"),
    CATEGORY: QT_TR_NOOP("Category"),
    TAGS: QT_TR_NOOP("Tags"),
    NOTES: QT_TR_NOOP("Notes"),
    AMOUNT: QT_TR_NOOP("Amount"),
    PAYMENT: QT_TR_NOOP("Payment"),
    DEPOSIT: QT_TR_NOOP("Deposit"),
    BALANCE: QT_TR_NOOP("Balance"),
    register_status.STATUS: register_status.TITLE,
}
_SORTABLE = {
    DATE: reads.SortColumn.DATE,
    AMOUNT: reads.SortColumn.AMOUNT,
    PAYMENT: reads.SortColumn.AMOUNT,
    DEPOSIT: reads.SortColumn.AMOUNT,
    PAYEE: reads.SortColumn.PAYEE,
}


# Plain ints and pre-combined flags: the view asks for several roles of every painted cell, and
# comparing with (or or-ing) PySide's enum members costs ten times a plain int comparison.
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
_STATE_WORDS = {0: "", 1: QT_TR_NOOP(", provisional"), 2: QT_TR_NOOP(", partial")}
_FLAGS = register_opening.FLAGS  # a row cell's item flags, kept with its roles
# Roles the delegates ask every painted cell for and no register cell answers (font, decoration,
# background, check state, size hint): answered before any lookup.
_UNUSED_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)


@dataclass
class _Page:
    rows: list[reads.EntryLine]
    prefix: list[tuple[int, bool]]  # the day's flows up to and including the row; partial
    # A transfer row's other side (entry, account), read with the page (one indexed query,
    # none for a page without transfers).
    partners: dict[EntryId, tuple[EntryId, AccountId]]
    # A split entry's lines, read with the page (``register_splits``).
    splits: register_splits.Lines = field(default_factory=dict)
    # Under a category or figure filter: the part of each split entry its lines make.
    parts: dict[EntryId, register_filter_lines.Part] = field(default_factory=dict)


class RegisterModel(QAbstractTableModel):
    error = Signal(str)
    entry_added = Signal(int)  # new entry id (the view moves the cursor back to the blank row)
    # A typed category that does not exist: (view row, the typed path). The view offers to
    # create it; the draft keeps the text meanwhile.
    unknown_category = Signal(int, str)

    def __init__(
        self,
        ledger: Ledger,
        book: BalanceBook,
        writer: Writer,
        bus: ChangeBus,
        *,
        split_amounts: bool = False,
    ) -> None:
        super().__init__()
        # The view's choice (the register page applies the user's setting, on by default).
        self.split_amounts = split_amounts
        self.ledger = ledger
        self.book = book
        self.writer = writer
        self.query = reads.RegisterQuery()
        self.columns: list[str] = []
        self._total = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._last: tuple[int, _Page] | None = None  # the page read last (most cells hit it)
        # Running balances per row until the next change: the view asks for several roles of
        # every painted cell, and each would bisect the account's rows again.
        self._figures: dict[int, Figure | None] = {}
        # Each entry row's cells, every role answered (see _row_cells); dropped with _figures.
        self._cells: dict[int, list[dict[int, object]]] = {}
        self._draft: dict[str, Any] = {}
        self.draft_account: AccountId | None = None
        self._active = True
        # Rows before the first entry: the blank row (newest on top) or the opening row.
        self._lead = 0
        self._blank_first = False
        self._opening: register_opening.Opening | None = None  # its row: ``opening_row``
        self._stale: list[Changes] = []
        self.completions = reads.Completions()
        self._category_ids: dict[str, CategoryId] = {}
        self.fetches = 0  # pages read from the book (for tests and the benchmark)
        self.status_column = register_status.StatusColumn(self)  # cleared / reconciled
        self._set_columns()
        self._total = reads.count_entries(ledger, self.query)
        self.refresh_completions()
        bus.applied.connect(self._on_applied)
        book.figures_corrected.connect(self._on_corrected)
        book.figures_changed.connect(self._forget_figures)
        book.states_changed.connect(self._forget_figures)
        preferences.follow_locale(self, self.relocale)

    # -- query -----------------------------------------------------------------------------

    def _set_columns(self) -> None:
        money = [PAYMENT, DEPOSIT] if self.split_amounts else [AMOUNT]
        cols = [DATE, PAYEE, CATEGORY, TAGS, NOTES, register_status.STATUS, *money, BALANCE]
        if self.query.account_id is None:
            cols.insert(1, ACCOUNT)
        self.columns = cols

    def set_query(self, query: reads.RegisterQuery) -> None:
        """Show other entries (another account, a filter, a sort): a new table, so a reset."""
        # The same entries in another order keep their count: no count(*) over the register.
        # (The same query again is a refresh: counted afresh.)
        same_rows = replace(query, sort=self.query.sort, descending=self.query.descending)
        reordered = query != self.query and same_rows == self.query and not self._stale
        total = self._total if reordered else reads.count_entries(self.ledger, query)
        if self._stale and not reordered:
            # Counted and read afresh: the changes a hidden view kept are in already (only
            # new category and tag names remain to be picked up when it is shown).
            self._stale = [
                c for c in self._stale if c.kinds & {ChangeKind.CATEGORIES, ChangeKind.TAGS}
            ]
        self.beginResetModel()
        self.query = query
        self._blank_first = self.blank_on_top(query)
        self._opening = register_opening.for_query(self.book, query)
        self._lead = 1 if self._blank_first or self._opening is not None else 0
        self._set_columns()
        self._drop_pages()
        self._total = total
        if query.account_id is not None:
            self.draft_account = query.account_id
        elif self.draft_account is None:
            accounts = [a for a in self.book.accounts() if not a.archived]
            self.draft_account = accounts[0].id if accounts else None
        self._draft = {}
        self.endResetModel()

    def relocale(self) -> None:
        """The display locale changed: every cached cell's text is re-formatted now."""
        self._cells = {}
        if self.rowCount() and self.columns:
            last = self.index(self.rowCount() - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_split_amounts(self, split: bool) -> None:
        """Payment and Deposit columns (True) or one signed Amount column: a new table."""
        if split == self.split_amounts:
            return
        self.beginResetModel()
        self.split_amounts = split
        self._set_columns()
        self._cells = {}
        self.endResetModel()

    def refresh_completions(self, *, payees: bool = False) -> None:
        """Categories and tags afresh (small tables); payees too when asked (a grouping of
        every entry, which start-up leaves to a background read: see ``set_payees``)."""
        fresh = reads.completions(self.ledger, with_payees=payees)
        if not payees:
            fresh = replace(fresh, payees=self.completions.payees)
        self.completions = fresh
        self._category_ids = {path_key(name): cid for cid, name in self.completions.categories}

    def set_payees(self, payees: tuple[str, ...]) -> None:
        self.completions = replace(self.completions, payees=payees)

    @staticmethod
    def blank_on_top(query: reads.RegisterQuery) -> bool:
        """Newest entries first: the blank entry row leads the table."""
        return query.sort is reads.SortColumn.DATE and query.descending

    @property
    def newest_first(self) -> bool:
        return self.blank_on_top(self.query)

    def set_newest_first(self, newest_first: bool) -> None:
        """Date order, newest or oldest on top (filters and account kept)."""
        if self.query.sort is reads.SortColumn.DATE and self.query.descending == newest_first:
            return
        self.set_query(replace(self.query, sort=reads.SortColumn.DATE, descending=newest_first))

    def sort_column_name(self) -> str:
        """The column the rows are ordered by."""
        return next(
            name
            for name, col in _SORTABLE.items()
            if col is self.query.sort and name in self.columns
        )

    @property
    def blank_row(self) -> int:
        """The view row of the blank entry row."""
        return 0 if self._blank_first else self._lead + self._total

    @property
    def opening_row(self) -> int | None:
        """The view row of the opening balance (``register_opening``), or None."""
        if self._opening is None:
            return None
        return self._lead + self._total if self._blank_first else 0

    def row_of(self, position: int) -> int:
        """The view row of the entry at ``position`` in the register's order."""
        return position + self._lead

    def column_of(self, name: str) -> int:
        return self.columns.index(name)

    @property
    def total(self) -> int:
        return self._total

    # -- activity (hidden views catch up when shown) ---------------------------------------

    def set_active(self, active: bool) -> None:
        self._active = active
        if active and self._stale:
            pending = merge_all(self._stale)
            self._stale = []
            self._update_from(pending)

    # -- paging ----------------------------------------------------------------------------

    def _forget_figures(self, _accounts: object = None) -> None:
        self._figures = {}
        self._cells = {}

    def _drop_pages(self, numbers: list[int] | None = None) -> None:
        if numbers is None:
            self._pages.clear()
        else:
            for number in numbers:
                del self._pages[number]
        self._last = None
        self._figures = {}
        self._cells = {}

    def _page(self, number: int) -> _Page:
        last = self._last
        if last is not None and last[0] == number:
            return last[1]
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            self._last = (number, page)
            return page
        prev = self._pages.get(number - 1)
        after = None
        if prev is not None and prev.rows and self.query.sort is reads.SortColumn.DATE:
            after = prev.rows[-1].sort_key
        rows = reads.fetch_page(
            self.ledger,
            self.query,
            offset=number * PAGE,
            limit=PAGE,
            after=after,
            total=self._total,
        )
        transfers = [int(r.id) for r in rows if r.kind is EntryKind.TRANSFER]
        partners = reads.transfer_partners(self.ledger, transfers) if transfers else {}
        if transfers:
            partners.update(register_splits.counterparts_for(self.ledger, rows))
        lines = register_splits.lines_for(self.ledger, rows)
        parts = register_filter_lines.parts_for(self.ledger, self.query, lines)
        page = _Page(rows, self._prefixes(rows), partners, lines, parts)
        self.status_column.prefetch([int(r.id) for r in rows])
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        self._last = (number, page)
        return page

    def _prefixes(self, rows: list[reads.EntryLine]) -> list[tuple[int, bool]]:
        """Each row's day flows up to and including it: one running sum per account-day
        (a day of a big book holds dozens of entries; summing again per row was quadratic)."""
        pairs = {(r.account_id, r.date) for r in rows}
        days = reads.day_entries(self.ledger, pairs)
        rates = self.book.rates
        running: dict[tuple[AccountId, date], dict[int, tuple[int, bool]]] = {}
        for (acc, day), items in days.items():
            st = self.book.account(acc)
            if st is None:
                continue
            home = st.currency
            total, partial = 0, False
            upto: dict[int, tuple[int, bool]] = {}
            for entry_id, kind, amount, cur in items:
                if kind is not EntryKind.VALUATION:
                    if cur == home:
                        total += amount
                    else:
                        flow, miss = convert_flow(day, amount, cur, home, rates)
                        total += flow.amount
                        partial = partial or miss is not None
                upto[entry_id] = (total, partial)
            running[(acc, day)] = upto
        return [running.get((r.account_id, r.date), {}).get(int(r.id), (0, False)) for r in rows]

    def line(self, row: int) -> reads.EntryLine | None:
        pos = row - self._lead
        if pos < 0 or pos >= self._total:
            return None
        page = self._page(pos // PAGE)
        offset = pos % PAGE
        return page.rows[offset] if offset < len(page.rows) else None

    def _prefix(self, row: int) -> tuple[int, bool]:
        pos = row - self._lead
        page = self._page(pos // PAGE)
        offset = pos % PAGE
        return page.prefix[offset] if offset < len(page.prefix) else (0, False)

    def is_blank_row(self, row: int) -> bool:
        return row == self.blank_row

    # -- figures ---------------------------------------------------------------------------

    def running_balance(self, row: int) -> Figure | None:
        if row in self._figures:
            return self._figures[row]
        fig = self._running_balance(row)
        self._figures[row] = fig
        return fig

    def _running_balance(self, row: int) -> Figure | None:
        line = self.line(row)
        if line is None:
            return None
        st = self.book.account(line.account_id)
        if st is None:
            return None
        provisional = self.book.is_provisional_on(line.account_id, line.date)
        if line.kind is EntryKind.VALUATION:
            return Figure(line.amount, st.currency, provisional)
        start = self.book.start_of_day(line.account_id, line.date) or (0, False)
        rows = self.book.rows(line.account_id)
        if rows and rows[0].day == line.date:
            # The first day starts at the opening level (the day before it has no row, and
            # its end would read as nothing opened yet).
            start = (rows[0].start, start[1])
        prefix, partial = self._prefix(row)
        sign = -1 if st.kind.classification is Classification.LIABILITY else 1
        missing = (
            (tr("an exchange rate for an entry up to this row is missing"),)
            if (partial or start[1])
            else ()
        )
        return Figure(start[0] + sign * prefix, st.currency, provisional, missing)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return self._total + 1 + (self._opening is not None)  # + the blank and opening rows

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            name = self.columns[section]
            if role == _DISPLAY:
                return tr(_TITLES[name])
            if role == _ALIGNMENT and (name in MONEY_COLUMNS or name == BALANCE):
                return _RIGHT
        if orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return "✱" if self.is_blank_row(section) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        cells = self._cells.get(index.row())
        if cells is not None:
            # The view asks every painted cell; a cached row answers from its cells.
            flag = cells[index.column()].get(_FLAGS)
            if flag is not None:
                return flag  # type: ignore[return-value]
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = _SELECTABLE
        name = self.columns[index.column()]
        if name in (BALANCE, register_status.STATUS):
            return base
        if self.is_blank_row(index.row()):
            return _EDITABLE
        line = self.line(index.row())
        if line is None:
            cells = self._row_cells(index.row())  # the opening row's, when it is that row
            return base if cells is None else cells[index.column()][_FLAGS]  # type: ignore[return-value]
        return _line_flags(line, name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in _UNUSED_ROLES:
            return None
        row = index.row()
        cells = self._cells.get(row)
        if cells is None:
            if row < 0 or row == (0 if self._blank_first else self._lead + self._total):
                return None if row < 0 else self._blank_data(self.columns[index.column()], role)
            cells = self._row_cells(row)
            if cells is None:
                return None
        cell = cells[index.column()]
        if role == _FOREGROUND:
            fg = cell.get(_FOREGROUND)
            return None if fg is None else getattr(theme.palette(), str(fg))
        if role == _EDIT and _EDIT not in cell:
            line = self.line(row)
            return None if line is None else self._edit_value(line, self.columns[index.column()])
        return cell.get(role)

    def _row_cells(self, row: int) -> list[dict[int, object]] | None:
        """Every role's answer for each cell of an entry row, worked out once per row until the
        row, its running balance or the book's figures change (the view asks for seven roles of
        every painted cell on each repaint). Foreground holds a palette attribute name, resolved
        when asked, so a theme change needs no invalidation."""
        line = self.line(row)
        if line is None:
            if self._opening is None or row != self.opening_row:
                return None
            cells = register_opening.cells(self._opening, self.columns)
        else:
            cells = [self._cell(row, line, name) for name in self.columns]
        self._cells[row] = cells
        return cells

    def _cell(self, row: int, line: reads.EntryLine, name: str) -> dict[int, object]:
        cell: dict[int, object] = {
            roles.ENTRY_ID_ROLE: int(line.id),
            roles.ACCOUNT_ID_ROLE: int(line.account_id),
            _FLAGS: _line_flags(line, name),
        }
        if name == BALANCE:
            self._balance_cell(cell, row)
            return cell
        if name == register_status.STATUS:
            return self.status_column.fill(cell, line)
        text = self._text(line, name)
        cell[_DISPLAY] = text
        cell[_ACCESSIBLE] = text
        if name not in (DATE, ACCOUNT) and name not in MONEY_COLUMNS:
            cell[_EDIT] = text  # the rest answer their typed value when an editor asks
        if name in MONEY_COLUMNS:
            cell[_ALIGNMENT] = _RIGHT
            valuation = line.kind is EntryKind.VALUATION
            if name == AMOUNT and self.shown_minor(line) < 0 and not valuation:
                cell[_FOREGROUND] = "negative"
            if name != AMOUNT and text:
                cell[_ACCESSIBLE] = f"{tr(_TITLES[name])} {text}"
        elif name == CATEGORY and not line.category:
            cell[_FOREGROUND] = "muted"
        tip = _tip(line, name)
        if name == CATEGORY and line.kind is EntryKind.VALUATION:
            tip = register_anchor.tip(self.book, line)  # what the anchor absorbed
        if tip is not None:
            cell[_TOOLTIP] = tip
        if name == CATEGORY and (lines := self.split_lines(line)):
            cell[_TOOLTIP] = register_splits.tooltip(lines, line.currency)
            cell[_FLAGS] = _SELECTABLE  # the lines are edited in the split editor
            cell.pop(_FOREGROUND, None)  # named lines, not a missing category
        if (part := self.part(line)) is not None and name in (CATEGORY, *MONEY_COLUMNS):
            # A part of the entry, not its amount: read-only here, the lines are edited in
            # the split editor.
            cell[_TOOLTIP] = part.tooltip(self.split_lines(line), line.currency)
            cell[_FLAGS] = _SELECTABLE
        cell[roles.SORT_ROLE] = (
            self.shown_minor(line)
            if name in MONEY_COLUMNS
            else line.date.isoformat()
            if name == DATE
            else text
        )
        return cell

    def _balance_cell(self, cell: dict[int, object], row: int) -> None:
        cell[_EDIT] = None  # read-only
        fig = self.running_balance(row)
        if fig is None:
            return
        text = format_money(fig.money)
        cell[_DISPLAY] = text
        cell[_ACCESSIBLE] = f"{text}{tr(_STATE_WORDS[int(fig.state)])}"
        cell[_TOOLTIP] = fig.tooltip() or None
        cell[_ALIGNMENT] = _RIGHT
        if fig.minor < 0:
            cell[_FOREGROUND] = "negative"
        cell[roles.FIGURE_ROLE] = fig
        cell[roles.FIGURE_STATE_ROLE] = int(fig.state)
        cell[roles.SORT_ROLE] = fig.minor

    def _text(self, line: reads.EntryLine, name: str) -> str:
        if name == DATE:
            return format_day(line.date)
        if name == ACCOUNT:
            st = self.book.account(line.account_id)
            return st.name if st else ""
        if name == PAYEE:
            return line.payee
        if name == CATEGORY:
            if line.kind is EntryKind.VALUATION:
                return register_anchor.text(self.book, line)
            if line.kind is EntryKind.TRANSFER:
                return self._transfer_text(line)
            if (part := self.part(line)) is not None:
                return part.cell_text(line.currency)
            lines = self.split_lines(line)
            return register_splits.cell_text(lines) if lines else line.category
        if name == TAGS:
            return ", ".join(line.tags)
        if name == NOTES:
            return line.notes
        if name in MONEY_COLUMNS:
            return self._money_text(line, name)
        return ""

    def partner(self, line: reads.EntryLine) -> tuple[EntryId, AccountId] | None:
        """A transfer row's other side (entry, account), from its cached page."""
        for page in self._pages.values():
            found = page.partners.get(line.id)
            if found is not None:
                return found
        return None

    def split_lines(self, line: reads.EntryLine) -> list[StoredLine]:
        """A split entry's lines, from its cached page (empty for an entry not split)."""
        for page in self._pages.values():
            found = page.splits.get(line.id)
            if found is not None:
                return found
        return []

    def part(self, line: reads.EntryLine) -> register_filter_lines.Part | None:
        """Under a category or figure filter, the part of a split entry its lines make."""
        for page in self._pages.values():
            found = page.parts.get(line.id)
            if found is not None:
                return found
        return None

    def shown_minor(self, line: reads.EntryLine) -> int:
        """The amount the row shows: the entry's, or under a filter the part of a split
        entry that the filter's lines make (a figure's rows add up to it)."""
        part = self.part(line)
        return line.amount if part is None else part.minor

    def _transfer_text(self, line: reads.EntryLine) -> str:
        """ "Transfer to Savings" / "Transfer from Checking": the other account named."""
        other = self.partner(line)
        st = self.book.account(other[1]) if other is not None else None
        if st is None:
            return tr("Transfer")
        if line.amount < 0:
            return tr("Transfer to {account}").format(account=st.name)
        return tr("Transfer from {account}").format(account=st.name)

    def _money_text(self, line: reads.EntryLine, name: str) -> str:
        """The amount as its column shows it: signed under Amount; a payment's or deposit's
        size under its own heading (a valuation's level under Deposit, marked "=")."""
        valuation = line.kind is EntryKind.VALUATION
        minor = self.shown_minor(line)
        if name != AMOUNT and not valuation:
            if (name == PAYMENT) != (minor < 0):
                return ""
            minor = abs(minor)
        elif name == PAYMENT:
            return ""
        st = self.book.account(line.account_id)
        foreign = st is not None and st.currency != line.currency
        text = format_money(Money.from_minor(minor, line.currency), show_code=foreign)
        if valuation:
            return f"= {text}"
        # One signed column: money in carries its "+", so a positive amount typed for an
        # expense is seen as money in (split columns show it under Deposit).
        return f"+{text}" if name == AMOUNT and minor > 0 else text

    def _edit_value(self, line: reads.EntryLine, name: str) -> object:
        if name == DATE:
            return line.date
        if name == ACCOUNT:
            return int(line.account_id)
        if name in MONEY_COLUMNS:
            return _side_value(line.amount, line.currency, name, line.kind)
        return self._text(line, name)

    def _blank_data(self, name: str, role: int) -> object:
        value = self._draft.get(name)
        if name in (PAYMENT, DEPOSIT):
            amount = self._draft.get(AMOUNT)
            value = _draft_side(amount, name) if isinstance(amount, Decimal) else None
        if role == _EDIT:
            if name == DATE:
                return value or date.today()
            if name == ACCOUNT:
                return int(value or self.draft_account or 0)
            return "" if value is None else str(value)
        if role == _DISPLAY:
            if name == DATE:
                return format_day(value or date.today()) if value else ""
            if name == ACCOUNT:
                acc = value or self.draft_account
                st = self.book.account(AccountId(int(acc))) if acc else None
                return st.name if st else ""
            if name == PAYEE and value is None and not self._draft:
                return tr("New entry… (Ctrl+N)")
            return "" if value is None else str(value)
        if role == _FOREGROUND:
            return theme.palette().muted
        if role == _ACCESSIBLE and name == PAYEE:
            return tr("New entry row")
        return None

    # -- editing ---------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, name = index.row(), self.columns[index.column()]
        try:
            if self.is_blank_row(row):
                return self._edit_draft(index, name, value)
            line = self.line(row)
            if line is None:
                if self._opening is None or row != self.opening_row:
                    return False
                return register_opening.edit(
                    self.writer,
                    self._opening,
                    name,
                    value,
                    to_date=_to_date,
                    to_amount=_to_amount,
                )
            patch = self._patch(line, name, value)
        except DomainError as exc:
            self.error.emit(say(exc))
            return False
        if patch is None:
            return False
        return (
            entry_ops.edit_entry(self.writer, int(line.id), patch, version=line.version) is not None
        )

    def _patch(self, line: reads.EntryLine, name: str, value: Any) -> EntryPatch | None:
        if name == DATE:
            day = _to_date(value)
            return None if day == line.date else EntryPatch(date=day)
        if name == ACCOUNT:
            acc = AccountId(int(value))
            return None if acc == line.account_id else EntryPatch(account_id=acc)
        if name == PAYEE:
            text = str(value).strip()
            return None if text == line.payee else EntryPatch(payee=text)
        if name == NOTES:
            text = str(value)
            return None if text == line.notes else EntryPatch(notes=text)
        if name == TAGS:
            tags = _split_tags(str(value))
            return None if tags == tuple(sorted(line.tags)) else EntryPatch(tags=tags)
        if name == CATEGORY:
            if not self._check_category(self.row_of_line(line), str(value)):
                return None
            cid = self.category_id(str(value))
            return None if cid == line.category_id else EntryPatch(category_id=cid)
        if name in MONEY_COLUMNS:
            amount = _signed(_to_amount(value), name, line.kind)
            current = Money.from_minor(line.amount, line.currency).amount
            return None if amount == current else EntryPatch(amount=amount)
        return None

    def category_id(self, text: str) -> CategoryId | None:
        """The category a typed path names ("Food:Groceries", "food: groceries", or a child's
        own name when only one child has it); UnknownCategoryError when none does."""
        if not split_path(text):
            return None
        key = path_key(text)
        if key in self._category_ids:
            return self._category_ids[key]
        leaf = [v for k, v in self._category_ids.items() if k.split(SEPARATOR)[-1] == key]
        if len(leaf) == 1:
            return leaf[0]
        raise UnknownCategoryError(shown_path(text))

    def _edit_draft(self, index: Index, name: str, value: Any) -> bool:
        if name == DATE:
            self._draft[DATE] = _to_date(value)
        elif name == ACCOUNT:
            self._draft[ACCOUNT] = int(value)
        elif name == CATEGORY:
            # Kept as typed even when unknown: the view offers to create it.
            self._draft[CATEGORY] = shown_path(str(value))
            self._check_category(index.row(), str(value))
        elif name in MONEY_COLUMNS:
            self._draft[AMOUNT] = _signed(_to_amount(value), name, EntryKind.TRANSACTION)
        else:
            self._draft[name] = str(value)
            if name == PAYEE:
                self._quickfill(str(value).strip())
        self.dataChanged.emit(index, index)
        if AMOUNT in self._draft and name in MONEY_COLUMNS:
            return self.commit_draft()
        return True

    def commit_draft(self) -> bool:
        """Save the blank row as a new entry (it needs at least an amount)."""
        if AMOUNT not in self._draft:
            return False
        acc = self._draft.get(ACCOUNT) or self.draft_account
        if not acc:
            self.error.emit(tr("Choose an account for the new entry first."))
            return False
        draft = dict(self._draft)
        try:
            new = NewEntry(
                account_id=AccountId(int(acc)),
                date=draft.get(DATE) or date.today(),
                amount=draft[AMOUNT],
                payee=str(draft.get(PAYEE, "")).strip(),
                notes=str(draft.get(NOTES, "")),
                category_id=self.category_id(str(draft.get(CATEGORY, ""))),
                tags=_split_tags(str(draft.get(TAGS, ""))),
            )
        except DomainError as exc:
            self.error.emit(say(exc))
            return False
        self._draft = {}
        result = entry_ops.add_entry(self.writer, new)
        if result is None:
            self._draft = draft
            return False
        if new.payee and new.payee not in self.completions.payees:
            self.completions = reads.Completions(
                (new.payee, *self.completions.payees),
                self.completions.categories,
                self.completions.tags,
            )
        self.entry_added.emit(result)
        return True

    def _quickfill(self, payee: str) -> None:
        """Fill a new entry's category, amount, notes and tags from the payee's last entry
        (GnuCash's quickfill), while none of them has been typed; each stays editable."""
        if not payee or any(k in self._draft for k in (CATEGORY, AMOUNT, NOTES, TAGS)):
            return
        acc = self._draft.get(ACCOUNT) or self.draft_account
        last = reads.last_for_payee(self.ledger, None if acc is None else int(acc), payee)
        if last is None or last.kind is not EntryKind.TRANSACTION:
            return
        if last.category:
            self._draft[CATEGORY] = last.category
        self._draft[AMOUNT] = Money.from_minor(last.amount, last.currency).amount
        if last.notes:
            self._draft[NOTES] = last.notes
        if last.tags:
            self._draft[TAGS] = ", ".join(last.tags)
        row = self.blank_row
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _check_category(self, row: int, text: str) -> bool:
        """Whether ``text`` names a category; else the view is told (to offer creating it)."""
        try:
            self.category_id(text)
        except UnknownCategoryError as exc:
            self.unknown_category.emit(row, exc.path)
            return False
        return True

    def row_of_line(self, line: reads.EntryLine) -> int:
        """The view row showing ``line`` among the cached pages (-1 when none does)."""
        for number, page in self._pages.items():
            for offset, cached in enumerate(page.rows):
                if cached.id == line.id:
                    return self.row_of(number * PAGE + offset)
        return -1

    def cancel_draft(self) -> None:
        if self._draft:
            self._draft = {}
            row = self.blank_row
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def has_draft(self) -> bool:
        return bool(self._draft)

    def delete_rows(self, rows: list[int]) -> bool:
        ids = [int(line.id) for r in sorted(set(rows)) if (line := self.line(r)) is not None]
        if not ids:
            return False
        return entry_ops.delete_entries(self.writer, ids) is not None

    def duplicate_rows(self, rows: list[int]) -> bool:
        ok = False
        for r in sorted(set(rows)):
            line = self.line(r)
            if line is None:
                continue
            done = entry_ops.duplicate_entry(self.writer, int(line.id))
            ok = ok or done is not None
        return ok

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column] if 0 <= column < len(self.columns) else DATE
        sort = _SORTABLE.get(name, reads.SortColumn.DATE)
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self.query.sort, self.query.descending):
            return
        self.set_query(replace(self.query, sort=sort, descending=descending))

    # -- refresh from Changes --------------------------------------------------------------

    def _relevant(self, changes: Changes) -> bool:
        kinds = changes.kinds
        if kinds & {ChangeKind.CATEGORIES, ChangeKind.TAGS, ChangeKind.ACCOUNTS, ChangeKind.RATES}:
            return True
        if ChangeKind.ENTRIES not in kinds and not changes.dirty_from:
            return False
        return self.query.account_id is None or self.query.account_id in changes.accounts

    def _on_applied(self, applied: Applied) -> None:
        changes = applied.changes
        if not self._relevant(changes):
            return
        # Names (accounts, categories) may have changed under rows whose pages stay cached.
        self._cells = {}
        if not self._active:
            self._stale.append(changes)
            return
        self._update_from(changes, applied.count_delta)

    def _update_from(self, changes: Changes, delta: Mapping[AccountId, int] | None = None) -> None:
        """Follow a write; ``delta`` (the Applied record's row-count change per account, when
        known) spares a full count."""
        self._cells = {}
        if self._opening_moved():
            return
        if changes.kinds & {ChangeKind.CATEGORIES, ChangeKind.TAGS}:
            self.refresh_completions()
        first = 0
        q = self.query
        dirty = [
            d for a, d in changes.dirty_from.items() if q.account_id is None or a == q.account_id
        ]
        structural = bool(changes.kinds & {ChangeKind.ENTRIES, ChangeKind.ACCOUNTS})
        old = self._total
        new = old
        if structural:
            known = delta is not None and all(
                a in delta for a in changes.dirty_from if q.account_id is None or a == q.account_id
            )
            if delta is not None and known and not q.filtered:
                # Our own write: the exact row-count change per account, no full count.
                new = old + sum(
                    n for a, n in delta.items() if q.account_id is None or a == q.account_id
                )
            else:
                new = reads.count_entries(self.ledger, q)
        last = None  # the last position whose row may have changed (None: to the end)
        by_day = (
            q.sort is reads.SortColumn.DATE
            and dirty
            and not changes.kinds & {ChangeKind.CATEGORIES, ChangeKind.TAGS, ChangeKind.RATES}
        )
        if by_day and q.descending:
            # Newest on top: rows dated on or after the earliest dirty day are the top ones;
            # the older rows below keep their figures (and, when none came or went, their
            # places and cached pages).
            if new == old:
                # No row came or went: the cached pages bound the changed rows (or, with no
                # older row cached, every row is announced; a view repaints only what shows).
                cached = self._last_cached_from(min(dirty))
                last = new - 1 if cached is None else cached
            else:
                last = reads.tail_count(self.ledger, q, min(dirty)) - 1
            if new == old:
                self._drop_pages([n for n in self._pages if n * PAGE <= last])
            else:
                self._drop_pages()
        elif by_day:
            if new == old:
                # No row came or went: rows before the earliest dirty day kept their place,
                # so the cached pages bound the first changed row without counting the tail
                # (a count of five years of rows, for an edit five years back).
                first = self._first_cached_from(min(dirty))
            else:
                # Rows before the earliest dirty day did not move: count the tail instead.
                first = new - reads.tail_count(self.ledger, q, min(dirty))
        if last is None:
            self._drop_pages([n for n in self._pages if (n + 1) * PAGE > first])
        first = min(first, old, new)
        lead = self._lead
        if new > old:
            self.beginInsertRows(_ROOT, lead + first, lead + first + new - old - 1)
            self._total = new
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(_ROOT, lead + first, lead + first + old - new - 1)
            self._total = new
            self.endRemoveRows()
        end = self._total - 1 if last is None else min(last, self._total - 1)
        if first <= end:
            self.dataChanged.emit(
                self.index(lead + first, 0), self.index(lead + end, len(self.columns) - 1)
            )

    def _opening_moved(self) -> bool:
        """The opening row after a write: repainted when it changed, and the table read
        afresh when it came or went (its row and the entries' row numbers move)."""
        opening = register_opening.for_query(self.book, self.query)
        if opening == self._opening:
            return False
        if (opening is None) != (self._opening is None):
            self.set_query(self.query)
            return True
        self._opening = opening
        row = self.opening_row
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return False

    def _last_cached_from(self, day: date) -> int | None:
        """Newest on top: a position at or after the last row dated ``day`` or later, from the
        cached pages alone (every such row comes before the first cached row dated earlier;
        exact when the row before that one is cached too). None when no earlier row is
        cached."""
        for number in sorted(self._pages):
            for offset, line in enumerate(self._pages[number].rows):
                if line.date < day:
                    return number * PAGE + offset - 1
        return None

    def _first_cached_from(self, day: date) -> int:
        """A row number at or before the first row dated ``day`` or later (date order), from
        the cached pages alone: that row itself when its page is cached and nothing uncached
        lies between it and an earlier cached row, else the row after the last cached row
        dated earlier (0 when none is cached)."""
        best = 0
        for number in sorted(self._pages):
            page = self._pages[number]
            base = number * PAGE
            for offset, line in enumerate(page.rows):
                if line.date >= day:
                    exact = offset > 0 or number == 0 or base == best
                    return base + offset if exact else best
            best = base + len(page.rows)
        return best

    def _on_corrected(self, accounts: frozenset[AccountId]) -> None:
        """The worker's figures replaced provisional ones that differed (should never happen)."""
        if self.query.account_id is not None and self.query.account_id not in accounts:
            return
        self._figures = {}
        self._cells = {}
        if self._total:
            col = self.column_of(BALANCE)
            self.dataChanged.emit(
                self.index(self._lead, col), self.index(self._lead + self._total - 1, col)
            )


class UnknownCategoryError(DomainError):
    """A typed category path that names no category."""

    def __init__(self, path: str) -> None:
        super().__init__(f"no category named {path!r}")
        self.path = path


def _line_flags(line: reads.EntryLine, name: str) -> Qt.ItemFlag:
    """An entry row's cell flags: the balance, a valuation's payee, category and tags, and a
    transfer's account and category are not edited in place."""
    if name in (BALANCE, register_status.STATUS):
        return _SELECTABLE
    if line.kind is EntryKind.VALUATION and name in (CATEGORY, TAGS, PAYEE, PAYMENT):
        return _SELECTABLE
    if line.kind is EntryKind.TRANSFER and name in (ACCOUNT, CATEGORY):
        return _SELECTABLE
    return _EDITABLE


def _tip(line: reads.EntryLine, name: str) -> str | None:
    if line.kind is EntryKind.VALUATION and name in MONEY_COLUMNS:
        return tr("Valuation: the account's balance is set to this amount on this day.")
    if line.kind is EntryKind.TRANSFER and name == CATEGORY:
        return tr("A transfer between your accounts: not income or spending.")
    if name == NOTES and line.notes:
        return line.notes
    return None


def _signed(amount: Decimal, name: str, kind: EntryKind) -> Decimal:
    """A typed figure as the entry's signed amount: a payment is money out (a negative typed
    there is money in, as GnuCash moves it to the other column); a valuation is a level."""
    if name == PAYMENT and kind is not EntryKind.VALUATION:
        return -amount
    return amount


def _side_value(minor: int, currency: str, name: str, kind: EntryKind) -> str:
    """What an editor of a money column starts from: the signed amount, or the size of a
    payment or deposit in its own column (empty in the other)."""
    amount = Money.from_minor(minor, currency).amount
    if name == AMOUNT or kind is EntryKind.VALUATION:
        return str(amount)
    side = _draft_side(amount, name)
    return "" if side is None else str(side)


def _draft_side(amount: Decimal, name: str) -> Decimal | None:
    if name == PAYMENT:
        return -amount if amount < 0 else None
    return amount if amount >= 0 else None


def _to_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    to_py = getattr(value, "toPython", None)
    if callable(to_py):
        result = to_py()
        if isinstance(result, date):
            return result
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise DomainError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _to_amount(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace(",", "").replace("$", "").replace("€", "").replace("£", "")
    if text.startswith("(") and text.endswith(")"):
        text = "-" + text[1:-1]
    return parse_decimal(text)


def _split_tags(text: str) -> tuple[str, ...]:
    return tuple(sorted({t.strip() for t in text.split(",") if t.strip()}))


__all__ = ["FigureState", "RegisterModel"]
