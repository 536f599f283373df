"""An import's split lines (QIF ``S``/``E``/``$``, the entries CSV's ``split`` column): written
on the new entries inside the import's own write, so the entries and their lines are one undo
step.

Categories the lines name are found by path or created with the kinds an import gives new
categories (``domain.imports.category_kinds``). A transfer line (``[Account]``) whose account
is in the book moves money into it; when the same file holds that account's own record of the
transfer (same day, opposite amount), that record becomes the line's counterpart instead of a
second copy of the money. A line naming an account the book does not have stays a plain line
with the account's name in its memo, and the import's notes say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.errors import AmountError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.imports.category_kinds import new_category_kinds
from permoney_desktop.domain.imports.records import ImportFileError, ParsedFile, ParsedSplit
from permoney_desktop.domain.splits import SplitError, SplitLine
from permoney_desktop.services import gate
from permoney_desktop.services.imports.new_categories import create_path
from permoney_desktop.services.imports.plan import book_accounts, category_ids_by_path
from permoney_desktop.services.imports.types import ImportPlan, NewRows
from permoney_desktop.services.splits import write_lines
from permoney_desktop.store import category_queries

Key = tuple[int, str, int]  # (account id, ISO day, minor amount)


@dataclass
class _Context:
    """What every split entry of one import looks its lines up in."""

    new: NewRows
    ids: range
    categories: dict[str, CategoryId]
    accounts: dict[str, int]
    others: dict[Key, list[int]]  # rows that may be a transfer line's counterpart
    unknown: set[str] = field(default_factory=set)  # transfer accounts not in the book

    def lines(
        self, n: int, parsed_lines: Sequence[ParsedSplit]
    ) -> tuple[list[SplitLine], dict[int, int]]:
        """Row ``n``'s lines, and the counterparts they adopt (line index -> entry id)."""
        new = self.new
        cur = Currency(new.currency[n])
        lines: list[SplitLine] = []
        adopt: dict[int, int] = {}
        for i, s in enumerate(parsed_lines):
            acc = self.accounts.get(s.account.casefold()) if s.account else None
            if s.account and (acc is None or acc == new.account_id[n]):
                self.unknown.add(s.account)
                lines.append(SplitLine(s.amount, memo=f"[{s.account}] {s.memo}".strip()))
                continue
            if acc is not None:
                key = (acc, new.date[n].isoformat(), -to_minor(s.amount, cur))
                free = self.others.get(key)
                if free:
                    adopt[i] = self.ids[free.pop(0)]
                lines.append(SplitLine(s.amount, transfer_account_id=AccountId(acc), memo=s.memo))
                continue
            cat = self.categories.get(s.category.casefold()) if s.category else None
            lines.append(SplitLine(s.amount, cat, memo=s.memo))
        return lines, adopt


def write_splits(w: gate.Write, parsed: ParsedFile, plan: ImportPlan, ids: range) -> list[str]:
    """Split the new entries whose file rows have lines; returns notes for the import summary.
    Lines that cannot be their entry's split refuse the file (the import rolls back whole)."""
    by_line = {r.line: r.splits for r in parsed.rows if r.splits}
    new = plan.new
    paired = {n for pair in plan.transfer_pairs for n in pair}
    wanted = [
        (n, by_line[line]) for n, line in enumerate(new.line) if line in by_line and n not in paired
    ]
    if not wanted:
        return []
    split_rows = {n for n, _l in wanted}
    others: dict[Key, list[int]] = {}
    for n in range(len(new)):
        if n not in split_rows and n not in paired:
            key = (new.account_id[n], new.date[n].isoformat(), new.minor[n])
            others.setdefault(key, []).append(n)
    ctx = _Context(
        new,
        ids,
        _categories(w, [s for _n, lines in wanted for s in lines]),
        {a.name.casefold(): a.id for a in book_accounts(w.conn)},
        others,
    )
    for n, parsed_lines in wanted:
        try:
            write_lines(w, ids[n], *ctx.lines(n, parsed_lines))
        except SplitError as exc:
            raise ImportFileError(parsed.name, new.line[n], "split", str(exc)) from None
        except AmountError:  # a line with more decimals than the currency has
            why = f"a line has more decimals than {new.currency[n]} has"
            raise ImportFileError(parsed.name, new.line[n], "split", why) from None
    notes = [f"{parsed.name}: {len(wanted)} transactions imported with their split lines"]
    if ctx.unknown:
        names = ", ".join(sorted(ctx.unknown))
        notes.append(
            f"{parsed.name}: split lines transfer to accounts not in this book ({names});"
            " they were imported as plain lines with the account named in their memo"
        )
    return notes


def _categories(w: gate.Write, lines: Sequence[ParsedSplit]) -> dict[str, CategoryId]:
    """Category ids by case-folded path for every category the lines name, creating missing
    ones (a new parent first) with the kinds an import gives them."""
    paths = category_ids_by_path(w.conn)
    wanted = sorted({s.category for s in lines if s.category})
    missing = [p for p in wanted if p.casefold() not in paths]
    if missing:
        existing = {
            str(name).casefold(): str(kind)
            for _i, name, kind, parent, _p, _c in category_queries.all_categories(w.conn)
            if parent is None
        }
        # The kinds function votes by sign only.
        votes = [(s.category, _sign(s.amount)) for s in lines if s.category in missing]
        kinds = {p.casefold(): k for p, k in new_category_kinds(missing, votes, existing).items()}
        for path in missing:
            create_path(w, paths, path, kinds)
    return {p.casefold(): CategoryId(paths[p.casefold()]) for p in wanted}


def _sign(amount: Decimal) -> int:
    return 1 if amount > 0 else -1 if amount < 0 else 0
