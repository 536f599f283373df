"""Scheduled transactions: add, edit, split ("this and later"), delete, and the reads behind
the schedule list, the upcoming rows and the forecast. Posting lives in
``services/schedule_posting.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entry_values import NotFoundError, to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.limits import check_date
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.recurrence import Frequency, Recurrence, Weekend
from permoney_desktop.domain.schedules import (
    UPCOMING_DAYS,
    Pending,
    Schedule,
    ScheduleId,
    ScheduleMode,
    Template,
    pending,
)
from permoney_desktop.services import gate, loan_schedules
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.categories import load_category
from permoney_desktop.services.entries import TRANSFER_TO
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import schedule_queries as q
from permoney_desktop.store.types import SqlConnection

_NAME_MAX = 200


@dataclass(frozen=True, slots=True)
class ScheduleState:
    """Every schedule with its handled occurrences and catch-up mark, read in one snapshot."""

    schedules: list[Schedule]
    handled: dict[int, dict[date, str]]
    marks: dict[int, date]

    def pending(self, until: date) -> list[Pending]:
        out = [
            Pending(s, o)
            for s in self.schedules
            for o in pending(s, self.handled.get(s.id, {}), self.marks.get(s.id), until)
        ]
        out.sort(key=lambda p: (p.occurrence.due, p.schedule.id))
        return out


def _from_row(row: Sequence[Any]) -> Schedule:
    v = dict(zip(q.SCHEDULE_COLUMNS, row, strict=False))
    names = row[len(q.SCHEDULE_COLUMNS) :]
    cur = str(v["currency"])
    amount = Money.from_minor(int(v["amount"]), cur).amount
    template = Template(
        account_id=AccountId(int(v["account_id"])),
        amount=amount,
        payee=str(v["payee"]),
        category_id=None if v["category_id"] is None else CategoryId(int(v["category_id"])),
        to_account_id=None if v["to_account_id"] is None else AccountId(int(v["to_account_id"])),
        tags=tuple(t for t in str(v["tags"]).split(",") if t),
        notes=str(v["notes"]),
    )

    def day(key: str) -> date | None:
        return None if v[key] is None else date.fromisoformat(str(v[key]))

    start = day("start")
    assert start is not None
    recurrence = Recurrence(
        frequency=Frequency(v["frequency"]),
        start=start,
        interval=int(v["interval"]),
        day=v["day"],
        weekday=v["weekday"],
        nth=v["nth"],
        weekend=Weekend(v["weekend"]),
        end=day("end"),
        count=v["count"],
    )
    return Schedule(
        id=ScheduleId(int(v["id"])),
        name=str(v["name"]),
        template=template,
        recurrence=recurrence,
        mode=ScheduleMode(v["mode"]),
        currency=cur,
        active_from=day("active_from"),
        account_name=str(names[0] or ""),
        to_account_name=str(names[1] or ""),
        category_name=str(names[2] or ""),
    )


def load_state(conn: SqlConnection) -> ScheduleState:
    return ScheduleState([_from_row(r) for r in q.schedules(conn)], q.handled(conn), q.marks(conn))


def state(ledger: Ledger) -> ScheduleState:
    with ledger.book.reading() as session:
        return load_state(session.connection())


def load_schedule(conn: SqlConnection, schedule_id: int) -> Schedule:
    rows = q.schedules(conn, [schedule_id])
    if not rows:
        raise NotFoundError(Message("no schedule with id {schedule_id}", schedule_id=schedule_id))
    return _from_row(rows[0])


def get_schedule(ledger: Ledger, schedule_id: int) -> Schedule:
    with ledger.book.reading() as session:
        return load_schedule(session.connection(), schedule_id)


def list_schedules(ledger: Ledger) -> list[Schedule]:
    return state(ledger).schedules


def upcoming(ledger: Ledger, today: date, days: int = UPCOMING_DAYS) -> list[Pending]:
    """Occurrences not yet posted or skipped that are due by ``today + days`` (overdue
    reminders included), in due-date order."""
    return state(ledger).pending(today + timedelta(days=days))


def next_pending(ledger: Ledger, schedule_id: int, horizon: date) -> Pending | None:
    st = state(ledger)
    for p in st.pending(horizon):
        if p.schedule.id == schedule_id:
            return p
    return None


# -- writes ---------------------------------------------------------------------------------


def _clean_name(name: str, template: Template, to_name: str) -> str:
    clean = " ".join(name.split()) or template.payee.strip()
    if not clean and to_name:
        clean = TRANSFER_TO.format(account=to_name)  # the CLI's; a window names it itself
    if not clean:
        raise DomainError(Message("a schedule needs a name or a payee"))
    if len(clean) > _NAME_MAX:
        raise DomainError(Message("a schedule name is at most {limit} characters", limit=_NAME_MAX))
    return clean


def _check_refs(conn: SqlConnection, template: Template) -> tuple[Currency, str]:
    """Check what the template names exists; returns the account's currency and the name of
    the transfer's other account ("" for a transaction)."""
    template.check()
    account = load_account(conn, template.account_id)
    to_name = ""
    if template.to_account_id is not None:
        to = load_account(conn, template.to_account_id)
        if to.currency != account.currency:
            raise DomainError(
                Message(
                    "a scheduled transfer between {currency} and {currency2} accounts is not "
                    "supported (the amount received would change with the rate)",
                    currency=account.currency,
                    currency2=to.currency,
                )
            )
        to_name = to.name
    if template.category_id is not None:
        load_category(conn, template.category_id)
    loan_schedules.refuse_without_interest(conn, template)
    return account.currency, to_name


