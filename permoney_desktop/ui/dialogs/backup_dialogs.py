"""Backup, restore and integrity-check dialogs: progress, verified results, plain findings.

Slow work (a backup of a big book, a full check) runs on a thread while a modal busy dialog
keeps the window responsive (``run_busy``). The result dialogs are opened window-modal with
``open()``, so the caller is not blocked and tests can read and click them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.services import backups, integrity
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.moments import size_text
from permoney_desktop.ui.widgets.table_model import Cell, RowsModel

T = TypeVar("T")

BUSY_DELAY_MS = 250  # quick jobs finish before a busy dialog would flash up


class _Finished(QObject):
    finished = Signal()


def run_busy(parent: QWidget | None, title: str, text: str, fn: Callable[[], T]) -> T:
    """Run ``fn`` on a thread behind a modal busy dialog; return its result or raise its error."""
    outcome: dict[str, Any] = {}
    signal = _Finished()
    loop = QEventLoop()
    # Emitted on the worker thread, delivered queued to this (GUI) thread's loop.
    signal.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # handed back to the caller, never lost
            outcome["error"] = exc
        finally:
            signal.finished.emit()

    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setAccessibleName(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.hide()
    show_timer = QTimer()
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(progress.show)
    thread = threading.Thread(target=work, name=f"permoney-{title}", daemon=True)
    # A second way out of the loop: should the queued signal be lost (the app quitting, say),
    # this timer still notices the end of the work.
    watch = QTimer()
    watch.setInterval(50)
    watch.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    show_timer.start(BUSY_DELAY_MS)
    watch.start()
    while thread.is_alive():
        loop.exec()
        if thread.is_alive():
            thread.join(0.02)  # the loop ended early: wait here rather than spin
    watch.stop()
    show_timer.stop()
    progress.close()
    progress.deleteLater()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


# -- wording -------------------------------------------------------------------------------


# What each check is about and what the user can do, in words.
CHECK_AREAS: Mapping[str, tuple[str, str]] = {
    "sqlite": (
        QT_TR_NOOP("Book file"),
        QT_TR_NOOP(
            "The file itself is damaged. Restore the latest verified backup "
            "(File → Restore from backup…)."
        ),
    ),
    "foreign keys": (
        QT_TR_NOOP("Links between records"),
        QT_TR_NOOP(
            "Some records point to records that are missing. Repair cannot recreate them: "
            "restore a backup from before the damage."
        ),
    ),
    "transfers": (
        QT_TR_NOOP("Transfers"),
        QT_TR_NOOP(
            "The two sides of a transfer disagree. Open the account in the register and edit or "
            "delete the transfer, or restore a backup."
        ),
    ),
    "syncs": (
        QT_TR_NOOP("Background updates"),
        QT_TR_NOOP(
            "Bookkeeping of the background updates. Repair resets it and recomputes the balances."
        ),
    ),
    "balances": (
        QT_TR_NOOP("Stored balances"),
        QT_TR_NOOP(
            "Balances are worked out from your entries; Repair recomputes them. No entry changes."
        ),
    ),
    "undo journal": (
        QT_TR_NOOP("Undo history"),
        QT_TR_NOOP(
            "The undo history no longer matches the book. Repair clears it; your entries stay "
            "as they are."
        ),
    ),
}
_ACCOUNT = re.compile(r"\baccount (\d+)\b")
REPAIRABLE = frozenset({"syncs", "balances", "undo journal"})


def plain_message(message: str, names: Mapping[int, str]) -> str:
    """A finding with account ids replaced by the accounts' names where known."""

    def name(match: re.Match[str]) -> str:
        known = names.get(int(match.group(1)))
        return f"account “{known}”" if known else match.group(0)

    text = _ACCOUNT.sub(name, message)
    return text[:1].upper() + text[1:]


def finding_rows(report: integrity.CheckReport, names: Mapping[int, str]) -> list[tuple[Cell, ...]]:
    colors = theme.palette()
    rows: list[tuple[Cell, ...]] = []
    for f in sorted(report.findings, key=lambda f: f.severity is not integrity.Severity.ERROR):
        area, advice = CHECK_AREAS.get(f.check, (f.check.capitalize(), ""))
        area, advice = tr(area), tr(advice) if advice else ""
        if f.severity is integrity.Severity.WARNING:
            level, label = "warning", tr("Warning")
            if f.check == "balances":
                advice = tr("The background worker brings them up to date; Repair does it now.")
        else:
            level, label = "critical", tr("Problem")
        rows.append(
            (
                Cell(f"● {label}", label, colors.verdict(level)),
                Cell(area, area),
                Cell(plain_message(f.message, names), tooltip=f"{f.check}: {f.message}"),
                Cell(advice, tooltip=advice),
            )
        )
    return rows


