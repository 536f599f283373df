"""A bank's corrections (OFX CORRECTACTION) applied to the entries of an earlier download.

A statement may correct a transaction the bank sent before: REPLACE (a new transaction takes its
place) or DELETE. Within one file the reader applies them itself; here each correction is looked
up in the book by its corrected FITID, in the same account only, and the entry found is deleted
in the import's own write (one undo step with the import; a split entry's lines go with it).
Nothing is guessed: no entry with that id, several of them, or an entry tied to another account
(a transfer side, a split with a transfer line, or such a line's counterpart) leave the book as
it is and the summary says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.imports.records import Correction, ParsedFile
from permoney_desktop.domain.money import Money
from permoney_desktop.services import gate
from permoney_desktop.services.imports.closing_check import Pending
from permoney_desktop.store import (
    correction_queries,
    entry_queries,
    import_queries,
    split_queries,
)
from permoney_desktop.store.correction_queries import CorrectedEntry
from permoney_desktop.store.types import SqlConnection


class Status(StrEnum):
    APPLIED = "applied"  # the entry is (or would be) deleted
    DONE_BEFORE = "done before"  # a re-import: the replacement is in the book, the target gone
    NOT_FOUND = "not found"
    SEVERAL = "several"  # more than one entry carries the id: none is chosen
    TRANSFER = "transfer"  # one side of a transfer: left to the user
    NO_ACCOUNT = "no account"  # the statement's account is not a book account


@dataclass(frozen=True, slots=True)
class CorrectionOutcome:
    """What one correction did (or would do) to the book."""

    action: str
    target: str
    line: int
    account: str  # the book account's name ("" when there is none)
    status: Status
    entry: CorrectedEntry | None = None

    @property
    def applied(self) -> bool:
        return self.status is Status.APPLIED

    def amount(self) -> Decimal | None:
        e = self.entry
        return None if e is None else Decimal(e.amount).scaleb(-exponent(Currency(e.currency)))


Targets = Mapping[str | None, tuple[int, str]]


class ImportRequestLike(Protocol):
    """What is read of an ``ImportRequest`` (named here: ``types`` imports this module)."""

    @property
    def account(self) -> str | None: ...

    @property
    def accounts(self) -> Mapping[str, str]: ...


def plan_corrections(
    conn: SqlConnection,
    parsed: ParsedFile,
    targets: Targets,
    fixed_account: str | None = None,
    mapped: Mapping[str, str] | None = None,
) -> list[CorrectionOutcome]:
    """Each correction of the file against the book, without writing.

    The account is the one the file's rows of that statement go to (``targets``); a statement
    with no rows (only a DELETE) goes where the request maps it (``mapped``), or to
    ``fixed_account`` when the file has one statement. A correction whose target was in this
    file and is not in the book needs nothing more and is left out.
    """
    if not parsed.corrections:
        return []
    by_name = {str(n).casefold(): (int(i), str(n)) for i, n, _c in import_queries.accounts(conn)}
    statements = {s.account_key for s in parsed.statements} | {
        c.account for c in parsed.corrections
    }
    single = len(statements) == 1
    out: list[CorrectionOutcome] = []
    for c in parsed.corrections:
        account = _account(c, targets, by_name, mapped or {}, fixed_account if single else None)
        if account is None:
            out.append(CorrectionOutcome(c.action, c.target, c.line, "", Status.NO_ACCOUNT))
            continue
        outcome = _lookup(conn, c, account)
        if outcome.status is Status.NOT_FOUND and c.in_file:
            continue  # applied within the file; nothing of it was in the book
        out.append(outcome)
    return out


def for_request(
    conn: SqlConnection, parsed: ParsedFile, targets: Targets, request: ImportRequestLike
) -> list[CorrectionOutcome]:
    """``plan_corrections`` with the request's account choices."""
    return plan_corrections(conn, parsed, targets, request.account, request.accounts)


def _account(
    c: Correction,
    targets: Targets,
    by_name: Mapping[str, tuple[int, str]],
    mapped: Mapping[str, str],
    fixed: str | None,
) -> tuple[int, str] | None:
    if (found := targets.get(c.account)) is not None:
        return found
    key = c.account or ""
    name = mapped.get(key) or (key if key.strip().casefold() in by_name else None) or fixed
    return by_name.get(name.strip().casefold()) if name else None


