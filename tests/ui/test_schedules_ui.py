"""The schedules GUI driven by qtbot: the editor saves a schedule, the register's greyed
upcoming rows follow it, post-now / skip / edit-this-and-later work from the keyboard, and the
start-up catch-up posts through the writer (one undo step)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import EntryFilter
from permoney_desktop.domain.recurrence import Frequency, Recurrence
from permoney_desktop.domain.schedules import ScheduleMode, Template
from permoney_desktop.services import accounts, categories, entries, schedules
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import schedule_actions
from permoney_desktop.ui.dialogs.schedules_dialog import SchedulesDialog
from permoney_desktop.ui.main_window import MainWindow

TODAY = date.today()


def _entries(ledger: Ledger) -> list[tuple[date, Decimal, str]]:
    page = entries.list_entries(ledger, EntryFilter(), limit=1000, newest_first=False)
    return [(e.date, e.amount.amount, e.payee) for e in page.rows]


def _window(qtbot: QtBot, ledger: Ledger) -> tuple[MainWindow, schedule_actions.ScheduleActions]:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    controller = schedule_actions.controller(window)
    assert controller is not None and controller.strip is not None
    return window, controller


def test_editor_saves_and_the_register_strip_shows_greyed_rows(
    qtbot: QtBot, ledger: Ledger
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD", opening_balance="100")
    categories.create_category(ledger, "Utilities", "expense")
    window, controller = _window(qtbot, ledger)
    strip = controller.strip
    assert strip is not None
    assert strip.upcoming.rowCount() == 0 and not strip.parentWidget().isVisibleTo(window)
    dialog = SchedulesDialog(window, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    form = dialog.form
    qtbot.keyClicks(form.payee, "Power")
    qtbot.keyClicks(form.amount, "-80.00")
    form.category.setCurrentIndex(form.category.findText("Utilities"))
    form.unit.setCurrentIndex(1)  # weeks
    form.start.set_date(TODAY + timedelta(days=2))
    form.start.editingFinished.emit()
    # The preview follows the rule as it is typed.
    assert form.preview.text().startswith((TODAY + timedelta(days=2)).isoformat())
    qtbot.keyClick(form.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = schedules.list_schedules(ledger)
    assert [(s.name, s.template.amount, s.category_name) for s in saved] == [
        ("Power", Decimal("-80.00"), "Utilities")
    ]
    assert dialog.list.rowCount() == 1
    # The register's strip: the next 30 days of it, greyed, with the projected balance.
    model = strip.upcoming
    due = [TODAY + timedelta(days=2 + 7 * k) for k in range(5)]
    assert [model.pending(r).occurrence.due for r in range(model.rowCount())] == due  # type: ignore[union-attr]
    col = model.columns.index("balance")
    assert model.data(model.index(0, col)) == "≈ $20.00"
    assert model.data(model.index(1, col)) == "≈ -$60.00"
    fg = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert fg is not None and model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).italic()  # type: ignore[union-attr]
    assert _entries(ledger) == []  # upcoming rows are never entries
    # A register column of another feature (a status column…) stays empty, never fails.
    model.set_columns(["date", "someday", "amount"])
    assert (
        model.data(model.index(0, 1)) == "" and model.headerData(1, Qt.Orientation.Horizontal) == ""
    )
    assert model.data(model.index(0, 2)) == "-$80.00"
    model.set_columns(list(window.register_model.columns))
    # A bad amount is refused in the form, with the reason.
    dialog.new_schedule()
    qtbot.keyClicks(form.amount, "1.234")
    qtbot.keyClicks(form.payee, "X")
    dialog.save()
    assert "decimals" in dialog.error.text()
    assert len(schedules.list_schedules(ledger)) == 1
    # A start in the past: the dialog asks, never guesses (here: from today).
    asked: list[int] = []
    dialog.ask_past = lambda count, start: asked.append(count) or False  # type: ignore[method-assign]
    dialog.new_schedule()
    qtbot.keyClicks(form.payee, "Gym")
    qtbot.keyClicks(form.amount, "-30")
    form.start.set_date(TODAY - timedelta(days=10))
    form.unit.setCurrentIndex(0)  # every day
    dialog.save()
    assert asked == [10]
    gym = next(s for s in schedules.list_schedules(ledger) if s.name == "Gym")
    assert gym.active_from == TODAY


def test_post_now_skip_and_edit_this_and_later_from_the_strip(
    qtbot: QtBot, ledger: Ledger, monkeypatch: object
) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    rule = Recurrence(Frequency.WEEKLY, TODAY + timedelta(days=1))
    schedules.add_schedule(ledger, "Veg", Template(chk, Decimal("-12"), "Veg box"), rule)
    window, controller = _window(qtbot, ledger)
    strip = controller.strip
    assert strip is not None
    assert strip.upcoming.rowCount() == 5
    strip.setFocus()
    strip.setCurrentIndex(strip.upcoming.index(0, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Return)  # post now, dated its due date
    assert _entries(ledger) == [(TODAY + timedelta(days=1), Decimal("-12.00"), "Veg box")]
    assert strip.upcoming.rowCount() == 4  # in the same turn
    strip.setCurrentIndex(strip.upcoming.index(0, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Delete)  # skip the next one
    assert next(p.occurrence.due for p in strip.upcoming.items) == TODAY + timedelta(days=15)
    assert window.undo_action.text().startswith("Undo Skip Veg")
    # Edit this and later: from the occurrence in 15 days, 15.00.
    target = strip.upcoming.items[0]

    monkeypatch.setattr(  # type: ignore[attr-defined]
        "PySide6.QtWidgets.QDialog.exec", _accept_split(Decimal("-15"))
    )
    controller.split(target)
    got = sorted((s.recurrence.start, s.template.amount) for s in schedules.list_schedules(ledger))
    assert got == [
        (TODAY + timedelta(days=1), Decimal("-12.00")),
        (TODAY + timedelta(days=15), Decimal("-15.00")),
    ]
    amounts = [strip.upcoming._signed(p).amount for p in strip.upcoming.items]
    assert amounts == [Decimal("-15.00")] * len(amounts)


def _accept_split(amount: Decimal):  # type: ignore[no-untyped-def]
    """QDialog.exec for the split dialog: type the amount and press OK (no event loop)."""

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QDialogButtonBox

        from permoney_desktop.ui.dialogs.schedule_form import ScheduleForm

        form = dialog.findChild(ScheduleForm)
        form.amount.setText(str(amount))
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(dialog.result())

    return run


def test_start_catch_up_posts_through_the_writer_as_one_undo_step(
    qtbot: QtBot, ledger: Ledger
) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    start = TODAY - timedelta(days=14)
    schedules.add_schedule(
        ledger, "Gym", Template(chk, Decimal("-30"), "Gym"), Recurrence(Frequency.WEEKLY, start)
    )
    remind = Recurrence(Frequency.WEEKLY, start)
    schedules.add_schedule(
        ledger, "Cleaner", Template(chk, Decimal("-40"), "Cleaner"), remind, ScheduleMode.REMIND
    )
    window, controller = _window(qtbot, ledger)
    assert controller.catch_up() == 3
    assert [e[0] for e in _entries(ledger)] == [start + timedelta(days=7 * k) for k in range(3)]
    assert window.undo_action.text() == "Undo Post 3 scheduled transactions"
    assert window.book.balance(chk).minor == -9000  # type: ignore[union-attr]
    assert controller.catch_up() == 0
    # The reminders stay in the strip as overdue until the user posts or skips them.
    states = [controller.strip.upcoming.state(p) for p in controller.strip.upcoming.items]  # type: ignore[union-attr]
    assert states[:3] == ["overdue", "overdue", "due today"]


def test_dashboard_upcoming_panel_and_dashed_forecast(qtbot: QtBot, ledger: Ledger) -> None:
    from permoney_desktop.services import materialize
    from permoney_desktop.ui.pages.dashboard_page import DashboardPage
    from permoney_desktop.ui.pages.dashboard_upcoming import UpcomingPanel
    from permoney_desktop.ui.widgets.charts import LineChart, SeriesPoint

    chk, _ = accounts.create_account(
        ledger,
        "Checking",
        AccountKind.CHECKING,
        "USD",
        opening_balance="1000",
        opening_date=TODAY - timedelta(days=200),
    )
    rule = Recurrence(Frequency.WEEKLY, TODAY + timedelta(days=3))
    schedules.add_schedule(ledger, "Pay", Template(chk, Decimal("100"), "Employer"), rule)
    materialize.sync_all(ledger)
    page = DashboardPage(ledger, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_period("last_12_months")
    page.reload(fresh=True)
    panel = page.findChild(UpcomingPanel)
    assert panel is not None
    assert [(line.due, line.name, line.amount.amount) for line in panel.lines][:2] == [
        (TODAY + timedelta(days=3), "Pay", Decimal("100.00")),
        (TODAY + timedelta(days=10), "Pay", Decimal("100.00")),
    ]
    chart = page.net_worth_chart
    actual, forecast = chart.points(), chart.forecast()
    assert actual and forecast and forecast[0].day > actual[-1].day
    # Never mixed in: the actual series ends at today's stored level.
    assert actual[-1].value == Decimal("1000.00")
    assert forecast[-1].value > Decimal("1000.00")
    # The chart paints both (dashed after the last actual point) without error.
    lone = LineChart()
    qtbot.addWidget(lone)
    lone.resize(400, 200)
    lone.set_points(
        [SeriesPoint(TODAY - timedelta(days=1), Decimal(1)), SeriesPoint(TODAY, Decimal(2))]
    )
    lone.set_forecast([SeriesPoint(TODAY + timedelta(days=1), Decimal(3))])
    assert not lone.grab().isNull()


def test_upcoming_dates_follow_the_display_locale(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from permoney_desktop.domain.money import Money
    from permoney_desktop.ui.pages.budget_page import month_title
    from permoney_desktop.ui.pages.dashboard_upcoming import Line, UpcomingPanel

    QLocale.setDefault(QLocale("de_DE"))
    try:
        panel = UpcomingPanel()
        qtbot.addWidget(panel)
        panel.set_lines([Line(date(2026, 3, 5), "Rent", Money("-900", "EUR"), False)], 1)
        texts = [w.text() for w in panel.findChildren(QLabel)]
        assert "05.03.2026" in texts and "2026-03-05" not in texts
        assert month_title(date(2026, 3, 1)) == "März 2026"
    finally:
        QLocale.setDefault(QLocale.c())
