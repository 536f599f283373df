"""The health page: job monitor, cache monitor, slow queries, optimistic accuracy, book safety.

It renders JSON-ready snapshots (the same shapes ``permoney health --format json`` prints:
``HealthReport.to_dict()``, ``CacheStats.as_dict()`` with a verdict, slow-query records and
``ReconcileStats.snapshot()``), because the UI may not import the worker. ``app.py`` hands in a
``provider`` callable returning ``HealthInputs``; the page polls it on a timer while visible
and on ``refresh()``. Each section shows a coloured verdict and its recommendations in words.
Book safety comes as ``extra["book_safety"]``: a ``services.book_safety.SafetySummary``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
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

from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, Thresholds
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.money_format import format_percent
from permoney_desktop.ui.pages.health_inputs import (
    SQL_LOGGER,
    HealthInputs,
    SlowQueryLog,
    cache_figures,
    cache_inputs,
)
from permoney_desktop.ui.pages.health_verdicts import (
    LEVELS,
    _findings,
    _level_of,
    _recommendations,
    balances_row,
    optimistic_verdict,
    safety_verdict,
)
from permoney_desktop.ui.widgets.table_model import Cell, RowsModel

REFRESH_MS = 2000


# The verdicts' names as the badge shows them (translated there).
_VERDICTS = (
    QT_TR_NOOP("Healthy"),
    QT_TR_NOOP("Degraded"),
    QT_TR_NOOP("Warning"),
    QT_TR_NOOP("Critical"),
    QT_TR_NOOP("Unknown"),
)


def _fmt_s(v: Any) -> str:
    if v is None:
        return "—"
    v = float(v)
    return f"{v:.1f} s" if v >= 1 else f"{v * 1000:.0f} ms"


def _fmt_ms(v: Any) -> str:
    return "—" if v is None else f"{float(v):.2f} ms"


def _fmt_pct(v: Any) -> str:
    return "—" if v is None else format_percent(Decimal(str(v)), 1)


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
        text = "● " + (tr("No data yet") if level == "unknown" else tr(level.capitalize()))
        if self.text() != text:
            self.setText(text)
        css = f"color: {theme.css_color(color)};"
        if self.styleSheet() != css:
            self.setStyleSheet(css)
        self.setAccessibleName(tr("verdict {level}").format(level=level))


class HealthSection(QFrame):
    """A titled block: verdict badge, a small two-column table, recommendations."""

    def __init__(
        self, title: str, headers: Sequence[str] = (QT_TR_NOOP("Figure"), QT_TR_NOOP("Value"))
    ) -> None:
        super().__init__()
        self.setObjectName("health-section")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.badge = VerdictBadge()
        self.model = RowsModel([tr(h) for h in headers])
        self.model.money_font = theme.money_font()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("{title} figures").format(title=title))
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
        self.setAccessibleName(tr("Health page"))
        self.provider = provider
        self.slow_log = SlowQueryLog.installed()
        self.jobs = HealthSection(tr("Background worker"))
        self.cache = HealthSection(tr("Metrics cache"))
        self.queries = HealthSection(
            tr("Slow queries"), (QT_TR_NOOP("Statement"), QT_TR_NOOP("Time"), QT_TR_NOOP("Count"))
        )
        self.optimistic = HealthSection(tr("Optimistic accuracy"))
        # What a user needs leads: balances up to date, the last backup and check. The
        # worker's and cache's figures follow, for troubleshooting.
        self.safety = HealthSection(tr("Your book"))
        self.safety.setObjectName("health-your-book")
        self.overall = VerdictBadge()
        heading = QLabel(tr("Health"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(QLabel(tr("Overall:")))
        top.addWidget(self.overall)
        grid = self._grid()
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

    def _grid(self) -> QGridLayout:
        """Your book first, full width; the worker's and cache's figures below it."""
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.safety, 0, 0, 1, 2)
        behind = QLabel(tr("Behind the scenes: background work and caches (for troubleshooting)"))
        behind.setObjectName("health-behind-heading")
        behind.setWordWrap(True)
        grid.addWidget(behind, 1, 0, 1, 2)
        grid.addWidget(self.jobs, 2, 0)
        grid.addWidget(self.cache, 2, 1)
        grid.addWidget(self.optimistic, 3, 0)
        grid.addWidget(self.queries, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        return grid

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
            self._show_safety(
                inputs.extra.get("book_safety"),
                inputs.extra.get("thresholds"),
                inputs.extra.get("balances"),
            ),
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
            self.jobs.show_data("unknown", [], [], tr("The worker has not reported yet."))
            return "unknown"
        verdict = jobs.get("verdict")
        level = _level_of(verdict)
        judged = self._findings_rows(verdict)

        def row(title: str, shown: str, check: str | None = None) -> tuple[str, Cell]:
            judged_cell = judged.get(check) if check else None
            return (title, judged_cell or Cell(shown, None, None, True))

        rows = [
            row(tr("Processed"), f"{jobs.get('processed', 0):,}"),
            row(tr("Failed"), f"{jobs.get('failed', 0):,}"),
            row(tr("Failure rate"), _fmt_pct(jobs.get("failure_rate")), "failure_rate"),
            row(tr("Retries"), f"{jobs.get('retries', 0):,}"),
            row(tr("Queue depth"), f"{jobs.get('queue_depth', 0):,}"),
            row(tr("Running"), f"{len(jobs.get('running') or ()):,}"),
            row(tr("Queue wait p50"), _fmt_s(jobs.get("wait_p50_s"))),
            row(tr("Queue wait p95"), _fmt_s(jobs.get("wait_p95_s")), "queue_wait_s"),
            row(
                tr("Run time p50 / p95"),
                f"{_fmt_s(jobs.get('run_p50_s'))} / {_fmt_s(jobs.get('run_p95_s'))}",
            ),
            row(tr("Slow jobs"), f"{len(jobs.get('slow_jobs') or ()):,}", "slow_jobs"),
            row(tr("Stuck jobs"), f"{len(jobs.get('stuck_jobs') or ()):,}", "stuck_jobs"),
            row(tr("Stale locks"), f"{jobs.get('stale_locks', 0):,}", "stale_locks"),
        ]
        advice = list(_recommendations(verdict))
        for task, err in (jobs.get("last_errors") or {}).items():
            message = err.get("error") if isinstance(err, Mapping) else err
            advice.append(tr("Last error in {task}: {message}").format(task=task, message=message))
        self.jobs.show_data(level, rows, advice, tr("Nothing to do: background work is on time."))
        return level

    def _show_cache(self, cache: Mapping[str, Any] | None) -> str:
        if cache is None:
            self.cache.show_data("unknown", [], [], tr("The metrics cache has not reported yet."))
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
            pick(tr("Hit rate"), _fmt_pct(cache.get("hit_rate")), "hit"),
            (
                tr("Hits / misses"),
                Cell(f"{cache.get('hits', 0):,} / {cache.get('misses', 0):,}", None, None, True),
            ),
            (tr("Lookup p50"), Cell(_fmt_ms(cache.get("lookup_p50_ms")), None, None, True)),
            pick(tr("Lookup p95"), _fmt_ms(cache.get("lookup_p95_ms")), "lookup"),
            pick(
                tr("Entries", "items in the metrics cache"),
                "—" if cache.get("entries") is None else f"{cache['entries']:,}",
                "entries",
            ),
            (
                tr("Size on disk"),
                Cell(
                    tr("{size} of {limit}").format(
                        size=_fmt_bytes(cache.get("size_bytes")),
                        limit=_fmt_bytes(cache.get("size_limit_bytes")),
                    ),
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
                tr(
                    "The cache is unusable ({error}); figures are computed on demand. "
                    "Clearing it is always safe (`permoney cache clear`)."
                ).format(error=cache["degraded"]),
            )
        self.cache.show_data(level, rows, advice, tr("Dashboard figures come from the cache."))
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
                tr(
                    "Statements over 100 ms make the window feel slow; over 1 s they are errors. "
                    "A vacuum of the book or fewer years on screen usually helps."
                )
            ]
            if rows
            else []
        )
        self.queries.show_data(worst, rows, advice, tr("No statement took over 100 ms."))
        return worst

    def _show_optimistic(self, stats: Mapping[str, Any] | None) -> str:
        if stats is None:
            self.optimistic.show_data("unknown", [], [], tr("No edits yet."))
            return "unknown"
        verdict = optimistic_verdict(stats)
        level = verdict["level"]
        colors = theme.palette()
        mismatches = int(stats.get("mismatches", 0) or 0)
        rows = [
            (tr("Edits shown at once"), f"{stats.get('applied', 0):,}"),
            (tr("Confirmations by the worker"), f"{stats.get('reconciles', 0):,}"),
            (tr("Equal to the worker"), f"{stats.get('matches', 0):,}"),
            (
                tr("Mismatches"),
                Cell(f"{mismatches:,}", mismatches, colors.bad if mismatches else None, True),
            ),
            (tr("Adopted from other writers"), f"{stats.get('external', 0):,}"),
        ]
        rows = [(a, b if isinstance(b, Cell) else Cell(str(b), None, None, True)) for a, b in rows]
        advice = list(verdict["recommendations"])
        if stats.get("last_mismatch"):
            advice.append(tr("Last mismatch: {what}").format(what=stats["last_mismatch"]))
        self.optimistic.show_data(
            level, rows, advice, tr("Every provisional figure was confirmed unchanged.")
        )
        return level

    def _show_safety(self, summary: Any, limits: Any = None, balances: Any = None) -> str:
        first = balances_row(balances)
        if summary is None:
            rows = [first[0]] if first else []
            self.safety.show_data(
                first[1] if first else "unknown", rows, [], tr("Backup and check not read yet.")
            )
            return first[1] if first else "unknown"
        level, rows, advice = safety_verdict(
            summary, thresholds=limits if isinstance(limits, Thresholds) else DEFAULT_THRESHOLDS
        )
        if first is not None:
            rows.insert(0, first[0])
            if LEVELS.index(first[1]) > LEVELS.index(level):
                level = first[1]
        # Encryption and the keyring after what a user checks first.
        rows.sort(key=lambda r: r[0] in (tr("Encryption"), tr("Keyring")))
        self.safety.show_data(
            level, rows, advice, tr("Balances up to date, backed up and checked.")
        )
        return level


# Re-exported: the main window and the tests read these from the page.
__all__ = [
    "LEVELS",
    "REFRESH_MS",
    "SQL_LOGGER",
    "HealthInputs",
    "HealthPage",
    "HealthSection",
    "SlowQueryLog",
    "VerdictBadge",
    "cache_figures",
    "cache_inputs",
    "optimistic_verdict",
    "safety_verdict",
]
