"""Schedule operations: add, edit, split, delete schedules; post, skip occurrences; the
catch-up run. Each is one write through the ``Writer`` (one undo step, one ``Applied``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.recurrence import Recurrence
from permoney_desktop.domain.schedules import ScheduleMode, Template
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.operations.transfers import payee_words
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import accounts as account_service
    from permoney_desktop.services import recurring
    from permoney_desktop.services import schedule_posting as posting
    from permoney_desktop.services import schedules as service
else:
    service = lazy_module("permoney_desktop.services.schedules")
    account_service = lazy_module("permoney_desktop.services.accounts")
    posting = lazy_module("permoney_desktop.services.schedule_posting")
    recurring = lazy_module("permoney_desktop.services.recurring")


def add_schedule(
    writer: Writer,
    name: str,
    template: Template,
    rule: Recurrence,
    mode: ScheduleMode,
    active_from: date | None = None,
) -> int | None:
    if not name.strip():
        name = _transfer_name(writer, template) or name
    done = writer.write_value(
        lambda: service.add_schedule(
            writer.ledger, name, template, rule, mode, active_from=active_from
        )
    )
    return None if done is None else int(done[0])


def edit_schedule(
    writer: Writer,
    schedule_id: int,
    today: date,
    *,
    name: str | None = None,
    template: Template | None = None,
    rule: Recurrence | None = None,
    mode: ScheduleMode | None = None,
) -> Applied | None:
    return writer.write(
        lambda: service.edit_schedule(
            writer.ledger,
            schedule_id,
            today,
            name=name,
            template=template,
            recurrence=rule,
            mode=mode,
        )
    )


def split_schedule(
    writer: Writer,
    schedule_id: int,
    occurrence: date,
    *,
    template: Template | None = None,
    rule: Recurrence | None = None,
) -> int | None:
    """ "Edit this and later": the new schedule's id, or None (the error was reported)."""
    done = writer.write_value(
        lambda: service.split_schedule(
            writer.ledger, schedule_id, occurrence, template=template, recurrence=rule
        )
    )
    return None if done is None else int(done[0])


def delete_schedule(writer: Writer, schedule_id: int) -> Applied | None:
    return writer.write(lambda: service.delete_schedule(writer.ledger, schedule_id))


def post_occurrence(
    writer: Writer, schedule_id: int, today: date, occurrence: date, on: date | None = None
) -> int | None:
    """Post one occurrence now; the new entry's id, or None."""

    def run() -> tuple[int, object]:
        _o, entry_id, changes = posting.post_occurrence(
            writer.ledger, schedule_id, today, occurrence, on=on
        )
        return int(entry_id), changes

    done = writer.write_value(run, new_entries=lambda entry_id: [entry_id])  # type: ignore[arg-type]
    return None if done is None else int(done[0])


def skip_occurrence(
    writer: Writer, schedule_id: int, today: date, occurrence: date
) -> Applied | None:
    return writer.write(
        lambda: posting.skip_occurrence(writer.ledger, schedule_id, today, occurrence)[1]
    )


def run_catch_up(writer: Writer, today: date) -> int:
    """Post every due occurrence (one undo step); how many were posted."""
    if not posting.due_now(writer.ledger, today):
        return 0

    def run() -> tuple[tuple[list[int], int], object]:
        result = posting.run_due(writer.ledger, today)
        ids = [int(i) for p in result.posted for i in p.entry_ids]
        return (ids, len(result.posted)), result.changes

    done = writer.write_value(run, new_entries=lambda value: value[0])  # type: ignore[arg-type]
    return 0 if done is None else done[0][1]


def accept_proposal(writer: Writer, proposal_id: str, today: date) -> int | None:
    """A detected recurring payment becomes a schedule; its id, or None."""
    done = writer.write_value(lambda: recurring.accept(writer.ledger, proposal_id, today))
    return None if done is None else int(done[0])


def reject_proposal(writer: Writer, proposal_id: str, today: date) -> Applied | None:
    return writer.write(lambda: recurring.reject(writer.ledger, proposal_id, today))


def _transfer_name(writer: Writer, template: Template) -> str:
    """A transfer schedule typed without a name or payee is named for the account it pays
    into, in the window's language ("Umbuchung nach Sparkonto"): the name is stored data."""
    if template.payee.strip() or template.to_account_id is None:
        return ""
    try:
        to = account_service.get_account(writer.ledger, int(template.to_account_id)).name
    except DomainError:  # the write itself says what is wrong with the account
        return ""
    return payee_words()[0].format(account=to)
