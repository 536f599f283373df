"""The health page: job monitor, cache monitor, slow queries, optimistic accuracy, book safety.

It renders JSON-ready snapshots (the same shapes ``permoney health --format json`` prints:
``HealthReport.to_dict()``, ``CacheStats.as_dict()`` with a verdict, slow-query records and
``ReconcileStats.snapshot()``), because the UI may not import the worker. ``app.py`` hands in a
``provider`` callable returning ``HealthInputs``; the page polls it on a timer while visible
and on ``refresh()``. Each section shows a coloured verdict and its recommendations in words.
Book safety comes as ``extra["book_safety"]``: a ``services.book_safety.SafetySummary``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, Level, Thresholds, evaluate
from permoney_desktop.ui import theme
from permoney_desktop.ui.moments import recorded_moment, size_text, when
from permoney_desktop.ui.widgets.table_model import Cell, RowsModel

REFRESH_MS = 2000
SQL_LOGGER = "permoney.sql"  # where the book engines log statements over 100 ms
LEVELS = ("healthy", "degraded", "warning", "critical")


@dataclass(frozen=True)
class HealthInputs:
    jobs: Mapping[str, Any] | None = None  # HealthReport.to_dict()
    cache: Mapping[str, Any] | None = None  # CacheStats.as_dict() (+ "verdict")
    slow_queries: Sequence[Mapping[str, Any]] = ()  # {"sql", "ms", "count", "level"?}
    optimistic: Mapping[str, Any] | None = None  # ReconcileStats.snapshot()
    extra: Mapping[str, Any] = field(default_factory=dict)


def _level_of(verdict: Any) -> str:
    if verdict is None:
        return "unknown"
    if isinstance(verdict, Mapping):
        level = verdict.get("level", "unknown")
    else:
        level = getattr(verdict, "level", "unknown")
    label = getattr(level, "label", level)
    return str(label).lower()


def _findings(verdict: Any) -> list[Mapping[str, Any]]:
    if isinstance(verdict, Mapping):
        return list(verdict.get("findings", ()))
    out: list[Mapping[str, Any]] = []
    for f in getattr(verdict, "findings", ()):
        out.append(
            {
                "check": f.check,
                "title": f.title,
                "shown": f.shown,
                "level": f.level.label,
                "recommendation": f.recommendation,
            }
        )
    return out


def optimistic_verdict(stats: Mapping[str, Any]) -> dict[str, Any]:
    """A provisional figure must equal the worker's: one mismatch is a bug worth reporting."""
    mismatches = int(stats.get("mismatches", 0) or 0)
    reconciles = int(stats.get("reconciles", 0) or 0)
    if mismatches == 0:
        return {"level": "healthy", "findings": [], "recommendations": []}
    text = (
        f"{mismatches} of {reconciles} provisional figures differed from the worker's; the "
        "worker's figure is shown. This is a bug: please report it with the log file."
    )
    return {
        "level": "critical",
        "findings": [
            {
                "title": "mismatches",
                "shown": str(mismatches),
                "level": "critical",
                "recommendation": text,
            }
        ],
        "recommendations": [text],
    }


class SlowQueryLog(logging.Handler):
    """Collects the book engines' slow-query log lines (logger ``permoney.sql``): statement
    text and time only, as logged; never parameter values."""

    def __init__(self, keep: int = 20) -> None:
        super().__init__(logging.WARNING)
        self.keep = keep
        self._rows: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    @classmethod
    def installed(cls) -> SlowQueryLog:
        logger = logging.getLogger(SQL_LOGGER)
        for handler in logger.handlers:
            if isinstance(handler, SlowQueryLog):
                return handler
        handler = cls()
        logger.addHandler(handler)
        return handler

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        if len(args) < 3:
            return
        ms, sql = float(str(args[0])), str(args[2])
        with self._lock:
            row = self._rows.setdefault(sql, {"sql": sql, "ms": 0.0, "count": 0})
            row["count"] += 1
            row["ms"] = max(row["ms"], ms)
            if len(self._rows) > self.keep:
                slowest = sorted(self._rows.values(), key=lambda r: -r["ms"])[: self.keep]
                self._rows = {r["sql"]: r for r in slowest}

    def rows(self) -> list[dict[str, Any]]:
        with self._lock:
            return sorted((dict(r) for r in self._rows.values()), key=lambda r: -r["ms"])


