"""Book safety at a glance, and the daily safety run (automatic backup, integrity check).

The worker calls ``run_due`` periodically; the health panel reads ``summary``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from permoney_desktop.platform import secrets
from permoney_desktop.services import backups, integrity
from permoney_desktop.services.ledger import Ledger

log = logging.getLogger(__name__)

CHECK_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class SafetySummary:
    """What the health panel shows about the book's safety."""

    encrypted: bool
    keyring: secrets.KeyringStatus
    last_backup: backups.BackupResult | None
    last_check: integrity.CheckReport | None


@dataclass(frozen=True)
class SafetyRun:
    """What one ``run_due`` did (None: not due)."""

    backup: backups.BackupResult | None
    check: integrity.CheckReport | None


def summary(ledger: Ledger) -> SafetySummary:
    return SafetySummary(
        encrypted=ledger.book.encrypted,
        keyring=secrets.status(),
        last_backup=backups.last_backup(ledger),
        last_check=integrity.last_check(ledger),
    )


def check_due(ledger: Ledger, now: datetime | None = None) -> bool:
    last = integrity.last_check(ledger)
    if last is None:
        return True
    try:
        when = datetime.fromisoformat(last.checked_at)
    except ValueError:
        return True
    return (now or datetime.now(UTC)) - when >= CHECK_EVERY


def run_due(ledger: Ledger, now: datetime | None = None) -> SafetyRun:
    """Take today's automatic backup and run the daily check, each only if due."""
    taken = backups.auto_backup(ledger, now=now)
    checked = integrity.check(ledger) if check_due(ledger, now) else None
    if checked is not None and not checked.ok:
        log.warning("daily book check found %d error(s)", len(checked.errors))
    return SafetyRun(taken, checked)
