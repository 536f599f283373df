"""Live operations: another client's write on a shared book, followed in this window."""

from __future__ import annotations

from permoney_desktop.domain.changes import Changes
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.writes import Writer


def follow(writer: Writer, changes: Changes) -> Applied:
    """Apply a write made by another client (``ui.live_updates``) as any write made
    elsewhere: the provisional figures are recomputed from the book, every view follows the
    one published record, and this window's worker is woken to look for what nobody has
    claimed yet (the writer's own wake-up reached the shared queue first)."""
    return writer.publish(changes, here=False)
