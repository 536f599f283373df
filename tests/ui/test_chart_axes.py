"""Time axes are labelled on short, middle and long ranges alike (short ones had one label);
y axes read as the locale's money, compact where CLDR has a short form, and follow a locale
change at once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.money import Money
from permoney_desktop.ui import preferences
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.widgets import charts
from permoney_desktop.ui.widgets.charts import (
    AxisMoney,
    LineChart,
    SeriesPoint,
    axis_labels,
    x_marks,
)


def _days(start: date, n: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


@pytest.mark.parametrize(
    ("n", "at_least"),
    [(6, 6), (20, 3), (31, 5), (92, 3), (365, 12), (1100, 3), (3650, 10)],
)
def test_every_range_has_labels(n: int, at_least: int) -> None:
    marks = x_marks(_days(date(2024, 12, 1), n))
    assert len(marks) >= at_least
    assert marks[0][0] == 0  # the start is always named
    indexes = [i for i, _ in marks]
    assert indexes == sorted(set(indexes)) and all(text for _, text in marks)


def test_a_short_range_names_days_and_follows_the_locale() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    try:
        marks = x_marks(_days(date(2026, 3, 1), 20))
        assert [t for _, t in marks] == ["1 Mär", "8 Mär", "15 Mär", "20 Mär"]
    finally:
        QLocale.setDefault(QLocale.c())


# -- y axes: the locale's money format, compact where CLDR has a short form ---------------


def _with_locale(name: str) -> QLocale:
    QLocale.setDefault(QLocale(name))
    return QLocale(name)


@pytest.fixture
def restore_locale() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale.c())


def test_y_labels_are_the_locales_money(restore_locale: None) -> None:
    ticks = [0.0, 500_000.0, 1_000_000.0, 1_500_000.0]
    _with_locale("en_US")
    assert axis_labels(ticks, AxisMoney("USD")) == ["$0", "$500K", "$1M", "$1.5M"]
    _with_locale("de_DE")
    # German has no short thousands: those read in full, grouped as its money is.
    assert axis_labels(ticks, AxisMoney("EUR")) == [
        "0\xa0€",
        "500.000\xa0€",
        "1\xa0Mio.\xa0€",
        "1,5\xa0Mio.\xa0€",
    ]
    _with_locale("fr_FR")
    assert axis_labels([-2_000.0, 0.0, 2_000.0], AxisMoney("EUR"))[0] == "-2\xa0k\xa0€"


def test_a_label_in_full_is_the_money_format_at_whole_units(restore_locale: None) -> None:
    for name in ("en_US", "de_DE", "ja_JP", "fr_CH"):
        locale = _with_locale(name)
        for value in (Decimal(0), Decimal(-250), Decimal(950)):
            full = format_money(Money(value, currency("EUR")), locale=locale)
            whole = full.replace(QLocale(name).decimalPoint() + "00", "")
            assert axis_labels([float(value)], AxisMoney("EUR")) == [whole], name


@given(
    step=st.sampled_from([Decimal(m) * Decimal(10) ** e for m in (1, 2, 5) for e in range(2, 9)]),
    first=st.integers(-20, 20),
)
def test_y_labels_are_exact_and_distinct(step: Decimal, first: int) -> None:
    """Nice ticks never share a label: each reads as its own value in its unit."""
    QLocale.setDefault(QLocale("en_US"))
    try:
        ticks = [float(step * (first + i)) for i in range(5)]
        labels = axis_labels(ticks, AxisMoney("USD"))
        assert len(set(labels)) == len(labels), labels
    finally:
        QLocale.setDefault(QLocale.c())


def test_a_locale_change_repaints_the_axes(qtbot: QtBot, restore_locale: None) -> None:
    _with_locale("en_US")
    chart = LineChart()
    chart.axis_fmt = AxisMoney("EUR")
    chart.set_points(
        [SeriesPoint(date(2026, 1, 1) + timedelta(days=i), Decimal(i * 40_000)) for i in range(60)]
    )
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    seen: list[list[str]] = []
    real = charts.axis_labels

    def spy(ticks: Sequence[float], fmt: charts.Formatter) -> list[str]:
        seen.append(real(ticks, fmt))
        return seen[-1]

    charts.axis_labels = spy  # type: ignore[assignment]
    try:
        chart.update()
        qtbot.waitUntil(lambda: bool(seen))  # painted in English; nothing else pending
        qtbot.wait(50)
        seen.clear()
        preferences.set_display_locale(QLocale("de_DE"))
        qtbot.waitUntil(lambda: any("Mio." in " ".join(labels) for labels in seen))
    finally:
        charts.axis_labels = real  # type: ignore[assignment]
