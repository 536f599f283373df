"""Time axes are labelled on short, middle and long ranges alike (short ones had one label)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from permoney_desktop.ui.widgets.charts import x_marks


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
