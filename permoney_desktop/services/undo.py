"""Undo and redo: apply the durable journal's stored steps (``store.undo_steps``) as writes.

Undoing a step runs the inverse of its ops through the write gate (one write, its own
``Changes``, no journal step of its own) and stores the inverted ops in place of the step's, so
redo is the same mechanism run once more.
"""

from __future__ import annotations

import json
from datetime import date

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services.gate import write
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import undo_steps
from permoney_desktop.store.journal import id_ranges, raw
from permoney_desktop.store.read_pool import EngineRows
from permoney_desktop.store.undo_steps import MAX_STEPS_SETTING

# ``raw``, ``id_ranges`` and the setting's name were defined here before the journal moved to
# the store; other service areas still import them from here.
__all__ = [
    "MAX_STEPS_SETTING",
    "depth",
    "id_ranges",
    "raw",
    "redo",
    "redo_label",
    "undo",
    "undo_label",
]


def undo_label(ledger: Ledger) -> str | None:
    """What ``undo`` would reverse ("Delete 3 entries"), or None when there is nothing."""
    return undo_steps.labels(EngineRows(ledger.book))[0]


def redo_label(ledger: Ledger) -> str | None:
    """What ``redo`` would re-apply, or None when there is nothing."""
    return undo_steps.labels(EngineRows(ledger.book))[1]


def _step(ledger: Ledger, redo: bool) -> Changes | None:
    prefix = "Redo" if redo else "Undo"
    with write(ledger, "", journaled=False) as w:
        found = undo_steps.next_step(w.conn, redo)
        if found is None:
            return None
        step_id, label, text = found
        w.label = f"{prefix} {label}"
        payload = json.loads(text)
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
    return undo_steps.depth(EngineRows(ledger.book))
