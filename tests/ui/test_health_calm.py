"""A calm health page: what a user needs first, and no warning for a cache that is warming up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QGridLayout
from pytestqt.qtbot import QtBot

from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services import accounts
from permoney_desktop.services.health_bands import WARM_LOOKUPS
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.pages.health_page import HealthInputs, HealthPage, cache_inputs
from permoney_desktop.worker import metrics_tasks


def _cold_cache(tmp_path: Path, hits: int, misses: int) -> MetricsCache:
    cache = MetricsCache(tmp_path / "c", schema_version="1", book_id="b")
    for i in range(misses):
        cache.get(f"missing{i}")
    cache.set("there", 1, background=True)
    for _ in range(hits):
        cache.get("there")
    return cache


def test_a_cold_cache_is_no_warning(qtbot: QtBot, tmp_path: Path) -> None:
    cache = _cold_cache(tmp_path, hits=1, misses=4)  # 20 % after five lookups: just started
    try:
        inputs = cache_inputs(cache)
        assert inputs is not None and inputs["verdict"]["level"] == "healthy"
        assert metrics_tasks.cache_figures(cache)["cache_hit_rate"] is None  # the CLI's too
        page = HealthPage(lambda: HealthInputs(cache=inputs))
        qtbot.addWidget(page)
        page.refresh()
        assert page.cache.badge.level == "healthy"
        assert "hit rate" not in page.cache.advice.text()  # no advice to act on a cold cache
        for _ in range(WARM_LOOKUPS):  # warmed up and still missing: now it is judged
            cache.get("missing0")
        assert cache_inputs(cache)["verdict"]["level"] != "healthy"  # type: ignore[index]
    finally:
        cache.close()


def test_the_page_leads_with_the_users_book(qtbot: QtBot, ledger: Ledger) -> None:
    acc, _ = accounts.create_account(
        ledger,
        "Checking",
        "checking",
        "USD",
        opening_balance=Decimal(10),
        opening_date=date(2026, 1, 1),
    )
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show_page("health")
    page = window.page("health")
    assert isinstance(page, HealthPage)
    page.refresh()
    grid = page.safety.parentWidget().layout().itemAt(1)  # type: ignore[union-attr]
    assert isinstance(grid.layout(), QGridLayout)
    first = grid.layout().itemAtPosition(0, 0).widget()  # type: ignore[union-attr]
    assert first is page.safety and page.safety.title.text() == "Your book"
    model = page.safety.model
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles[0] == "Balances"
    assert model.data(model.index(0, 1)) in ("Up to date", "1 account being brought up to date")
    assert acc