def cache_figures(stats: Any) -> dict[str, float | None]:
    """The cache's figures by check name in ``services.health_bands`` (as the worker reports)."""
    p95 = stats.lookup_p95_ms
    return {
        "cache_hit_rate": stats.hit_rate,
        "cache_lookup_p95_s": None if p95 is None else p95 / 1000,
        "cache_entries": None if stats.entries is None else float(stats.entries),
        "cache_degraded": 1.0 if stats.degraded else 0.0,
    }


def cache_inputs(cache: Any) -> dict[str, Any] | None:
    """A metrics cache's stats with a verdict from the central thresholds."""
    if cache is None:
        return None
    stats = cache.stats()
    data = dict(stats.as_dict())
    verdict = evaluate(cache_figures(stats), DEFAULT_THRESHOLDS)
    data["verdict"] = {
        "level": verdict.level.label,
        "findings": [
            {
                "check": f.check,
                "title": f.title,
                "value": f.value,
                "shown": f.shown,
                "level": f.level.label,
                "recommendation": f.recommendation,
            }
            for f in verdict.findings
        ],
        "recommendations": verdict.recommendations,
    }
    return data


def _fmt_s(v: Any) -> str:
    if v is None:
        return "—"
    v = float(v)
    return f"{v:.1f} s" if v >= 1 else f"{v * 1000:.0f} ms"


def _fmt_ms(v: Any) -> str:
    return "—" if v is None else f"{float(v):.2f} ms"


def _fmt_pct(v: Any) -> str:
    return "—" if v is None else f"{float(v) * 100:.1f}%"


def _fmt_bytes(v: Any) -> str:
    if v is None:
        return "—"
    size = float(v)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


class VerdictBadge(QLabel):
    """``● Healthy`` in the verdict's colour (text, not colour alone)."""

    def __init__(self) -> None:
        super().__init__()
        self.level = "unknown"
        font = self.font()
        font.setWeight(font.Weight.DemiBold)
        self.setFont(font)
        self.set_level("unknown")

    def set_level(self, level: str) -> None:
        self.level = level
        color = theme.palette().verdict(level)
        text = "● " + ("No data yet" if level == "unknown" else level.capitalize())
        if self.text() != text:
            self.setText(text)
        css = f"color: {theme.css_color(color)};"
        if self.styleSheet() != css:
            self.setStyleSheet(css)
        self.setAccessibleName(f"verdict {level}")


