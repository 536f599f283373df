"""Recurring-payment proposals: detect them in the book's history, accept one (it becomes a
schedule that starts after the latest payment) or reject it (never proposed again)."""

from __future__ import annotations

from datetime import date, timedelta

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entry_values import NotFoundError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.recurring import LOOKBACK_DAYS, Proposal, detect, payee_key
from permoney_desktop.domain.schedules import ScheduleId, ScheduleMode, Template
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedules import add_schedule, load_state
from permoney_desktop.store import schedule_queries as q
from permoney_desktop.store.types import SqlConnection


def _open_proposals(conn: SqlConnection, today: date, whole: bool = False) -> list[Proposal]:
    since = None if whole else today - timedelta(days=LOOKBACK_DAYS)
    found = detect(q.history(conn, since), today)
    rejected = q.rejections(conn)
    st = load_state(conn)
    # A payee that already has a schedule on the account is not proposed again.
    covered = {
        (int(s.template.account_id), payee_key(s.template.payee or s.name)) for s in st.schedules
    }
    return [
        p
        for p in found
        if (p.account_id, p.payee_key) not in rejected
        and (p.account_id, p.payee_key) not in covered
    ]


def proposals(ledger: Ledger, today: date, *, whole_history: bool = False) -> list[Proposal]:
    """Open proposals: detected, not rejected, not already scheduled. Only the last three
    years are read unless ``whole_history`` (a run that stopped before then is not live)."""
    with ledger.book.reading() as session:
        return _open_proposals(session.connection(), today, whole_history)


def _find(ledger: Ledger, proposal_id: str, today: date) -> Proposal:
    for p in proposals(ledger, today):
        if p.id == proposal_id.strip().lower():
            return p
    raise NotFoundError(
        Message(
            "no open proposal {proposal_id!r} (list them with: schedule detect)",
            proposal_id=proposal_id,
        )
    )


def accept(ledger: Ledger, proposal_id: str, today: date) -> tuple[ScheduleId, Changes]:
    """Make the proposal a posting schedule from its next expected date on."""
    p = _find(ledger, proposal_id, today)
    with ledger.book.reading() as session:
        category = q.category_of_payee(session.connection(), p.account_id, p.payee)
    amount = Money.from_minor(p.amount_minor, p.currency).amount
    template = Template(
        AccountId(p.account_id),
        amount,
        p.payee,
        None if category is None else CategoryId(category),
    )
    return add_schedule(ledger, p.payee, template, p.recurrence(), ScheduleMode.POST)


def reject(ledger: Ledger, proposal_id: str, today: date) -> Changes:
    """Never propose this payee on this account again (undoable)."""
    p = _find(ledger, proposal_id, today)
    with gate.write(ledger, Message("Reject recurring {payee}", payee=p.payee)) as w:
        w.journal.insert_dicts(
            "recurring_rejections",
            [{"account_id": p.account_id, "payee_key": p.payee_key, "created_at": w.now}],
        )
        w.mark(ChangeKind.SCHEDULES)
    return w.changes
