"""Undo and redo: apply the durable journal's stored steps (``store.undo_steps``) as writes.

Undoing a step runs the inverse of its ops through the write gate (one write, its own
``Changes``, no journal step of its own) and stores the inverted ops in place of the step's, so
redo is the same mechanism run once more.

Undo is per person (``Ledger.author``: the server role of a shared book, the profile name on a
file): each undoes their own latest step. A step whose rows someone else changed since (a
later step of theirs, not undone, touching the same rows) is refused with their name: undoing
it would silently throw their change away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.messages import Message, decode
from permoney_desktop.services.gate import Write, write
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import undo_steps
from permoney_desktop.store.journal import id_ranges, raw, touched_keys
from permoney_desktop.store.read_pool import EngineRows
from permoney_desktop.store.undo_steps import MAX_STEPS_SETTING

# ``raw``, ``id_ranges`` and the setting's name were defined here before the journal moved to
# the store; other service areas still import them from here.
__all__ = [
    "MAX_STEPS_SETTING",
    "HistoryStep",
    "UndoBlockedError",
    "depth",
    "history",
    "id_ranges",
    "raw",
    "redo",
    "redo_label",
    "undo",
    "undo_label",
]


class UndoBlockedError(DomainError):
    """Someone else changed the same rows after the step; ``by`` names them."""

    def __init__(self, message: str, by: str) -> None:
        super().__init__(message)
        self.by = by


def undo_label(ledger: Ledger) -> Message | None:
    """What ``undo`` would reverse ("Delete 3 entries"), or None when there is nothing."""
    label = undo_steps.labels(EngineRows(ledger.book), ledger.author)[0]
    return None if label is None else decode(label)


def redo_label(ledger: Ledger) -> Message | None:
    """What ``redo`` would re-apply, or None when there is nothing."""
    label = undo_steps.labels(EngineRows(ledger.book), ledger.author)[1]
    return None if label is None else decode(label)


def _check_nobody_changed_since(
    w: Write, step_id: int, label: Message, ops: list[dict[str, object]], redo: bool
) -> None:
    later = undo_steps.others_since(w.conn, step_id, w.author)
    if not later:
        return
    mine = touched_keys(ops)
    for author, their_label, created_at, text in later:
        theirs = touched_keys(json.loads(text)["ops"])
        common = mine & theirs
        if common:
            what = _rows_named(common)
            template = (
                Message(
                    'cannot redo "{label}": {author} changed {what} since ("{theirs}", {when}'
                    " UTC); redoing it would throw their change away. Ask {author} to undo"
                    " theirs first, or change it by hand"
                )
                if redo
                else Message(
                    'cannot undo "{label}": {author} changed {what} since ("{theirs}", {when}'
                    " UTC); undoing it would throw their change away. Ask {author} to undo"
                    " theirs first, or change it by hand"
                )
            )
            raise UndoBlockedError(
                Message(
                    template,
                    label=label,
                    author=author,
                    what=what,
                    theirs=decode(their_label),
                    when=created_at[:16],
                ),
                author,
            )


def _rows_named(keys: set[tuple[str, object]]) -> Message:
    tables = {t for t, _k in keys}
    if tables == {"entries"}:
        if len(keys) == 1:
            return Message("the same entry")
        return Message("{count} of the same entries", count=len(keys))
    return Message("the same data")


def _step(ledger: Ledger, redo: bool) -> Changes | None:
    with write(ledger, "", journaled=False) as w:
        found = undo_steps.next_step(w.conn, redo, w.author)
        if found is None:
            return None
        step_id, stored, text = found
        label = decode(stored)
        w.label = (
            Message("Redo {action}", action=label)
            if redo
            else Message("Undo {action}", action=label)
        )
        payload = json.loads(text)
        _check_nobody_changed_since(w, step_id, label, payload["ops"], redo)
        undo_steps.defer_foreign_keys(w.conn)
        inverse = w.journal.reverse(payload["ops"])
        payload["ops"] = inverse
        undo_steps.save_reversed(
            w.conn, step_id, undone=not redo, payload=json.dumps(payload, separators=(",", ":"))
        )
        for kind in payload["kinds"]:
            w.mark(ChangeKind(kind))
        for account, day in payload["dirty"].items():
            w.touch(AccountId(int(account)), date.fromisoformat(day))
    return w.changes


def undo(ledger: Ledger) -> Changes | None:
    """Reverse the latest write; None when there is nothing to undo. A write itself."""
    return _step(ledger, redo=False)


def redo(ledger: Ledger) -> Changes | None:
    """Re-apply the latest undone write; None when there is nothing to redo."""
    return _step(ledger, redo=True)


def depth(ledger: Ledger) -> tuple[int, int]:
    """How many steps can be undone and redone."""
    return undo_steps.depth(EngineRows(ledger.book), ledger.author)


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One stored step as a history list shows it."""

    when: str  # UTC, to the minute
    who: str  # '' for steps made before authors were kept
    label: str  # a Message (``ui.i18n.say`` shows it in the window's language)
    undone: bool
    yours: bool  # this ledger's author may undo (or redo) it


def history(ledger: Ledger, limit: int = 20) -> list[HistoryStep]:
    """The newest ``limit`` steps of the book, everyone's, newest first."""
    me = ledger.author
    return [
        HistoryStep(created[:16], who, decode(label), undone, who in (me, ""))
        for _id, created, who, label, undone in undo_steps.history(EngineRows(ledger.book), limit)
    ]