def _lookup(conn: SqlConnection, c: Correction, account: tuple[int, str]) -> CorrectionOutcome:
    account_id, name = account
    ids = [c.target] + ([c.replacement] if c.replacement else [])
    found = correction_queries.entries_with_ids(conn, account_id, ids)
    hits = [e for e in found if e.external_id == c.target]
    status = Status.APPLIED
    if not hits:
        replaced = c.replacement is not None and any(e.external_id == c.replacement for e in found)
        status = Status.DONE_BEFORE if replaced and not c.in_file else Status.NOT_FOUND
    elif len(hits) > 1:
        status = Status.SEVERAL
    elif _in_a_transfer(conn, hits[0]):
        status = Status.TRANSFER
    entry = hits[0] if len(hits) == 1 else None
    return CorrectionOutcome(c.action, c.target, c.line, name, status, entry)


def _in_a_transfer(conn: SqlConnection, e: CorrectedEntry) -> bool:
    """One side of a transfer, a split with a transfer line, or such a line's counterpart:
    deleting it would change another account's entries too."""
    if e.transfer_id is not None:
        return True
    if not split_queries.any_lines(conn):
        return False
    return bool(split_queries.transfer_lines(conn, [e.id])) or bool(
        split_queries.counterpart_owners(conn, [e.id])
    )


def apply_corrections(w: gate.Write, outcomes: Sequence[CorrectionOutcome]) -> None:
    """Delete the entries the corrections name, in the import's write (journaled for undo)."""
    doomed = [o.entry for o in outcomes if o.applied and o.entry is not None]
    if not doomed:
        return
    entry_queries.delete_with_transfers(w.journal, [e.id for e in doomed], [])
    first: dict[int, date] = {}
    for e in doomed:
        day = date.fromisoformat(e.date)
        if e.account_id not in first or day < first[e.account_id]:
            first[e.account_id] = day
    for account_id, day in first.items():
        w.touch(account_id, day)
    w.mark(ChangeKind.ENTRIES)


def pending_removals(outcomes: Sequence[CorrectionOutcome]) -> list[Pending]:
    """The deletions a plan would make, as changes for the closing-balance check."""
    out: list[Pending] = []
    for o in outcomes:
        e = o.entry
        if o.applied and e is not None and e.kind != EntryKind.VALUATION.value:
            out.append((e.account_id, date.fromisoformat(e.date), -e.amount, e.currency))
    return out


# -- words -----------------------------------------------------------------------------------


def sentence(o: CorrectionOutcome, *, would: bool) -> str:
    """One correction in words, the same in the CLI and the wizard."""
    what = "replaces" if o.action == "REPLACE" else "deletes"
    head = f"the bank {what} its transaction {o.target} (line {o.line})"
    if o.account:
        head = f"{o.account}: {head}"
    e = o.entry
    shown = ""
    if e is not None:
        money = Money(o.amount() or Decimal(0), e.currency)
        payee = f" {e.payee}" if e.payee else ""
        shown = f"entry {e.id} of {e.date}, {money}{payee}"
    if o.status is Status.APPLIED:
        verb = "would be deleted" if would else "deleted"
        imported = "would be imported" if would else "is imported"
        tail = f"; the corrected transaction {imported}" if o.action == "REPLACE" else ""
        return f"{head}: {shown} {verb}{tail}"
    if o.status is Status.DONE_BEFORE:
        return f"{head}: already applied by an earlier import"
    if o.status is Status.NOT_FOUND:
        return f"{head}: no entry of the account has that id, so it changes nothing"
    if o.status is Status.SEVERAL:
        return f"{head}: several entries of the account have that id, so none is changed"
    if o.status is Status.TRANSFER:
        return f"{head}: {shown} is part of a transfer, left as it is: correct it by hand"
    return f"{head}: the statement's account is not a book account, so it changes nothing"


def needs_attention(o: CorrectionOutcome) -> bool:
    """A correction the user should look at (not applied, and not applied before)."""
    return o.status not in (Status.APPLIED, Status.DONE_BEFORE)
