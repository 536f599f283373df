"""The health page renders the job monitor's real snapshots with verdict colours and advice."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from permoney_desktop.ui import theme
from permoney_desktop.ui.pages.health_page import HealthInputs, HealthPage
from permoney_desktop.ui.widgets.table_model import Cell, RowsModel
from permoney_desktop.worker.monitor import JobMonitor


def _value_cell(page_section: object, title: str) -> tuple[str, object]:
    model = page_section.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == title:
            index = model.index(row, 1)
            return model.data(index), model.data(index, Qt.ItemDataRole.ForegroundRole)
    raise AssertionError(f"no row {title!r}")


def test_job_monitor_warning_shows_amber_orange_verdict_and_advice(qtbot: QtBot) -> None:
    monitor = JobMonitor()
    now = time.time()
    for i in range(20):
        monitor.job_started(f"t{i}", "sync_account", enqueued_at=now - 45)  # waited 45 s
        monitor.job_finished(f"t{i}")
    report = monitor.report(queue_depth=3)
    assert report.verdict.level.label == "warning"

    page = HealthPage(lambda: HealthInputs(jobs=report.to_dict()))
    qtbot.addWidget(page)
    page.refresh()
    assert page.jobs.badge.level == "warning"
    assert page.jobs.badge.text() == "● Warning"
    expected = theme.palette().verdict("warning")
    assert f"rgba({expected.red()},{expected.green()},{expected.blue()}" in (
        page.jobs.badge.styleSheet()
    )
    shown, brush = _value_cell(page.jobs, "Queue wait p95")
    assert shown.endswith(" s") and brush.color() == expected
    assert "raise worker threads" in page.jobs.advice.text()
    assert page.overall.level == "warning"


def test_failed_jobs_go_critical_and_list_the_last_error(qtbot: QtBot) -> None:
    monitor = JobMonitor()
    for i in range(10):
        monitor.job_started(f"f{i}", "sync_account", enqueued_at=time.time())
        monitor.job_finished(f"f{i}", RuntimeError("database is locked"))
    report = monitor.report(queue_depth=0)
    page = HealthPage()
    qtbot.addWidget(page)
    page.update_from(HealthInputs(jobs=report.to_dict()))
    assert page.jobs.badge.level == "critical"
    shown, brush = _value_cell(page.jobs, "Failure rate")
    assert shown == "100.0%" and brush.color() == theme.palette().bad
    assert "database is locked" in page.jobs.advice.text()


def test_optimistic_mismatch_is_critical_and_healthy_otherwise(qtbot: QtBot) -> None:
    page = HealthPage()
    qtbot.addWidget(page)
    stats = {"applied": 12, "reconciles": 12, "matches": 12, "mismatches": 0, "external": 0}
    page.update_from(HealthInputs(optimistic=stats))
    assert page.optimistic.badge.level == "healthy"
    page.update_from(
        HealthInputs(optimistic={**stats, "matches": 11, "mismatches": 1, "last_mismatch": "x"})
    )
    assert page.optimistic.badge.level == "critical"
    assert "1 of 12" in page.optimistic.advice.text()
    assert page.overall.level == "critical"


def test_cache_degraded_and_slow_queries(qtbot: QtBot) -> None:
    page = HealthPage()
    qtbot.addWidget(page)
    page.update_from(
        HealthInputs(
            cache={"hits": 9, "misses": 1, "hit_rate": 0.9, "degraded": "disk full"},
            slow_queries=[{"sql": "SELECT * FROM entries", "ms": 1500.0, "count": 2}],
        )
    )
    assert page.cache.badge.level == "degraded"
    assert "disk full" in page.cache.advice.text()
    assert page.queries.badge.level == "critical"
    assert page.queries.model.rowCount() == 1


def test_live_refresh_with_same_figures_emits_no_data_changed(qtbot: QtBot) -> None:
    stats = {"applied": 1, "reconciles": 1, "matches": 1, "mismatches": 0, "external": 0}
    page = HealthPage(lambda: HealthInputs(optimistic=stats), refresh_ms=10)
    qtbot.addWidget(page)
    page.refresh()
    changed: list[object] = []
    page.optimistic.model.dataChanged.connect(lambda *a: changed.append(a))
    page.show()
    qtbot.wait(60)  # several timer refreshes
    assert changed == []
    stats["applied"] = 2
    qtbot.waitUntil(lambda: len(changed) == 1, timeout=1000)


def test_rows_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = RowsModel(["Name", "Amount"])
    model.set_rows([("Food", Cell("$1.00", 100, align_right=True)), ("Rent", "x")])
    qtmodeltester.check(model)
    model.set_rows([("Food", "$2.00")])
    qtmodeltester.check(model)
    assert model.rowCount(QModelIndex()) == 1


def test_slow_queries_logged_by_the_book_engine_appear(qtbot: QtBot, ledger: object) -> None:
    from sqlalchemy import create_engine, text

    from permoney_desktop.store import slow_queries

    page = HealthPage()
    qtbot.addWidget(page)
    engine = create_engine(f"sqlite:///{ledger.paths.book}")  # type: ignore[attr-defined]
    slow_queries.install(engine, warn_ms=0.0, error_ms=10_000.0)  # every statement is "slow"
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM entries WHERE amount > :x"), {"x": 123456})
    page.update_from(HealthInputs())
    sql = [
        page.queries.model.data(page.queries.model.index(r, 0))
        for r in range(page.queries.model.rowCount())
    ]
    assert any("FROM entries WHERE amount > ?" in s for s in sql)
    assert not any("123456" in s for s in sql)  # never the values
    assert page.queries.badge.level == "warning"
    engine.dispose()
