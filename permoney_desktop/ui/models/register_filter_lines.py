"""The register under a category or a dashboard figure's filter: a split entry shows the sum of
the lines the filter takes (what the metrics count of it), marked as a part of the entry, so a
figure's rows add up to the figure and a category's rows to what was spent in it.

Which lines a filter takes follows the metrics (``store/split_queries.correction_sql``): a
line counts under its own category, an uncategorized line as income when it brings money in
and as spending otherwise, a transfer line never; the entry's own category plays no part. The
running balance stays the account's level after the whole entry, as under every filter (the
rows shown are never contiguous, so it is never the sum of the rows above).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from permoney_desktop.domain.ids import EntryId
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.register_query import RegisterQuery
from permoney_desktop.services import split_reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.models import register_splits
from permoney_desktop.ui.money_format import format_money

if TYPE_CHECKING:
    from permoney_desktop.domain.splits import StoredLine

Tree = Sequence[tuple[int, int | None, str]]  # (id, parent id, kind) of every category


@dataclass(frozen=True, slots=True)
class Part:
    """What a split entry shows under a filter: the lines taken and their sum (minor units)."""

    lines: tuple[StoredLine, ...]
    minor: int
    total: int  # the entry's amount

    def cell_text(self, currency: str) -> str:
        """``Part of $80.00: Food:Groceries``: first, so a narrow column still shows that the
        row is a part of a split entry, then the lines' targets."""
        return tr("Part of {total}: {lines}").format(
            total=format_money(Money.from_minor(abs(self.total), currency)),
            lines=register_splits.targets_text(self.lines),
        )

    def tooltip(self, all_lines: Sequence[StoredLine], currency: str) -> str:
        shown = format_money(Money.from_minor(self.minor, currency))
        whole = format_money(Money.from_minor(self.total, currency))
        head = tr(
            "Part of a split entry: this filter takes {shown} of its {whole}"
            " (the lines below that it matches)."
        ).format(shown=shown, whole=whole)
        return f"{head}\n{register_splits.tooltip(all_lines, currency)}"


@dataclass(frozen=True, slots=True)
class LineFilter:
    """Which lines of a split entry a register query takes (every condition must hold)."""

    subtree: frozenset[int] | None = None  # the category box: a category and its children
    ids: frozenset[int] | None = None  # a figure's categories
    uncategorized: bool = False  # a figure's uncategorized lines (with ``sign``)
    kind: str | None = None  # a figure's flow without categories: lines of this kind
    sign: int = 0  # 1: money in, -1: money out, 0: either (uncategorized lines only)
    figure: bool = False  # a figure's flow is in force: transfer lines never count

    def takes(self, line: StoredLine, kinds: Mapping[int, str]) -> bool:
        cat = line.category_id
        if self.subtree is not None and (cat is None or int(cat) not in self.subtree):
            return False
        if not self.figure:
            return True
        if line.is_transfer:
            return False
        return self._counted(line, None if cat is None else int(cat), kinds)

    def _counted(self, line: StoredLine, cat: int | None, kinds: Mapping[int, str]) -> bool:
        """A figure's rule for a line that is not a transfer."""
        named = self.ids is not None or self.uncategorized
        if cat is None:  # income when it brings money in, spending otherwise
            signed = self.sign == 0 or (line.minor > 0) == (self.sign > 0)
            return signed and (self.uncategorized or not named)
        if named:
            return self.ids is not None and cat in self.ids
        return self.kind is None or kinds.get(cat) == self.kind


def line_filter(query: RegisterQuery, tree: Tree) -> LineFilter | None:
    """The lines ``query`` takes, or None when it takes whole entries (no category or flow)."""
    figure = query.flow is not None or query.category_ids is not None or query.uncategorized
    if query.category_id is None and not figure:
        return None
    subtree = None
    if query.category_id is not None:
        root = int(query.category_id)
        subtree = frozenset({root} | {i for i, parent, _k in tree if parent == root})
    flow = query.flow if query.flow in ("income", "expense") else None
    return LineFilter(
        subtree=subtree,
        ids=None if query.category_ids is None else frozenset(map(int, query.category_ids)),
        uncategorized=query.uncategorized,
        kind=flow,
        sign={"income": 1, "expense": -1}.get(flow or "", 0),
        figure=figure,
    )


def parts_for(
    ledger: Ledger, query: RegisterQuery, lines: Mapping[EntryId, Sequence[StoredLine]]
) -> dict[EntryId, Part]:
    """The part each split entry of a page shows under ``query`` (none without a filter that
    takes lines, or without split entries)."""
    if not lines or (query.category_id is None and not query.from_figure):
        return {}
    tree = split_reads.category_tree(ledger)
    flt = line_filter(query, tree)
    if flt is None:
        return {}
    kinds = {i: k for i, _p, k in tree}
    out: dict[EntryId, Part] = {}
    for entry_id, all_lines in lines.items():
        taken = tuple(x for x in all_lines if flt.takes(x, kinds))
        total = sum(x.minor for x in all_lines)
        out[entry_id] = Part(taken, sum(x.minor for x in taken), total)
    return out
