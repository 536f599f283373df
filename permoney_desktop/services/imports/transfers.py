"""Transfer pairs: proposed while planning an import or over the whole book, then confirmed
(one transfer each) or rejected (never proposed again) by the user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports import transfer_match
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.services import gate
from permoney_desktop.services.imports.types import NewRows, TransferProposal
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.undo import raw
from permoney_desktop.store import import_queries
from permoney_desktop.store.types import SqlConnection


def propose_for_plan(
    conn: SqlConnection,
    new: NewRows,
    pairs: list[tuple[int, int]],
    names: dict[int, str],
) -> list[TransferProposal]:
    """Pairs among a plan's new rows (those not linked by the file) and the book's unlinked
    transactions; a new row is ``-(n+1)`` for the plan's n-th."""
    linked = {i for p in pairs for i in p}
    # A pair needs two accounts: rows of a one-account file can only pair with other
    # accounts' entries, so those alone are read, and none means nothing to propose.
    one_account = set(new.account_id)
    only = one_account.pop() if len(one_account) == 1 else None
    if only is not None and not import_queries.other_accounts_have_entries(conn, only):
        return []
    new_sides = [
        transfer_match.Side(-(n + 1), a, d, m, c)
        for n, (a, d, m, c) in enumerate(
            zip(new.account_id, new.date, new.minor, new.currency, strict=True)
        )
        if n not in linked and m != 0
    ]
    if not new_sides:
        return []
    lo = min(s.date for s in new_sides) - timedelta(days=transfer_match.MAX_DAYS)
    hi = max(s.date for s in new_sides) + timedelta(days=transfer_match.MAX_DAYS)
    wanted = {-s.amount_minor for s in new_sides}
    others = [
        transfer_match.Side(int(i), int(a), date.fromisoformat(d), int(m), str(c))
        for i, a, d, m, c in import_queries.transfer_candidates(conn, lo, hi, only)
        if int(m) in wanted
    ]
    found = transfer_match.propose(new_sides, others, import_queries.rejected_pairs(conn))
    return _proposals(found, names)


def _proposals(
    found: list[transfer_match.Proposal], names: dict[int, str]
) -> list[TransferProposal]:
    """Matched pairs as proposals the user confirms or rejects (outflow side's amount)."""
    return [
        TransferProposal(
            p.outflow.entry_id,
            p.inflow.entry_id,
            names.get(p.outflow.account_id, "?"),
            names.get(p.inflow.account_id, "?"),
            p.outflow.date,
            Money.from_minor(-p.outflow.amount_minor, p.outflow.currency).amount,
            p.outflow.currency,
        )
        for p in found
    ]


def _pair_rows(conn: SqlConnection, a: int, b: int) -> tuple[Any, Any]:
    rows = import_queries.entries_by_id(conn, a, b)
    if a not in rows or b not in rows:
        raise DomainError(Message("entries {a} and {b} do not both exist", a=a, b=b))
    return rows[a], rows[b]


def confirm_transfers(ledger: Ledger, pairs: Sequence[tuple[int, int]]) -> Changes:
    """Turn each confirmed pair of entries into one transfer (no longer income or expense)."""
    label = (
        Message("Link 1 transfer")
        if len(pairs) == 1
        else Message("Link {count} transfers", count=len(pairs))
    )
    with gate.write(ledger, label) as w:
        used: set[int] = set()
        for a, b in pairs:
            ra, rb = _pair_rows(w.conn, a, b)
            if a in used or b in used or a == b:
                raise DomainError(
                    Message("entry {value} is in two proposed pairs", value=a if a in used else b)
                )
            used.update((a, b))
            for r in (ra, rb):
                if r[4] is not None or r[5] != EntryKind.TRANSACTION.value:
                    raise DomainError(
                        Message("entry {r} is already a transfer or not a transaction", r=r[0])
                    )
            if ra[1] == rb[1]:
                raise DomainError(Message("entries {a} and {b} are in the same account", a=a, b=b))
            if (int(ra[3]) > 0) == (int(rb[3]) > 0):
                raise DomainError(
                    Message(
                        "entries {a} and {b} do not move money in opposite directions", a=a, b=b
                    )
                )
            t = w.new_id("transfers")
            w.journal.insert("transfers", [(t, raw(w.now))], ["id", "created_at"])
            w.journal.update_keys(
                "entries",
                [a, b],
                {"kind": EntryKind.TRANSFER.value, "transfer_id": t, "category_id": None},
            )
            w.touch(int(ra[1]), date.fromisoformat(ra[2]))
            w.touch(int(rb[1]), date.fromisoformat(rb[2]))
        w.mark(ChangeKind.ENTRIES)
    return w.changes


def reject_transfers(ledger: Ledger, pairs: Sequence[tuple[int, int]]) -> Changes:
    """Remember that these pairs are not transfers, so they are never proposed again."""
    with gate.write(ledger, Message("Reject transfer match")) as w:
        keys = sorted({transfer_match.pair_key(a, b) for a, b in pairs})
        for a, b in keys:
            _pair_rows(w.conn, a, b)
        existing = import_queries.rejected_pairs(w.conn)
        fresh = [(a, b, raw(w.now)) for a, b in keys if (a, b) not in existing]
        w.journal.insert(
            "rejected_transfer_pairs", fresh, ["entry_a_id", "entry_b_id", "created_at"]
        )
    return w.changes


def propose_transfers(ledger: Ledger, since: date | None = None) -> list[TransferProposal]:
    """Proposals among the book's unmatched transactions (for a "find transfers" action)."""
    with ledger.book.reading() as session:
        conn = session.connection()
        names = {int(i): str(n) for i, n, _currency in import_queries.accounts(conn)}
        rows = [
            transfer_match.Side(int(i), int(a), date.fromisoformat(d), int(m), str(c))
            for i, a, d, m, c in import_queries.unlinked_transactions(conn, since or date.min)
        ]
        rejected = import_queries.rejected_pairs(conn)
    found = transfer_match.propose(rows, [], rejected)
    return _proposals(found, names)
