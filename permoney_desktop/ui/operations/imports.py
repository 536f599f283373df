"""Imports, rules and transfer matches: their writes run in jobs off the GUI thread (a bank
file can hold thousands of rows); the ``Changes`` each hands back are published here."""

from __future__ import annotations

from permoney_desktop.domain.changes import Changes
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.writes import Writer


def publish(writer: Writer, changes: Changes) -> Applied:
    """Apply and publish a finished import's (rule run's, match's) Changes; its entries are
    not named, so every dirty day is read again and views count afresh."""
    return writer.publish(changes)
