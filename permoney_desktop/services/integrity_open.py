"""The check a book gets when the window opens it, off the GUI thread.

A damaged page let writes succeed until someone ran ``permoney check``. The window now runs the
cheap part of ``check --quick`` in the background once it is up: SQLite's ``quick_check`` (every
page and record, without comparing indexes with their rows) and one read of every stored value
(a record SQLite cannot decode is damage). When it finds something the report is recorded like a
check's; damage makes the book read-only in this window and in every later command, until a
verified backup is restored or a full check comes back clean. A clean result records nothing:
the last full check's record (with its balance comparison) stays.

``newest_verified_backup`` finds the backup the window offers to restore: the newest file in
the book's backups folder that passes the restore's own verification.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from permoney_desktop.identity import BOOK_SUFFIX
from permoney_desktop.services import backups, integrity
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.read_only import DAMAGE_CHECKS, DAMAGED
from permoney_desktop.store.interrupts import Interrupter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenCheck:
    """What the check at open found (``findings`` empty: nothing); ``cancelled`` when the
    window closed first (nothing was recorded)."""

    findings: tuple[integrity.Finding, ...]
    duration_ms: int
    cancelled: bool = False

    @property
    def damaged(self) -> bool:
        return any(
            f.check in DAMAGE_CHECKS and f.severity is integrity.Severity.ERROR
            for f in self.findings
        )


class OpenChecker:
    """One check at open; ``cancel`` (from any thread) stops it, e.g. when the app quits."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._interrupter = Interrupter()

    def run(self) -> OpenCheck:
        started = time.perf_counter()
        findings: tuple[integrity.Finding, ...] = ()
        try:
            with self.ledger.book.read_engine.connect() as conn, conn.begin():
                self._interrupter.attach(conn)
                try:
                    findings = integrity.damage_findings(conn)
                finally:
                    self._interrupter.attach(None)
        except Exception as exc:
            if self._interrupter.interrupted:
                return OpenCheck((), _ms(started), cancelled=True)
            if not integrity.is_damage(exc):
                raise
            # SQLite can refuse even to end the read (or begin it) on a damaged file.
            findings = findings or (_damaged(),)
        if self._interrupter.interrupted:  # a damage "finding" may be the interruption
            return OpenCheck((), _ms(started), cancelled=True)
        found = OpenCheck(findings, _ms(started))
        log.info("check at open: %d finding(s) in %d ms", len(findings), found.duration_ms)
        if any(f.severity is integrity.Severity.ERROR for f in findings):
            record(self.ledger, found)
        return found

    def cancel(self) -> None:
        self._interrupter.interrupt()


def _damaged() -> integrity.Finding:
    return integrity.Finding(DAMAGED, integrity.Severity.ERROR, integrity.DAMAGE_ADVICE)


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def record(ledger: Ledger, found: OpenCheck) -> integrity.CheckReport:
    """Record the findings as a quick check's: damage makes the book read-only here and for
    every later command (``read_only.refuse_writes_if_damaged``)."""
    report = integrity.CheckReport(
        checked_at=datetime.now(UTC).isoformat(timespec="seconds"),
        duration_ms=found.duration_ms,
        findings=found.findings,
        quick=True,
    )
    integrity.record(ledger, report)
    return report


def backup_candidates(ledger: Ledger) -> list[Path]:
    """The book's backups (automatic, manual, pre-restore), newest first; a damaged book's
    own copy (``-damaged``) is never one."""
    folder = ledger.paths.backups_dir
    if not folder.is_dir():
        return []
    stem = ledger.paths.book.stem
    found = [
        p
        for p in folder.glob(f"{stem}-*{BOOK_SUFFIX}")
        if p.is_file() and not p.name.endswith(f"-damaged{BOOK_SUFFIX}")
    ]
    # After the stem, every name starts with its UTC timestamp: name order is time order.
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_verified_backup(ledger: Ledger) -> Path | None:
    """The newest backup that passes the restore's own check (SQLite's full integrity check,
    a Permoney schema, the book's key), or None."""
    for path in backup_candidates(ledger):
        try:
            backups.check_restorable(path, ledger.book.key)
        except backups.BackupError as exc:
            log.info("backup %s cannot be restored: %s", path.name, exc)
            continue
        return path
    return None
