"""Scheduled transactions as values: a template entry plus a recurrence, and the pure rules of
which occurrences a catch-up posts and which are still pending."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import NewType

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.recurrence import Occurrence, Recurrence

ScheduleId = NewType("ScheduleId", int)

UPCOMING_DAYS = 30  # how far ahead the register and the dashboard show occurrences


class ScheduleMode(StrEnum):
    POST = "post"  # posted by the catch-up once due
    REMIND = "remind"  # shown as due; posted only when the user says so


class PostingStatus(StrEnum):
    POSTED = "posted"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Template:
    """The entry each occurrence posts. ``amount`` is signed for a transaction (negative =
    money out); for a transfer (``to_account_id`` set) it is the positive amount leaving
    ``account_id``."""

    account_id: AccountId
    amount: Decimal
    payee: str = ""
    category_id: CategoryId | None = None
    to_account_id: AccountId | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""

    @property
    def is_transfer(self) -> bool:
        return self.to_account_id is not None

    def check(self) -> None:
        if not self.amount.is_finite() or self.amount == 0:
            raise DomainError(Message("a scheduled amount must be a non-zero number"))
        if self.to_account_id is None:
            return
        if self.to_account_id == self.account_id:
            raise DomainError(Message("a scheduled transfer needs two different accounts"))
        if self.amount < 0:
            raise DomainError(
                Message(
                    "a scheduled transfer's amount is what leaves the account: positive, got "
                    "{amount}",
                    amount=self.amount,
                )
            )
        if self.category_id is not None:
            raise DomainError(Message("a transfer has no category"))


@dataclass(frozen=True, slots=True)
class Schedule:
    """A stored schedule with the names shown beside it."""

    id: ScheduleId
    name: str
    template: Template
    recurrence: Recurrence
    mode: ScheduleMode
    currency: str
    active_from: date | None = None  # occurrences due before it are history, never pending
    account_name: str = ""
    to_account_name: str = ""
    category_name: str = ""

    @property
    def money(self) -> Money:
        return Money(self.template.amount, self.currency)


@dataclass(frozen=True, slots=True)
class Pending:
    """An occurrence nobody has posted or skipped yet (overdue when ``due`` < today)."""

    schedule: Schedule
    occurrence: Occurrence

    @property
    def overdue_on(self) -> date:
        return self.occurrence.due


def _later(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    return a if b is None else max(a, b)


def to_post(
    schedule: Schedule, handled: Mapping[date, object], mark: date | None, today: date
) -> list[Occurrence]:
    """What a catch-up posts: occurrences due after the last run's mark (and from the rule's
    ``active_from``), up to ``today``, not handled yet. Occurrences due on or before the mark
    and not handled (a run that was undone) are left alone: the undo said so."""
    if schedule.mode is not ScheduleMode.POST:
        return []
    since = _later(None if mark is None else mark + timedelta(days=1), schedule.active_from)
    if since is not None and since > today:
        return []
    return [o for o in schedule.recurrence.occurrences(today, since) if o.nominal not in handled]


def pending(
    schedule: Schedule, handled: Mapping[date, object], mark: date | None, until: date
) -> list[Occurrence]:
    """Occurrences due up to ``until`` that nobody has posted or skipped: for a posting
    schedule those after its catch-up mark, for a reminder every one since ``active_from``."""
    since = schedule.active_from
    if schedule.mode is ScheduleMode.POST and mark is not None:
        since = _later(since, mark + timedelta(days=1))
    return [o for o in schedule.recurrence.occurrences(until, since) if o.nominal not in handled]
