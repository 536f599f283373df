"""Display preferences on real widgets: applied at start, live in every open view, money by CLDR."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permoney_desktop.app import run_app
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.money import Money
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.accounts_model import BALANCE
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.widgets.date_edit import DateEdit, locale_order

DAY = date(2026, 11, 3)


@pytest.fixture(autouse=True)
def _restore_display() -> Iterator[None]:
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, theme.ThemeMode.SYSTEM)
    QLocale.setDefault(QLocale.c())


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_saved_theme_and_locale_are_applied_at_start(
    qtbot: QtBot, book_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Ledger.open(book_path, create=True).close()
    saved = _ini(tmp_path)
    saved.setValue(preferences.THEME_KEY, "dark")
    saved.setValue(preferences.LOCALE_KEY, "de_DE")
    saved.sync()
    # The start-up reads the user's QSettings: point it at this test's file.
    monkeypatch.setattr(preferences, "QSettings", lambda: _ini(tmp_path))
    assert run_app(book=book_path, screenshot=tmp_path / "shot.png", page="register") == 0
    assert theme.is_dark()
    assert QLocale().name() == "de_DE"


def test_a_saved_theme_that_is_no_mode_follows_the_system(tmp_path: Path) -> None:
    saved = _ini(tmp_path)
    saved.setValue(preferences.THEME_KEY, "purple")
    assert preferences.saved_theme(saved) is theme.ThemeMode.SYSTEM


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    acc, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=DAY
    )
    entries.add_many(
        ledger, [NewEntry(acc, DAY, Decimal("-1234.50"), payee="Corner Bakery")], label="row"
    )
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.open_account(int(acc))
    return win


def _entry_cells(win: MainWindow) -> dict[str, Any]:
    model = win.register_model
    lines = {r: model.line(r) for r in range(model.rowCount())}
    row = next(r for r, line in lines.items() if line is not None and line.payee == "Corner Bakery")
    return {name: model.index(row, model.column_of(name)).data() for name in model.columns}


def test_a_locale_change_reaches_every_open_view_at_once(window: MainWindow) -> None:
    before = _entry_cells(window)
    assert before[rm.DATE] == "2026-11-03"  # the C locale has no numeric short date: ISO
    assert before[rm.PAYMENT] == "$1,234.50"
    changed: list[int] = []
    window.register_model.dataChanged.connect(lambda *_a: changed.append(1))

    preferences.set_display_locale(QLocale("de_DE"))

    after = _entry_cells(window)
    assert changed, "the register repaints without switching accounts"
    assert after[rm.DATE] == "03.11.2026"
    assert after[rm.PAYMENT] == "1.234,50\xa0$"  # the symbol after the number, as in German
    assert after[rm.BALANCE] == "-234,50\xa0$"
    assert "-234,50\xa0$" in window.register_page.summary.text()
    model = window.accounts_model
    shown = [model.index(r, BALANCE).data() for r in range(model.rowCount())]
    balances = [b for b in shown if b]
    assert balances and all("," in b and "$" in b and not b.startswith("$") for b in balances)
    assert window.sidebar.current_account() is not None  # the rebuild kept the selection


def test_the_date_field_shows_and_reads_the_locale_order() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    edit = DateEdit(DAY)
    assert edit.text() == "03.11.2026"
    assert locale_order() == "DMY"
    assert edit.date() == DAY  # what it shows reads back as the same day
    QLocale.setDefault(QLocale("en_US"))
    edit = DateEdit(DAY)
    assert edit.text() == "11/3/2026"  # four-digit year: "11/3/26" would be ambiguous
    assert edit.date() == DAY


def test_money_follows_the_locale_and_the_currency() -> None:
    de, us, fr = QLocale("de_DE"), QLocale("en_US"), QLocale("fr_FR")
    assert format_money(Money(Decimal("-1234567.89"), "USD"), locale=us) == "-$1,234,567.89"
    assert format_money(Money(Decimal("-1234567.89"), "USD"), locale=de) == "-1.234.567,89\xa0$"
    assert format_money(Money(Decimal("12.5"), "EUR"), locale=fr) == "12,50\xa0€"
    assert format_money(Money(Decimal("-1234"), "JPY"), locale=us) == "-¥1,234"  # no decimals
    assert format_money(Money(Decimal("1.5"), "EUR"), locale=de, show_code=True) == "1,50\xa0EUR"
    assert format_money(Money(Decimal("1.5"), "EUR"), locale=us, show_code=True) == "EUR\xa01.50"
    assert format_money(Money(Decimal("1"), "USD"), locale=QLocale.c()) == "$1.00"


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_every_digit_is_kept(minor: int) -> None:
    """Formatting goes through the exact Decimal, never a float: every cent survives."""
    money = Money.from_minor(minor, "USD")
    text = format_money(money, locale=QLocale("de_DE"))
    digits = text.replace(".", "").replace(",", "").replace("\xa0$", "").replace("-", "")
    assert int(digits) == abs(minor)
    assert text.startswith("-") == (minor < 0)


def test_format_day_keeps_four_digit_years_and_falls_back_to_iso() -> None:
    assert format_day(DAY, QLocale("en_GB")) == "03/11/2026"
    assert format_day(DAY, QLocale("ja_JP")) == "2026/11/03"
    assert format_day(DAY, QLocale.c()) == "2026-11-03"


def test_a_new_base_currency_reaches_the_open_window(window: MainWindow, ledger: Ledger) -> None:
    window.show_page("dashboard")
    assert window.status_label.text().endswith("USD")
    ledger.set_setting("book.base_currency", "EUR")
    window.apply_book_settings({"book.base_currency": "EUR"})
    assert window.status_label.text().endswith("EUR")
    assert window.book.base_currency == "EUR"
    net_worth = window.page("dashboard").cards["net_worth"].value.text()  # type: ignore[attr-defined]
    assert "€" in net_worth and "$" not in net_worth


class _Worker:
    def __init__(self) -> None:
        self.threads: list[int] = []

    def wake(self, account_ids: Any = (), *, metrics: bool = False) -> None: ...

    def sync_now(self) -> None: ...

    def set_threads(self, n: int) -> None:
        self.threads.append(n)


def test_a_new_thread_count_reaches_the_running_worker(window: MainWindow) -> None:
    worker = _Worker()
    window.attach_worker(worker)  # type: ignore[arg-type]
    window.apply_book_settings({"worker.threads": 4})
    assert worker.threads == [4]


def test_the_sidebar_turns_dark_with_the_window(window: MainWindow) -> None:
    """A switch to dark at run time: the sidebar's background follows (it stayed white)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, theme.ThemeMode.LIGHT)
    tree = window.sidebar.tree
    corner = tree.viewport().height() - 4  # below the last account: the bare background
    assert tree.viewport().grab().toImage().pixelColor(8, corner).lightness() > 200
    theme.apply_theme(app, theme.ThemeMode.DARK)
    assert tree.viewport().grab().toImage().pixelColor(8, corner).lightness() < 80
    names = [window.accounts_model.index(r, 0).data() for r in range(5)]
    group = names.index("ASSETS")
    kind_row = window.accounts_model.index(0, 0, window.accounts_model.index(group, 0))
    muted = kind_row.data(Qt.ItemDataRole.ForegroundRole)
    assert muted.lightness() > 128  # grey rows stay readable on the dark background


