"""Reconciliation operations: start, tick, finish, cancel, undo, and the confirmation a change
of a reconciled entry needs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from permoney_desktop.domain.entry_values import EntryPatch
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.reconcile import (
    ADJUSTMENT_PAYEE,
    EntryStatus,
    ReconciledError,
    ReconciledLineError,
)
from permoney_desktop.services import status_reads
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import reconcile as reconcile_service
else:
    reconcile_service = lazy_module("permoney_desktop.services.reconcile")

# Asks the user whether to change reconciled entries anyway (the question's text → yes/no).
# The main window sets a dialog; with none set, such a change is refused with the reason.
Confirm = Callable[[str], bool]
_confirm: list[Confirm] = []


def set_confirm(confirm: Confirm | None) -> None:
    _confirm.clear()
    if confirm is not None:
        _confirm.append(confirm)


def _locked(patch: EntryPatch | None) -> list[str]:
    if patch is None:
        return ["delete"]
    fields = []
    if patch.amount is not None:
        fields.append("amount")
    if patch.date is not None:
        fields.append("date")
    if patch.account_id is not None:
        fields.append("account")
    return fields


def force_for(writer: Writer, entry_ids: Sequence[int], patch: EntryPatch | None) -> bool | None:
    """Whether a change of ``entry_ids`` (``patch``; None = a delete) goes forced: False when no
    reconciled entry's amount, date or account changes, True when the user confirmed, None when
    the user declined (nothing is written then)."""
    fields = _locked(patch)
    if not fields or not entry_ids:
        return False
    # The plain read pool, as the register's status column reads: this runs before every
    # register edit and delete, in the edit's own turn, so no SQLAlchemy connection checkout.
    found = status_reads.statuses(writer.ledger, [int(i) for i in entry_ids])
    locked = [i for i, s in found.items() if s is EntryStatus.RECONCILED]
    if not locked:
        return False
    question, refusal = _question(len(locked), patch)
    if not _confirm:
        writer.error.emit(refusal)
        return None
    return True if _confirm[0](question) else None


# The errors a write raises past the Writer so that ``confirmed`` can ask and retry.
ASKS: tuple[type[ReconciledError], ...] = (ReconciledError,)


def _question(count: int, patch: EntryPatch | None) -> tuple[str, str]:
    """The question asking to change ``count`` reconciled entries, and the refusal's text."""
    fields = _locked(patch)
    what = "delete it" if patch is None else f"change its {' and '.join(fields)}"
    which = "This entry is" if count == 1 else f"{count} of these entries are"
    question = (
        f"{which} reconciled: a bank statement vouches for it. {what.capitalize()} anyway?"
        " The change is kept in the account's reconciliation history."
    )
    return question, f"{which} reconciled; it was left unchanged."


def _line_question(patch: EntryPatch | None) -> tuple[str, str]:
    """The question when a split entry's change (``patch``; None = a delete or a new split)
    reaches a reconciled transfer line in its other account (``services.split_lock``)."""
    doing = "move the split's date" if patch is not None else "change the split"
    question = (
        "A transfer line of this split is reconciled in its other account: a bank statement"
        f" vouches for it. {doing.capitalize()} anyway? The change is kept in that account's"
        " reconciliation history."
    )
    return question, "A transfer line of this split is reconciled; nothing changed."


def confirmed(
    writer: Writer, run: Callable[[bool], Applied | None], patch: EntryPatch | None
) -> Applied | None:
    """``run(force=False)``; when the service refuses because reconciled entries would change
    (``patch``; None = a delete), ask the user and, confirmed, ``run(force=True)``. The
    service's own check is the only read of the statuses, so an edit of an ordinary entry
    costs no extra query."""
    try:
        return run(False)
    except ReconciledError as exc:
        if isinstance(exc, ReconciledLineError):
            question, refusal = _line_question(patch)
        else:
            question, refusal = _question(len(exc.entry_ids), patch)
        if not _confirm:
            writer.error.emit(refusal)
            return None
        return run(True) if _confirm[0](question) else None


def set_status(
    writer: Writer, entry_ids: Sequence[int], cleared: bool, *, force: bool = False
) -> Applied | None:
    """Tick (cleared) or untick entries: no balance changes, so no days are measured."""
    ids = [int(i) for i in entry_ids]
    status = EntryStatus.CLEARED if cleared else EntryStatus.UNCLEARED
    return writer.write(
        lambda: reconcile_service.set_status(writer.ledger, ids, status, force=force)
    )


def start(writer: Writer, account_id: AccountId, day: date, balance: Decimal) -> int | None:
    done = writer.write_value(
        lambda: reconcile_service.start(writer.ledger, int(account_id), day, balance)
    )
    return None if done is None else int(done[0])


def finish(
    writer: Writer, account_id: AccountId, *, adjust: bool, payee: str = ADJUSTMENT_PAYEE
) -> int | None:
    """How many entries became reconciled, or None (the error was reported)."""
    done = writer.write_value(
        lambda: reconcile_service.finish(writer.ledger, int(account_id), adjust=adjust, payee=payee)
    )
    return None if done is None else int(done[0])


def cancel(writer: Writer, account_id: AccountId) -> Applied | None:
    return writer.write(lambda: reconcile_service.cancel(writer.ledger, int(account_id)))


def undo_last(writer: Writer, account_id: AccountId) -> bool:
    done = writer.write_value(lambda: reconcile_service.undo_last(writer.ledger, int(account_id)))
    return done is not None
