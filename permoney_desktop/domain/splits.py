"""Split transactions: an entry's lines, and the rule that they sum exactly to the entry.

A line has a category (or a transfer to another account), an amount with the entry's sign
convention, a memo and tags. Lines are kept in integer minor units of the entry's currency, so
"sums exactly" is integer equality, never a rounded comparison.

A *transfer line* moves its amount into another account: the write that stores it also keeps a
counterpart entry (kind ``transfer``, no ``transfer_id``) in that account, carrying the opposite
amount on the entry's day. Both balance computations read that counterpart like any other entry,
so neither needs to know about splits; metrics leave transfer lines out, as they do transfers.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money

MAX_LINES = 200  # a receipt has dozens of lines at most; more is a mistake in the input
MAX_MEMO = 300


class SplitError(DomainError):
    """Lines that cannot be the split of their entry."""


@dataclass(frozen=True, slots=True)
class SplitLine:
    """One line as the user gives it: a signed amount (entry sign) and where it goes."""

    amount: Decimal
    category_id: CategoryId | None = None
    transfer_account_id: AccountId | None = None
    memo: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredLine:
    """One line as stored, in minor units of the entry's currency, with names for display."""

    id: int
    entry_id: int
    position: int
    minor: int
    category_id: int | None
    category: str
    transfer_account_id: int | None
    transfer_account: str
    memo: str
    tags: tuple[str, ...]
    counter_entry_id: int | None

    @property
    def is_transfer(self) -> bool:
        return self.transfer_account_id is not None

    def target(self) -> str:
        """What the line is for, as the register shows it: a category or ``[Account]``."""
        if self.transfer_account_id is not None:
            return f"[{self.transfer_account}]"
        return self.category or "Uncategorized"


def line_minors(lines: Sequence[SplitLine], cur: Currency) -> list[int]:
    """Each line's amount in minor units of ``cur``; more decimals than ``cur`` has is refused."""
    return [to_minor(line.amount, cur, f"split line {i} amount") for i, line in enumerate(lines, 1)]


def remaining(total_minor: int, minors: Sequence[int]) -> int:
    """What is still to assign: the entry's amount minus its lines, in minor units."""
    return total_minor - sum(minors)


def check_lines(
    total_minor: int, lines: Sequence[SplitLine], minors: Sequence[int], cur: Currency
) -> None:
    """Refuse lines that are not a valid split of an entry of ``total_minor``."""
    if len(lines) < 2:
        raise SplitError(Message("a split needs at least two lines (one line is the entry itself)"))
    if len(lines) > MAX_LINES:
        raise SplitError(
            Message(
                "a split has at most {limit} lines, not {count}",
                limit=MAX_LINES,
                count=len(lines),
            )
        )
    for i, line in enumerate(lines, 1):
        if line.category_id is not None and line.transfer_account_id is not None:
            raise SplitError(
                Message("split line {i} has both a category and a transfer account", i=i)
            )
        if len(line.memo) > MAX_MEMO:
            raise SplitError(
                Message(
                    "split line {i} memo is longer than {limit} characters",
                    i=i,
                    limit=MAX_MEMO,
                )
            )
    left = remaining(total_minor, minors)
    if left:
        total = Money.from_minor(total_minor, cur)
        lines_sum = Money.from_minor(sum(minors), cur)
        raise SplitError(
            Message(
                "split lines sum to {lines_sum}, not the entry's {total} ({left} still to assign)",
                lines_sum=lines_sum,
                total=total,
                left=Money.from_minor(left, cur),
            )
        )


def line_text(part: str) -> tuple[str | None, str, str] | None:
    """One line of the ``tx split`` syntax, "TARGET=AMOUNT", as (account, category, amount
    text): the target "[Savings]" is a transfer line's account (category ""), anything else a
    category path ("" for none). None when there is no "=". The amount is left as text: the
    CLI and a CSV file read numbers differently."""
    target, eq, amount_text = part.rpartition("=")
    if not eq:
        return None
    target = target.strip()
    if target.startswith("[") and target.endswith("]") and target[1:-1].strip():
        return target[1:-1].strip(), "", amount_text.strip()
    return None, target, amount_text.strip()


def tags_text(tags: Sequence[str]) -> str:
    """Tags as stored on a line: unique names, comma-separated, in the order given."""
    clean = [t.strip() for t in tags if t.strip()]
    for t in clean:
        if "," in t:
            raise SplitError(Message("a tag name cannot contain a comma: {t!r}", t=t))
    return ",".join(dict.fromkeys(clean))


def parse_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split(",") if t)


def kept_counterparts(
    old: Sequence[tuple[int, int, int]],
    new: Sequence[tuple[int | None, int]],
    skip: Collection[int] = (),
) -> dict[int, int]:
    """Which present transfer counterparts a re-split keeps: new line index → the counterpart
    of an old transfer line it repeats (same account, same minor amount), each at most once.

    ``old``: (account, minor, counterpart id) of the present transfer lines; ``new``: (transfer
    account or None, minor) of the new lines; ``skip``: new line indexes that have their
    counterpart already (an import adopting its other record)."""
    left = list(old)
    kept: dict[int, int] = {}
    for i, (acc, minor) in enumerate(new):
        if acc is None or i in skip:
            continue
        for n, (old_acc, old_minor, counter) in enumerate(left):
            if old_acc == int(acc) and old_minor == minor:
                kept[i] = counter
                del left[n]
                break
    return kept


def lines_text(lines: Sequence[StoredLine], currency: str) -> str:
    """An entry's lines in one cell, as ``tx split --split`` takes them: "TARGET=AMOUNT" joined
    by "; ", the target a category path, "[Account]" for a transfer line, empty for none."""
    parts = []
    for line in lines:
        if line.transfer_account_id is not None:
            target = f"[{line.transfer_account}]"
        else:
            target = line.category
        parts.append(f"{target}={Money.from_minor(line.minor, currency).amount}")
    return "; ".join(parts)
