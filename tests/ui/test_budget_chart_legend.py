"""The budget chart's legend in French at the page's narrow width: every item whole, wrapped
onto a second line rather than cut ("dépassé" was drawn as "dépass…"), and the bars below it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permoney_desktop.ui import i18n
from permoney_desktop.ui.widgets.budget_chart import MARGIN, BudgetBar, BudgetChart

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    translations.build()
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    saved = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    saved.setValue(i18n.LANGUAGE_KEY, "fr")
    saved.sync()
    assert i18n.install_translators(QApplication.instance(), saved) == "fr"
    yield
    i18n.remove_translators(QApplication.instance())


def _chart(qtbot: QtBot, width: int) -> BudgetChart:
    chart = BudgetChart()
    qtbot.addWidget(chart)
    chart.set_bars([BudgetBar("Food", 10000, 12000), BudgetBar("Travel", 5000, 100)])
    chart.resize(width, 300)
    return chart


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize("width", [150, 190, 220, 260, 400, 900])
def test_every_legend_item_fits_whole_at_any_width(qtbot: QtBot, width: int) -> None:
    chart = _chart(qtbot, width)
    _font, fm = chart._font()
    placed, bars_top = chart.legend_layout(fm)
    texts = [text for text, _fill, _at in placed]
    assert texts == ["budgété", "dépensé", "dépassé"]
    for text, _fill, at in placed:
        assert at.x() + 18 + fm.horizontalAdvance(text) <= width - MARGIN + 2, (text, width)
    lines = sorted({at.y() for _t, _f, at in placed})
    assert bars_top > lines[-1] + fm.height()  # the first bar starts below the last line
    chart.grab()  # paints without error at this width


@pytest.mark.usefixtures("french")
def test_a_wide_chart_keeps_the_legend_on_one_line(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 900)
    placed, bars_top = chart.legend_layout(chart._font()[1])
    assert len({at.y() for _t, _f, at in placed}) == 1
    assert bars_top == 24  # where the bars always started under a one-line legend
