"""Whole-book changes from the book-safety actions (restore, repair): one record after them."""

from __future__ import annotations

from collections.abc import Callable

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.writes import Writer

_ALL_KINDS = frozenset(ChangeKind) - {ChangeKind.BALANCES}


def book_replaced(writer: Writer, reread: Callable[[], None], label: str = "Restore") -> Applied:
    """The book changed under the window (restored, repaired): ``reread`` reads every figure
    afresh, then every view hears of every kind of data once."""
    reread()
    return writer.announce(Changes(kinds=_ALL_KINDS, label=label))
