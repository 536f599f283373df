"""A book its last recorded check found damaged is open read-only until a restore or a clean
check: user writes are refused with a sentence saying what to do.

Kept apart from ``integrity`` (which imports the materializer): every CLI command asks this
on open, so it must cost one settings read and nothing more.
"""

from __future__ import annotations

from typing import Any

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services.ledger import BookError, Ledger

LAST_CHECK_SETTING = "safety.last_check"
DAMAGED = "damaged file"
# Findings that mean the file itself is damaged (SQLite's own check, or unreadable pages).
DAMAGE_CHECKS = frozenset({DAMAGED, "sqlite"})
READ_ONLY = (
    "the last check found this book file damaged, so it is open read-only: restore the "
    "newest verified backup (permoney restore FILE), or run permoney check again"
)


class ReadOnlyBookError(BookError, DomainError):
    """A write refused because the book is open read-only. A ``BookError`` (the CLI's one
    line) and a ``DomainError`` (what the window's writer shows instead of failing)."""


def record_says_damaged(record: Any) -> bool:
    """True when a recorded check report has an error finding about the file itself."""
    if not isinstance(record, dict):
        return False
    findings = record.get("findings")
    if not isinstance(findings, list):
        return False
    return any(
        isinstance(f, dict) and f.get("severity") == "error" and f.get("check") in DAMAGE_CHECKS
        for f in findings
    )


def refuse_writes_if_damaged(ledger: Ledger) -> bool:
    """Set (or clear) the ledger's write refusal from its last recorded check; True when
    writes are refused."""
    try:
        record = ledger.setting(LAST_CHECK_SETTING)
    except Exception:
        record = None
    ledger.writes_refused = READ_ONLY if record_says_damaged(record) else None
    return ledger.writes_refused is not None