def test_arrow_keys_in_the_sidebar_open_the_account(qtbot: QtBot, ledger: Ledger) -> None:
    first, _ = accounts.create_account(ledger, "Alpha", "checking", "USD", opening_date=DAY)
    second, _ = accounts.create_account(ledger, "Beta", "checking", "USD", opening_date=DAY)
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.show()
    win.open_account(int(first))
    win.sidebar.tree.setFocus()
    qtbot.keyClick(win.sidebar.tree, Qt.Key.Key_Down)
    assert win.register_model.query.account_id == second
    assert win.register_page.title.text() == "Beta"


def test_percentages_follow_the_locale() -> None:
    from permoney_desktop.ui.money_format import format_percent
    from permoney_desktop.ui.widgets.metric_card import CardData, change_text

    assert format_percent(Decimal("0.127"), locale=QLocale("en_US")) == "12.7%"
    QLocale.setDefault(QLocale("de_DE"))
    assert format_percent(Decimal("0.127")) == "12,7\xa0%"
    assert change_text(CardData("income", "Income", "x", change=Decimal("0.076"))) == "▲ 7,6\xa0%"


def test_period_labels_use_the_locales_month_names() -> None:
    from permoney_desktop.ui.pages.dashboard_cards import Formatter

    fmt = Formatter("EUR")
    assert fmt.span(date(2026, 9, 7), date(2026, 12, 6)) == "7 Sep – 6 Dec 2026"  # C locale
    QLocale.setDefault(QLocale("de_DE"))
    assert "Dez" in fmt.span(date(2026, 9, 7), date(2026, 12, 6))


def test_warm_up_loads_the_locales_patterns_ahead() -> None:
    from permoney_desktop.ui import money_format

    money_format._pattern.cache_clear()
    money_format.warm_up("fr_FR")
    before = money_format._pattern.cache_info().hits
    assert format_money(Money(Decimal("1"), "USD"), locale=QLocale("fr_FR")) == "1,00\xa0$US"
    assert money_format._pattern.cache_info().hits == before + 1  # nothing left to load