class HealthSection(QFrame):
    """A titled block: verdict badge, a small two-column table, recommendations."""

    def __init__(self, title: str, headers: Sequence[str] = ("Figure", "Value")) -> None:
        super().__init__()
        self.setObjectName("health-section")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.badge = VerdictBadge()
        self.model = RowsModel(headers)
        self.model.money_font = theme.money_font()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(f"{title} figures")
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("health-advice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch()
        head.addWidget(self.badge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.advice)
        layout.addStretch()

    def show_data(
        self, level: str, rows: Sequence[Sequence[Any]], advice: Sequence[str], empty: str = ""
    ) -> None:
        self.badge.set_level(level)
        self.model.set_rows(rows)
        rows_h = self.table.verticalHeader().defaultSectionSize()
        height = self.table.horizontalHeader().height() + rows_h * max(1, len(rows)) + 6
        self.table.setFixedHeight(height)
        self.table.setVisible(bool(rows))
        text = "\n".join(f"• {a}" for a in advice if a) or empty
        if self.advice.text() != text:
            self.advice.setText(text)
        self.advice.setVisible(bool(text))


class HealthPage(QWidget):
    def __init__(
        self,
        provider: Callable[[], HealthInputs] | None = None,
        parent: QWidget | None = None,
        *,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-health")
        self.setAccessibleName("Health page")
        self.provider = provider
        self.slow_log = SlowQueryLog.installed()
        self.jobs = HealthSection("Background worker")
        self.cache = HealthSection("Metrics cache")
        self.queries = HealthSection("Slow queries", ("Statement", "Time", "Count"))
        self.optimistic = HealthSection("Optimistic accuracy")
        self.safety = HealthSection("Book safety")
        self.overall = VerdictBadge()
        heading = QLabel("Health")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(QLabel("Overall:"))
        top.addWidget(self.overall)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.jobs, 0, 0)
        grid.addWidget(self.cache, 0, 1)
        grid.addWidget(self.optimistic, 1, 0)
        grid.addWidget(self.queries, 1, 1)
        grid.addWidget(self.safety, 2, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(16, 12, 16, 12)
        inner_layout.addLayout(top)
        inner_layout.addLayout(grid)
        inner_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self.update_from(HealthInputs())

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self.provider is not None:
            self.update_from(self.provider())

    def update_from(self, inputs: HealthInputs) -> None:
        levels = [
            self._show_jobs(inputs.jobs),
            self._show_cache(inputs.cache),
            self._show_queries(inputs.slow_queries or self.slow_log.rows()),
            self._show_optimistic(inputs.optimistic),
            self._show_safety(inputs.extra.get("book_safety"), inputs.extra.get("thresholds")),
        ]
        known = [lv for lv in levels if lv in LEVELS]
        self.overall.set_level(max(known, key=LEVELS.index) if known else "unknown")

    # -- sections ---------------------------------------------------------------------------

    def _findings_rows(self, verdict: Any) -> dict[str, Cell]:
        colors = theme.palette()
        return {
            str(f.get("check") or f.get("title")): Cell(
                str(f.get("shown", "")),
                f.get("value"),
                colors.verdict(str(f.get("level"))) if f.get("level") != "healthy" else None,
                True,
                str(f.get("recommendation", "")),
            )
            for f in _findings(verdict)
        }

    def _show_jobs(self, jobs: Mapping[str, Any] | None) -> str:
        if jobs is None:
            self.jobs.show_data("unknown", [], [], "The worker has not reported yet.")
            return "unknown"
        verdict = jobs.get("verdict")
        level = _level_of(verdict)
        judged = self._findings_rows(verdict)

        def row(title: str, shown: str, check: str | None = None) -> tuple[str, Cell]:
            judged_cell = judged.get(check) if check else None
            return (title, judged_cell or Cell(shown, None, None, True))

        rows = [
            row("Processed", f"{jobs.get('processed', 0):,}"),
            row("Failed", f"{jobs.get('failed', 0):,}"),
            row("Failure rate", _fmt_pct(jobs.get("failure_rate")), "failure_rate"),
            row("Retries", f"{jobs.get('retries', 0):,}"),
            row("Queue depth", f"{jobs.get('queue_depth', 0):,}"),
            row("Running", f"{len(jobs.get('running') or ()):,}"),
            row("Queue wait p50", _fmt_s(jobs.get("wait_p50_s"))),
            row("Queue wait p95", _fmt_s(jobs.get("wait_p95_s")), "queue_wait_s"),
            row(
                "Run time p50 / p95",
                f"{_fmt_s(jobs.get('run_p50_s'))} / {_fmt_s(jobs.get('run_p95_s'))}",
            ),
            row("Slow jobs", f"{len(jobs.get('slow_jobs') or ()):,}", "slow_jobs"),
            row("Stuck jobs", f"{len(jobs.get('stuck_jobs') or ()):,}", "stuck_jobs"),
            row("Stale locks", f"{jobs.get('stale_locks', 0):,}", "stale_locks"),
        ]
        advice = list(_recommendations(verdict))
        for task, err in (jobs.get("last_errors") or {}).items():
            message = err.get("error") if isinstance(err, Mapping) else err
            advice.append(f"Last error in {task}: {message}")
        self.jobs.show_data(level, rows, advice, "Nothing to do: background work is on time.")
        return level

    def _show_cache(self, cache: Mapping[str, Any] | None) -> str:
        if cache is None:
            self.cache.show_data("unknown", [], [], "The metrics cache has not reported yet.")
            return "unknown"
        verdict = cache.get("verdict")
        level = _level_of(verdict)
        if cache.get("degraded") and level in ("unknown", "healthy"):
            level = "degraded"
        judged = self._findings_rows(verdict)

        def pick(title: str, shown: str, *words: str) -> tuple[str, Cell]:
            for key, c in judged.items():
                if all(w in key.lower() for w in words):
                    return (title, c)
            return (title, Cell(shown, None, None, True))

        rows = [
            pick("Hit rate", _fmt_pct(cache.get("hit_rate")), "hit"),
            (
                "Hits / misses",
                Cell(f"{cache.get('hits', 0):,} / {cache.get('misses', 0):,}", None, None, True),
            ),
            ("Lookup p50", Cell(_fmt_ms(cache.get("lookup_p50_ms")), None, None, True)),
            pick("Lookup p95", _fmt_ms(cache.get("lookup_p95_ms")), "lookup"),
            pick(
                "Entries",
                "—" if cache.get("entries") is None else f"{cache['entries']:,}",
                "entries",
            ),
            (
                "Size on disk",
                Cell(
                    f"{_fmt_bytes(cache.get('size_bytes'))} of "
                    f"{_fmt_bytes(cache.get('size_limit_bytes'))}",
                    None,
                    None,
                    True,
                ),
            ),
        ]
        advice = list(_recommendations(verdict))
        if cache.get("degraded"):
            advice.insert(
                0,
                f"The cache is unusable ({cache['degraded']}); figures are computed on demand. "
                "Clearing it is always safe (`permoney cache clear`).",
            )
        self.cache.show_data(level, rows, advice, "Dashboard figures come from the cache.")
        return level

    def _show_queries(self, queries: Sequence[Mapping[str, Any]]) -> str:
        colors = theme.palette()
        rows = []
        worst = "healthy"
        for q in queries:
            ms = float(q.get("ms", 0) or 0)
            level = str(q.get("level") or ("critical" if ms >= 1000 else "warning"))
            if LEVELS.index(level) > LEVELS.index(worst):
                worst = level
            sql = " ".join(str(q.get("sql", "")).split())
            rows.append(
                (
                    Cell(sql[:90] + ("…" if len(sql) > 90 else ""), sql, tooltip=sql),
                    Cell(f"{ms:,.0f} ms", ms, colors.verdict(level), True),
                    Cell(
                        f"{int(q.get('count', 1) or 1):,}",
                        int(q.get("count", 1) or 1),
                        align_right=True,
                    ),
                )
            )
        advice = (
            [
                "Statements over 100 ms make the window feel slow; over 1 s they are errors. "
                "A vacuum of the book or fewer years on screen usually helps."
            ]
            if rows
            else []
        )
        self.queries.show_data(worst, rows, advice, "No statement took over 100 ms.")
        return worst

    def _show_optimistic(self, stats: Mapping[str, Any] | None) -> str:
        if stats is None:
            self.optimistic.show_data("unknown", [], [], "No edits yet.")
            return "unknown"
        verdict = optimistic_verdict(stats)
        level = verdict["level"]
        colors = theme.palette()
        mismatches = int(stats.get("mismatches", 0) or 0)
        rows = [
            ("Edits shown at once", f"{stats.get('applied', 0):,}"),
            ("Confirmations by the worker", f"{stats.get('reconciles', 0):,}"),
            ("Equal to the worker", f"{stats.get('matches', 0):,}"),
            (
                "Mismatches",
                Cell(f"{mismatches:,}", mismatches, colors.bad if mismatches else None, True),
            ),
            ("Adopted from other writers", f"{stats.get('external', 0):,}"),
        ]
        rows = [(a, b if isinstance(b, Cell) else Cell(str(b), None, None, True)) for a, b in rows]
        advice = list(verdict["recommendations"])
        if stats.get("last_mismatch"):
            advice.append(f"Last mismatch: {stats['last_mismatch']}")
        self.optimistic.show_data(
            level, rows, advice, "Every provisional figure was confirmed unchanged."
        )
        return level

    def _show_safety(self, summary: Any, limits: Any = None) -> str:
        if summary is None:
            self.safety.show_data("unknown", [], [], "Book safety has not been read yet.")
            return "unknown"
        level, rows, advice = safety_verdict(
            summary, thresholds=limits if isinstance(limits, Thresholds) else DEFAULT_THRESHOLDS
        )
        self.safety.show_data(level, rows, advice, "Backed up, checked and intact.")
        return level


def _days_since(iso: str, now: datetime) -> float | None:
    moment = recorded_moment(iso)
    return None if moment is None else (now - moment).total_seconds() / 86400


def _backend_name(backend: str) -> str:
    module, _, cls = backend.rpartition(".")
    return module.rpartition(".")[2] if cls == "Keyring" and module else cls or backend


def _age_verdict(check: str, age: float | None, thresholds: Thresholds) -> tuple[str, str]:
    """(level, advice) for the age of the last backup or check, by its ``services.health_bands``
    check (a book can override the limits in its settings, as for every other figure)."""
    if age is None:
        return "healthy", ""
    found = evaluate({check: max(age, 0.0)}, thresholds).findings
    if not found or found[0].level is Level.HEALTHY:
        return "healthy", ""
    text = found[0].recommendation
    return found[0].level.label, (text[:1].upper() + text[1:] + ".") if text else ""


def safety_verdict(
    summary: Any, now: datetime | None = None, *, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> tuple[str, list[tuple[str, Cell]], list[str]]:
    """Level, rows and advice for a ``SafetySummary`` (encryption, keyring, backup, check)."""
    now = now or datetime.now(UTC)
    colors = theme.palette()
    found: list[str] = []
    advice: list[str] = []

    def judged(level: str, text: str) -> str:
        found.append(level)
        if text:
            advice.append(text)
        return level

    keyring = summary.keyring
    rows: list[tuple[str, Cell]] = [
        ("Encryption", Cell("Encrypted" if summary.encrypted else "Not encrypted")),
    ]
    if keyring.secure:
        rows.append(("Keyring", Cell(f"Secure ({_backend_name(keyring.backend)})")))
    else:
        level = "degraded" if summary.encrypted else "healthy"
        judged(
            level,
            "No secure keyring: the book's key is asked for at each start."
            if summary.encrypted
            else "",
        )
        rows.append(
            (
                "Keyring",
                Cell(
                    "Not secure: keys are not stored",
                    None,
                    colors.verdict(level) if level != "healthy" else None,
                    tooltip=keyring.reason,
                ),
            )
        )
    backup = summary.last_backup
    if backup is None:
        level = judged(
            "warning", "No backup yet: File → Back up now… (the worker also takes one a day)."
        )
        rows.append(("Last backup", Cell("None yet", None, colors.verdict(level))))
    elif not backup.ok:
        problem = backup.problems[0] if backup.problems else "unknown problem"
        level = judged(
            "critical",
            f"The last backup failed verification ({problem}); check the free space and back "
            "up again.",
        )
        rows.append(
            (
                "Last backup",
                Cell(
                    f"{when(backup.created_at, now)} · failed",
                    None,
                    colors.verdict(level),
                    tooltip=backup.path,
                ),
            )
        )
    else:
        level = judged(
            *_age_verdict("backup_age_days", _days_since(backup.created_at, now), thresholds)
        )
        rows.append(
            (
                "Last backup",
                Cell(
                    f"{when(backup.created_at, now)} · verified · {size_text(backup.size_bytes)}",
                    None,
                    colors.verdict(level) if level != "healthy" else None,
                    tooltip=backup.path,
                ),
            )
        )
    report = summary.last_check
    if report is None:
        level = judged(
            "degraded", "Not checked yet: the worker checks daily, or File → Check book integrity…"
        )
        rows.append(("Last check", Cell("Never run", None, colors.verdict(level))))
    else:
        errors = len(report.errors)
        age_level, age_advice = _age_verdict(
            "check_age_days", _days_since(report.checked_at, now), thresholds
        )
        if errors:
            level = judged(
                "critical",
                f"The last check found {errors} problem{'s' if errors != 1 else ''}: File → "
                "Check book integrity… lists them, and Repair rebuilds what can be rebuilt.",
            )
            state = f"{errors} problem{'s' if errors != 1 else ''}"
        elif age_level != "healthy":
            level = judged(age_level, age_advice)
            state = "clean"
        else:
            level, state = "healthy", "clean"
        rows.append(
            (
                "Last check",
                Cell(
                    f"{when(report.checked_at, now)} · {state} · "
                    f"{report.accounts_compared:,} accounts",
                    None,
                    colors.verdict(level) if level != "healthy" else None,
                ),
            )
        )
    worst = max(found, key=LEVELS.index) if found else "healthy"
    return worst, rows, advice


def _recommendations(verdict: Any) -> list[str]:
    if verdict is None:
        return []
    if isinstance(verdict, Mapping):
        return [str(r) for r in verdict.get("recommendations", ()) if r]
    return [str(r) for r in getattr(verdict, "recommendations", ()) if r]
