"""Posting scheduled transactions: the catch-up run, post-now and skip of one occurrence.

Exactly once: every posted occurrence leaves a ``schedule_postings`` row, unique on (schedule,
nominal date), written in the same IMMEDIATE transaction as its entry. Two processes running
the catch-up at once are serialized by that transaction (the second reads what the first
wrote and finds nothing left); a process killed mid-run leaves nothing, and the next run posts
the lot. A whole run is one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import NewEntry, NewTransfer
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import EntryId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.recurrence import Occurrence
from permoney_desktop.domain.schedules import (
    PostingStatus,
    Schedule,
    ScheduleMode,
    pending,
    to_post,
)
from permoney_desktop.services import gate, loan_schedules
from permoney_desktop.services.entries import (
    ACCOUNT,
    COLUMNS,
    DATE,
    _Accounts,
    _entry_row,
    _Refs,
    _transfer_rows,
    account_names,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedules import load_schedule, load_state
from permoney_desktop.services.tags import resolve_tags
from permoney_desktop.store import schedule_queries as q

POSTING_COLUMNS = ["id", "schedule_id", "occurrence", "status", "entry_id", "created_at"]


@dataclass(frozen=True, slots=True)
class Posted:
    schedule: Schedule
    occurrence: Occurrence
    entry_id: EntryId
    entry_ids: tuple[EntryId, ...]  # both sides of a transfer


@dataclass
class RunResult:
    posted: list[Posted] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


@dataclass
class _Batch:
    """Rows of one write's postings, inserted together at the end."""

    w: gate.Write
    accounts: _Accounts
    refs: _Refs
    entries: list[tuple[Any, ...]] = field(default_factory=list)
    tags: list[tuple[int, int]] = field(default_factory=list)
    transfers: list[tuple[int, str]] = field(default_factory=list)
    postings: list[tuple[Any, ...]] = field(default_factory=list)
    tag_ids: dict[int, list[int]] = field(default_factory=dict)
    names: dict[int, tuple[str, str]] = field(default_factory=dict)
    last_ids: tuple[EntryId, ...] = ()  # the entries of the latest ``add``

    @classmethod
    def open(cls, w: gate.Write) -> _Batch:
        return cls(w, _Accounts(w.conn), _Refs(w.conn))

    def add(self, s: Schedule, occurrence: date, on: date) -> EntryId:
        """One occurrence of ``s`` posted as an entry (or transfer) dated ``on``."""
        w, t = self.w, s.template
        loan_entry = loan_schedules.post_if_loan(w, t, on)  # into a loan: split by amortization
        if loan_entry is not None:
            entry_id = int(loan_entry)
            self.last_ids = (loan_entry,)
        elif t.to_account_id is None:
            entry_id = w.new_id("entries")
            new = NewEntry(
                account_id=t.account_id,
                date=on,
                amount=t.amount,
                kind=EntryKind.TRANSACTION,
                payee=t.payee,
                notes=t.notes,
                category_id=t.category_id,
            )
            self.entries.append(_entry_row(w, entry_id, new, self.accounts, self.refs, ""))
            self.last_ids = (EntryId(entry_id),)
            if s.id not in self.tag_ids:
                self.tag_ids[s.id] = resolve_tags(w, t.tags)
            self.tags += [(entry_id, tag) for tag in self.tag_ids[s.id]]
        else:
            transfer_id = w.new_id("transfers")
            ids = w.new_ids("entries", 2)
            entry_id = ids[0]
            if s.id not in self.names:
                pair = account_names(w.conn, t.account_id, t.to_account_id)
                self.names[s.id] = (pair[0], pair[1])
            new_t = NewTransfer(t.account_id, t.to_account_id, on, t.amount, None, t.payee, t.notes)
            self.entries += _transfer_rows(
                w, new_t, ids, transfer_id, self.accounts, self.refs, "", self.names[s.id]
            )
            self.transfers.append((transfer_id, w.stamp))
            self.last_ids = (EntryId(ids[0]), EntryId(ids[1]))
        pid = w.new_id("schedule_postings")
        status = PostingStatus.POSTED.value
        self.postings.append((pid, s.id, occurrence.isoformat(), status, entry_id, w.stamp))
        return EntryId(entry_id)

    def skip(self, s: Schedule, occurrence: date) -> None:
        pid = self.w.new_id("schedule_postings")
        status = PostingStatus.SKIPPED.value
        self.postings.append((pid, s.id, occurrence.isoformat(), status, None, self.w.stamp))

    def flush(self) -> None:
        j = self.w.journal
        j.insert("transfers", self.transfers, ["id", "created_at"])
        j.insert("entries", self.entries, COLUMNS)
        j.insert("entry_tags", sorted(set(self.tags)), ["entry_id", "tag_id"])
        # The unique (schedule, occurrence) key: a second poster of the same occurrence fails
        # here and its whole transaction, entry included, rolls back.
        j.insert("schedule_postings", self.postings, POSTING_COLUMNS)
        for r in self.entries:
            self.w.touch(r[ACCOUNT], date.fromisoformat(r[DATE]))
        if self.entries:
            self.w.mark(ChangeKind.ENTRIES)
        self.w.mark(ChangeKind.SCHEDULES)