def _values(conn: SqlConnection, name: str, t: Template, r: Recurrence) -> dict[str, Any]:
    cur, to_name = _check_refs(conn, t)
    check_date(r.start)
    if r.end is not None:
        check_date(r.end)
    return {
        "name": _clean_name(name, t, to_name),
        "account_id": int(t.account_id),
        "to_account_id": None if t.to_account_id is None else int(t.to_account_id),
        "amount": to_minor(t.amount, cur),
        "currency": cur,
        "payee": t.payee.strip(),
        "category_id": t.category_id,
        "tags": ",".join(dict.fromkeys(x.strip() for x in t.tags if x.strip())),
        "notes": t.notes,
        "frequency": r.frequency.value,
        "interval": r.interval,
        "day": r.day,
        "weekday": r.weekday,
        "nth": r.nth,
        "weekend": r.weekend.value,
        "start": r.start,
        "end": r.end,
        "count": r.count,
    }


def _insert(w: gate.Write, values: dict[str, Any], mode: ScheduleMode) -> int:
    sid = w.new_id("schedules")
    row = {"id": sid, **values, "active_from": values.get("active_from"), "mode": mode.value}
    row |= {"created_at": w.now, "updated_at": w.now}
    w.journal.insert_dicts("schedules", [row])
    # New ids start above deleted ones (``store.id_floors``), but a book upgraded from before
    # the floors may give again the id of a schedule deleted then, whose mark is still there.
    q.set_marks(w.conn, {sid: None})
    w.mark(ChangeKind.SCHEDULES)
    return sid


def add_schedule(
    ledger: Ledger,
    name: str,
    template: Template,
    recurrence: Recurrence,
    mode: ScheduleMode = ScheduleMode.POST,
    *,
    active_from: date | None = None,
) -> tuple[ScheduleId, Changes]:
    """Add a schedule. A posting schedule whose start is in the past posts its past
    occurrences at the next catch-up (``past_occurrences`` counts them first) unless
    ``active_from`` says from when it counts (the earlier dates are history, already in the
    book or not wanted)."""
    label = Message("Add schedule {name}", name=name.strip() or template.payee.strip())
    with gate.write(ledger, label) as w:
        values = _values(w.conn, name, template, recurrence)
        values["active_from"] = active_from
        sid = _insert(w, values, mode)
    return ScheduleId(sid), w.changes


def past_occurrences(recurrence: Recurrence, today: date) -> int:
    """How many occurrences of a new schedule are due before ``today`` (today's own is
    simply due, not past)."""
    return sum(1 for o in recurrence.occurrences(today) if o.due < today)


