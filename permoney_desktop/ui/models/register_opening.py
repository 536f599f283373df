"""The register's opening-balance row: an account's opening balance as a row of its register.

Shown for one account's unfiltered register in date order when its opening balance is not zero:
the first row (the last with newest on top), dated the account's opening date (else its first
day), with the opening amount and, in Balance, the level every later running balance starts
from. Its date and amount are edited in place through the account's opening
(``ui/operations/accounts.set_opening``: the account edit's one undo step, whatever the service
refuses, such as a locked reconciled period, is reported as for any edit). The rest of the row
is read-only; it has no entry id, so entry actions (delete, duplicate, the other side) skip it.
``ui/models/register_model.py`` places it and hands its cells and edits here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.register_query import RegisterQuery, SortColumn
from permoney_desktop.services.figures import Figure
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.models import roles
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.operations import accounts as account_ops
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.writes import Writer

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
FLAGS = -1  # a cell's item flags, kept with its roles (the register model's key too)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable

DATE, PAYEE, AMOUNT, PAYMENT, DEPOSIT, BALANCE = (
    "date",
    "payee",
    "amount",
    "payment",
    "deposit",
    "balance",
)
MONEY = frozenset({AMOUNT, PAYMENT, DEPOSIT})
EDITABLE = MONEY | {DATE}


@dataclass(frozen=True)
class Opening:
    """What the row shows: the account's opening as a level and as a flow."""

    account_id: AccountId
    day: date | None
    level: int  # as the user sees it (owed for a liability), minor units
    currency: Currency
    liability: bool

    @property
    def flow(self) -> int:
        """As an entry's amount: money in for an asset, a charge for a liability."""
        return -self.level if self.liability else self.level


def for_query(book: BalanceBook, query: RegisterQuery) -> Opening | None:
    """The row to show in this register, or None."""
    if query.account_id is None or query.filtered or query.sort is not SortColumn.DATE:
        return None
    st = book.account(query.account_id)
    if st is None or st.opening_balance == 0:
        return None
    day = st.opening_date
    if day is None:
        rows = book.rows(st.id)
        day = rows[0].day if rows else None
    liability = st.kind.classification is Classification.LIABILITY
    return Opening(st.id, day, st.opening_balance, st.currency, liability)


def _money_text(opening: Opening, name: str) -> str:
    flow = opening.flow
    if (name == PAYMENT and flow >= 0) or (name == DEPOSIT and flow < 0):
        return ""
    minor = abs(flow) if name != AMOUNT else flow
    text = format_money(Money.from_minor(minor, opening.currency))
    return f"+{text}" if name == AMOUNT and minor > 0 else text


def _edit_value(opening: Opening, name: str) -> object:
    if name == DATE:
        return opening.day or date.today()
    flow = Money.from_minor(opening.flow, opening.currency).amount
    if name == AMOUNT:
        return str(flow)
    side = -flow if name == PAYMENT else flow
    return str(side) if side >= 0 else ""


def cells(opening: Opening, columns: list[str]) -> list[dict[int, object]]:
    """Every role's answer for each cell of the row (as ``RegisterModel._row_cells``)."""
    out = []
    for name in columns:
        cell: dict[int, object] = {
            roles.ACCOUNT_ID_ROLE: int(opening.account_id),
            FLAGS: _EDITABLE if name in EDITABLE else _SELECTABLE,
            _TOOLTIP: tr(
                "The account's opening balance: change its date or amount here or in "
                "Edit account…; the balances below start from it."
            ),
        }
        text = ""
        if name == DATE:
            text = format_day(opening.day) if opening.day else ""
            cell[roles.SORT_ROLE] = opening.day.isoformat() if opening.day else ""
        elif name == PAYEE:
            text = tr("Opening balance")
            cell[_FOREGROUND] = "muted"
        elif name in MONEY:
            text = _money_text(opening, name)
            cell[_ALIGNMENT] = _RIGHT
            cell[roles.SORT_ROLE] = opening.flow
        elif name == BALANCE:
            fig = Figure(opening.level, opening.currency)
            text = format_money(fig.money)
            cell[_ALIGNMENT] = _RIGHT
            cell[roles.FIGURE_ROLE] = fig
            cell[roles.FIGURE_STATE_ROLE] = int(fig.state)
            cell[roles.SORT_ROLE] = fig.minor
            if fig.minor < 0:
                cell[_FOREGROUND] = "negative"
        cell[_DISPLAY] = text
        cell[_ACCESSIBLE] = f"{tr('Opening balance')} {text}" if name in MONEY else text
        if name in EDITABLE:
            cell[_EDIT] = _edit_value(opening, name)
        out.append(cell)
    return out


def edit(
    writer: Writer, opening: Opening, name: str, value: Any, *, to_date: Any, to_amount: Any
) -> bool:
    """Change the opening's date or amount from a cell (one undo step); False when nothing
    changed or the write was refused (reported by the writer)."""
    if name == DATE:
        day = to_date(value)
        if day == opening.day:
            return False
        return account_ops.set_opening(writer, int(opening.account_id), day=day) is not None
    if name not in MONEY:
        return False
    text = str(value).strip()
    typed = Decimal(0) if not text else to_amount(text)
    flow = -typed if name == PAYMENT else typed
    if name != AMOUNT and not text:
        return False  # an emptied side: the amount is in the other column
    level = -flow if opening.liability else flow
    current = Money.from_minor(opening.level, opening.currency).amount
    if level == current:
        return False
    return account_ops.set_opening(writer, int(opening.account_id), balance=level) is not None