def check_summary(report: integrity.CheckReport) -> tuple[str, str]:
    """(verdict level, one sentence) for a check report."""
    compared = (
        f"{report.accounts_compared:,} account{'s' if report.accounts_compared != 1 else ''} "
        f"and {report.balance_rows_compared:,} balance days compared in "
        f"{report.duration_ms:,} ms"
    )
    errors = len(report.errors)
    warnings = len(report.findings) - errors
    if errors:
        return (
            "critical",
            f"{errors} problem{'s' if errors != 1 else ''} found ({compared}).",
        )
    if warnings:
        return "warning", f"No damage found, {warnings} warning{'s' if warnings != 1 else ''}."
    return "healthy", f"No problems found: {compared}."


# -- dialogs -------------------------------------------------------------------------------


def _open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def backup_result_box(result: backups.BackupResult, parent: QWidget | None) -> QMessageBox:
    """The outcome of one backup: where it is and that it was verified (or why not)."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Backup"))
    path = Path(result.path)
    if result.ok:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            tr("Backup written and verified ({size_text}).").format(
                size_text=size_text(result.size_bytes)
            )
        )
        box.setInformativeText(
            tr(
                "{name}\nin {folder}\n\nThe copy was reopened, passed SQLite's integrity "
                "check, and holds the same entries and balances as the book."
            ).format(name=path.name, folder=path.parent)
        )
        show = box.addButton(tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: _open_folder(path.parent))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(tr("The backup did not verify, so it was not kept."))
        problems = "\n".join(f"• {p}" for p in result.problems[:5])
        box.setInformativeText(
            problems
            + "\n\n"
            + tr(
                "Your book is unchanged. Check the free space in {folder}, then try again; "
                "if it fails again, run File → Check book integrity…"
            ).format(folder=path.parent)
        )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(tr("Backup result"))
    return box


def error_box(title: str, text: str, detail: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    box.setAccessibleName(title)
    return box


class RestoreConfirmDialog(QMessageBox):
    """Asks before a restore, naming the backup of the current book that is taken first."""

    def __init__(
        self, source: Path, book: Path, safety_name: str, safety_dir: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from backup"))
        self.setAccessibleName(tr("Restore from backup"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(
            tr("Replace everything in {name} with {name2}?").format(
                name=book.name, name2=source.name
            )
        )
        self.safety_name = safety_name
        self.setInformativeText(
            tr(
                "First the book as it is now is backed up and verified, as\n{name}\n"
                "in {folder}\n\nIf that backup fails, nothing is restored. "
                "The restored book shows the entries and balances of the day it was backed up."
            ).format(name=safety_name, folder=safety_dir)
        )
        self.restore_button = self.addButton(
            tr("Back up, then restore"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)


class CheckDialog(QDialog):
    """An integrity check's findings in a table, with Repair for what can be rebuilt."""

    def __init__(
        self,
        report: integrity.CheckReport,
        names: Mapping[int, str],
        repair: Callable[[], integrity.CheckReport | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Book integrity"))
        self.setAccessibleName(tr("Book integrity"))
        self.resize(860, 420)
        self.names = names
        self._repair = repair
        self.verdict = QLabel()
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Check result"))
        self.explain = QLabel(
            tr(
                "The check compares every stored balance with a fresh computation from your "
                "entries, and checks the file, transfers, background updates and undo history."
            )
        )
        self.explain.setWordWrap(True)
        self.model = RowsModel(("", tr("Area"), tr("Finding"), tr("What to do")))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Findings"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(col, mode)
        self.repaired = QLabel()
        self.repaired.setWordWrap(True)
        self.repaired.setAccessibleName(tr("Repaired"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = QPushButton(tr("Repair"))
        self.repair_button.setToolTip(
            tr("Recompute stored balances and reset background bookkeeping from your entries")
        )
        self.buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self.run_repair)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.repaired)
        layout.addStretch()  # takes the room while the table is hidden (a clean book)
        layout.addWidget(self.buttons)
        self.report = report
        self.show_report(report)
        if not report.findings:
            self.resize(640, self.sizeHint().height())

    def show_report(self, report: integrity.CheckReport) -> None:
        self.report = report
        level, text = check_summary(report)
        self.verdict.setText(f"● {text}")
        self.verdict.setStyleSheet(f"color: {theme.css_color(theme.palette().verdict(level))}")
        rows = finding_rows(report, self.names)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.table.resizeRowsToContents()
        if report.repaired:
            self.repaired.setText(tr("Repaired: ") + "; ".join(report.repaired) + ".")
        self.repaired.setVisible(bool(report.repaired))
        self.repair_button.setEnabled(bool(report.findings))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(not report.findings)
        self.repair_button.setDefault(bool(report.findings))

    def findings_text(self) -> list[Sequence[str]]:
        """The table as text rows (for tests and copy)."""
        return [tuple(c.text for c in row) for row in self.model.rows()]

    def run_repair(self) -> None:
        report = self._repair()
        if report is not None:
            self.show_report(report)
