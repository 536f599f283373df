"""The register's view of split entries: their lines read with each page, the split marker in
the category cell (the lines' targets, expanded in place), and the lines with their amounts in
the cell's tooltip. The lines themselves are edited in the split editor (``ui/dialogs``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.ids import AccountId, EntryId
from permoney_desktop.domain.money import Money
from permoney_desktop.services import split_reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.money_format import format_money

if TYPE_CHECKING:
    from permoney_desktop.domain.splits import StoredLine
    from permoney_desktop.services import register_reads as reads

MARK = QT_TR_NOOP("Split:")  # the split marker: plain text, so every font shows it
SHOWN = 3  # targets named in the cell before "+N more"

Lines = dict[EntryId, list["StoredLine"]]


def lines_for(ledger: Ledger, rows: Sequence[reads.EntryLine]) -> Lines:
    """The split lines of a page's transactions (one indexed query; none without any)."""
    ids = [int(r.id) for r in rows if r.kind is EntryKind.TRANSACTION]
    if not ids:
        return {}
    return {EntryId(k): v for k, v in split_reads.lines_of(ledger, ids).items()}


def counterparts_for(
    ledger: Ledger, rows: Sequence[reads.EntryLine]
) -> dict[EntryId, tuple[EntryId, AccountId]]:
    """A split transfer line's counterpart rows (transfers without a transfer id) → the split
    entry and its account: their "other side" in the register."""
    ids = [int(r.id) for r in rows if r.kind is EntryKind.TRANSFER and r.transfer_id is None]
    return split_reads.counterpart_owners(ledger, ids) if ids else {}


def cell_text(lines: Sequence[StoredLine]) -> str:
    """``Split: Food:Groceries, Household, [Savings]``: what the entry was split into."""
    return f"{tr(MARK)} {targets_text(lines)}"


def targets_text(lines: Sequence[StoredLine]) -> str:
    """``Food:Groceries, Household, [Savings]``, the first few targets and "+N more"."""
    targets = list(dict.fromkeys(line.target() for line in lines))
    more = len(targets) - SHOWN
    shown = ", ".join(targets[:SHOWN])
    extra = tr(" +{count} more").format(count=more) if more > 0 else ""
    return f"{shown}{extra}"


def tooltip(lines: Sequence[StoredLine], currency: str) -> str:
    """Every line with its amount, memo and tags, and how to change them."""
    out = [f"Split into {len(lines)} lines:"]
    for line in lines:
        text = f"  {line.target()}  {format_money(Money.from_minor(line.minor, currency))}"
        if line.memo:
            text += f" — {line.memo}"
        if line.tags:
            text += f"  #{' #'.join(line.tags)}"
        out.append(text)
    out.append(tr("Ctrl+Shift+S edits the lines."))
    return "\n".join(out)