def edit_schedule(
    ledger: Ledger,
    schedule_id: int,
    today: date,
    *,
    name: str | None = None,
    template: Template | None = None,
    recurrence: Recurrence | None = None,
    mode: ScheduleMode | None = None,
) -> Changes:
    """Change a whole schedule. A changed rule applies from ``today`` on: occurrences of the
    new rule due before today are history (``active_from``), never posted."""
    with gate.write(ledger, Message("Edit schedule")) as w:
        old = load_schedule(w.conn, schedule_id)
        rule = old.recurrence if recurrence is None else recurrence
        values = _values(w.conn, old.name if name is None else name, template or old.template, rule)
        if recurrence is not None and recurrence != old.recurrence:
            values["active_from"] = max(today, old.active_from or today)
        if mode is not None:
            values["mode"] = mode.value
        values["updated_at"] = w.now
        w.journal.update_keys("schedules", [schedule_id], values)
        w.mark(ChangeKind.SCHEDULES)
    return w.changes


def delete_schedule(ledger: Ledger, schedule_id: int) -> Changes:
    """Delete a schedule and its record of handled occurrences (posted entries stay)."""
    with gate.write(ledger, Message("Delete schedule")) as w:
        old = load_schedule(w.conn, schedule_id)
        # Through the journal first: a cascade would remove them where undo cannot see.
        w.journal.delete_where("schedule_postings", "schedule_id = ?", (schedule_id,))
        w.journal.delete_keys("schedules", [schedule_id])
        w.label = Message("Delete schedule {name}", name=old.name)
        w.mark(ChangeKind.SCHEDULES)
    return w.changes


def _count_before(r: Recurrence, nominal: date) -> int:
    return sum(1 for o in r.occurrences(nominal - timedelta(days=4)) if o.nominal < nominal)


def carried_rule(r: Recurrence, occurrence: date) -> Recurrence:
    """The rule from ``occurrence`` (a nominal date) on, as "this and later" starts it: the
    same dates as before from there. The day of the month is made explicit (starting a
    "monthly on the 31st" rule on 30 April must not make it "monthly on the 30th") and a
    count keeps only the occurrences left."""
    day = r.day if r.day is not None or r.nth is not None else r.start.day
    if r.frequency in (Frequency.DAILY, Frequency.WEEKLY):
        day = None
    rest = None if r.count is None else r.count - _count_before(r, occurrence)
    return replace(r, start=occurrence, day=day, count=rest)


def split_schedule(
    ledger: Ledger,
    schedule_id: int,
    occurrence: date,
    *,
    template: Template | None = None,
    amount: Decimal | None = None,
    recurrence: Recurrence | None = None,
) -> tuple[ScheduleId, Changes]:
    """ "Edit this and later": the schedule ends before ``occurrence`` (a nominal date) and a
    new one carries on from it with the changes. Occurrences handled from that date on move
    to the new schedule; its catch-up mark is the old one's. One undo step."""
    with gate.write(ledger, Message("Edit schedule from one occurrence on")) as w:
        old = load_schedule(w.conn, schedule_id)
        r = old.recurrence
        if not any(o.nominal == occurrence for o in r.occurrences(occurrence + timedelta(3))):
            raise DomainError(
                Message(
                    "{name} has no occurrence on {occurrence}", name=old.name, occurrence=occurrence
                )
            )
        done = _count_before(r, occurrence)
        if done == 0 and recurrence is None:
            raise DomainError(
                Message("that is the first occurrence: edit the whole schedule instead")
            )
        new_rule = recurrence or carried_rule(r, occurrence)
        new_template = template or old.template
        if amount is not None:
            new_template = replace(new_template, amount=amount)
        values = _values(w.conn, old.name, new_template, new_rule)
        values["active_from"] = old.active_from
        new_id = _insert(w, values, old.mode)
        mark = q.marks(w.conn).get(schedule_id)
        if mark is not None:
            q.set_marks(w.conn, {new_id: mark})
        moved = q.posting_ids(w.conn, schedule_id, occurrence)
        if moved:
            w.journal.update_keys("schedule_postings", moved, {"schedule_id": new_id})
        if done == 0:
            w.journal.delete_keys("schedules", [schedule_id])
        else:
            ends: dict[str, Any] = {"end": occurrence - timedelta(days=1), "count": None}
            if r.count is not None:
                ends = {"end": None, "count": done}
            w.journal.update_keys("schedules", [schedule_id], {**ends, "updated_at": w.now})
    return ScheduleId(new_id), w.changes