def due_now(ledger: Ledger, today: date) -> bool:
    """Whether a catch-up up to ``today`` would write anything (a read: cheap to ask often)."""
    with ledger.book.reading() as session:
        st = load_state(session.connection())
    for s in st.schedules:
        if s.mode is not ScheduleMode.POST:
            continue
        mark = st.marks.get(s.id)
        if mark is None or mark < today:
            return True
    return False


def run_due(ledger: Ledger, today: date) -> RunResult:
    """Post every due occurrence of every posting schedule up to ``today`` that no run has
    posted yet, in one transaction and one undo step, and move the catch-up marks to
    ``today``."""
    result = RunResult()
    with gate.no_gc(), gate.write(ledger, Message("Post scheduled transactions")) as w:
        st = load_state(w.conn)
        batch = _Batch.open(w)
        for s in st.schedules:
            for o in to_post(s, st.handled.get(s.id, {}), st.marks.get(s.id), today):
                entry_id = batch.add(s, o.nominal, o.due)
                result.posted.append(Posted(s, o, entry_id, batch.last_ids))
        batch.flush()
        q.set_marks(
            w.conn,
            {
                s.id: today
                for s in st.schedules
                if (st.marks.get(s.id) or date.min) < today and s.mode is ScheduleMode.POST
            },
        )
        n = len(result.posted)
        w.label = (
            Message("Post 1 scheduled transaction")
            if n == 1
            else Message("Post {count} scheduled transactions", count=n)
        )
    result.changes = w.changes
    return result


def _pending_occurrence(w: gate.Write, s: Schedule, occurrence: date | None, today: date) -> Any:
    """The occurrence named (a nominal date) or, with None, the schedule's next pending one."""
    handled = q.handled(w.conn, [s.id]).get(s.id, {})
    if occurrence is None:
        mark = q.marks(w.conn).get(s.id)
        # Far enough ahead for a yearly rule; the first pending one is all we need.
        for o in pending(s, handled, mark, date(today.year + 2, 12, 31)):
            return o
        raise DomainError(Message("{name} has no occurrence left to handle", name=s.name))
    for o in s.recurrence.occurrences(date.fromordinal(occurrence.toordinal() + 3)):
        if o.nominal == occurrence:
            if o.nominal in handled:
                raise DomainError(
                    Message(
                        "the {occurrence} occurrence of {name} is already {handled}",
                        occurrence=occurrence,
                        name=s.name,
                        handled=handled[o.nominal],
                    )
                )
            return o
    raise DomainError(
        Message("{name} has no occurrence on {occurrence}", name=s.name, occurrence=occurrence)
    )


def post_occurrence(
    ledger: Ledger,
    schedule_id: int,
    today: date,
    occurrence: date | None = None,
    *,
    on: date | None = None,
) -> tuple[Occurrence, EntryId, Changes]:
    """Post one occurrence now (the next pending one unless named), dated its due date or
    ``on``. Works for reminders and for posting schedules ahead of time."""
    with gate.write(ledger, Message("Post scheduled transaction")) as w:
        s = load_schedule(w.conn, schedule_id)
        o: Occurrence = _pending_occurrence(w, s, occurrence, today)
        batch = _Batch.open(w)
        entry_id = batch.add(s, o.nominal, on or o.due)
        batch.flush()
        w.label = Message("Post {name} of {day}", name=s.name, day=o.nominal.isoformat())
    return o, entry_id, w.changes


def skip_occurrence(
    ledger: Ledger, schedule_id: int, today: date, occurrence: date | None = None
) -> tuple[Occurrence, Changes]:
    """Skip one occurrence (the next pending one unless named): it is never posted."""
    with gate.write(ledger, Message("Skip scheduled transaction")) as w:
        s = load_schedule(w.conn, schedule_id)
        o: Occurrence = _pending_occurrence(w, s, occurrence, today)
        batch = _Batch.open(w)
        batch.skip(s, o.nominal)
        batch.flush()
        w.label = Message("Skip {name} of {day}", name=s.name, day=o.nominal.isoformat())
    return o, w.changes
