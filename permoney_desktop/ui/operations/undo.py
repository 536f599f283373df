"""Undo and redo: a step of the book's durable journal, published like any other write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import undo as undo_service
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.services.undo import HistoryStep
else:
    undo_service = lazy_module("permoney_desktop.services.undo")

# HistoryStep: for the dialogs' annotations, which may not name the undo service.
__all__ = ["HistoryStep", "history", "redo", "undo"]


def undo(writer: Writer) -> Applied | None:
    """Undo the last step (None: nothing to undo, or the error was reported). The entries a
    step touches are known only to the journal, so views count afresh."""
    return writer.step(lambda: undo_service.undo(writer.ledger))


def redo(writer: Writer) -> Applied | None:
    return writer.step(lambda: undo_service.redo(writer.ledger))


def history(ledger: Ledger, limit: int) -> list[HistoryStep]:
    """Everyone's newest steps, newest first (a read: Edit → History…, ``permoney history``)."""
    return undo_service.history(ledger, limit)
