"""Settings: base currency, worker threads, health thresholds, locale formats, light/dark,
the registers' order.

Book settings (base currency, worker threads, thresholds) live in the book, because the worker
and the CLI read them too; display preferences (locale, theme, newest entries on top) are the
user's, in QSettings.
Nothing is written until OK/Apply, and a bad threshold is reported in the dialog, in words,
with nothing saved.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.currency import all_codes
from permoney_desktop.domain.money import Money
from permoney_desktop.services.health_bands import (
    DEFAULT_THRESHOLDS,
    Check,
    ThresholdError,
    Thresholds,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import i18n, theme
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import LANGUAGE_KEY, QT_TR_NOOP, saved_language, say, tr
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.preferences import (
    LOCALE_KEY,
    THEME_KEY,
    apply_display_preferences,
    display_locale,
    locale_for,
    saved_theme,
    set_display_locale,
)
from permoney_desktop.ui.register_order import (
    NEWEST_FIRST_KEY,
    SPLIT_AMOUNTS_KEY,
    newest_first_setting,
    split_amounts_setting,
)

WORKER_THREADS_KEY = "worker.threads"
BASE_CURRENCY_KEY = "book.base_currency"
MAX_WORKER_THREADS = 8
_COMMON = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR")
_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "sv_SE", "pl_PL", "pt_BR",
    "ja_JP", "hi_IN",
)  # fmt: skip


class SettingsDialog(QDialog):
    """Edits settings; ``applied`` carries the book-setting keys that changed."""

    applied = Signal(object)  # dict[str, Any] of changed book settings
    newest_first_changed = Signal(bool)  # the registers' order was changed
    split_amounts_changed = Signal(bool)  # Payment/Deposit columns or one signed Amount

    def __init__(
        self, ledger: Ledger, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.settings = settings or QSettings()
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self._book = ledger.all_settings()
        tabs = QTabWidget()
        tabs.addTab(self._general_tab(), tr("General"))
        tabs.addTab(self._thresholds_tab(), tr("Health thresholds"))
        self.error = QLabel()
        self.error.setObjectName("settings-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.css_color(theme.palette().bad)};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(660)  # the thresholds tab: names in full, three limits beside

    # -- tabs -------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.currency = QComboBox()
        self.currency.setAccessibleName(tr("Base currency"))
        codes = list(_COMMON) + sorted(set(all_codes()) - set(_COMMON))
        self.currency.addItems(codes)
        self.currency.setCurrentText(str(self.ledger.base_currency))
        self.currency.setToolTip(
            tr(
                "Net worth, income and expenses are shown in this currency; other currencies "
                "convert at the exchange rate of their day."
            )
        )
        form.addRow(tr("Base currency:"), self.currency)

        self.threads = QSpinBox()
        self.threads.setAccessibleName(tr("Worker threads"))
        self.threads.setRange(1, MAX_WORKER_THREADS)
        self.threads.setValue(int(self._book.get(WORKER_THREADS_KEY, 2)))
        self.threads.setToolTip(tr("Background threads that recompute balances and metrics."))
        form.addRow(tr("Worker threads:"), self.threads)
        self._language_row(form)

        self.locale_box = QComboBox()
        self.locale_box.setAccessibleName(tr("Number and date format"))
        self.locale_box.addItem(tr("System ({name})").format(name=QLocale.system().name()), "")
        for name in _LOCALES:
            loc = QLocale(name)
            self.locale_box.addItem(
                f"{loc.nativeLanguageName()} ({loc.nativeTerritoryName()})", name
            )
        current = str(self.settings.value(LOCALE_KEY, "") or "")
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(current)))
        self.locale_box.currentIndexChanged.connect(self._preview)
        form.addRow(tr("Numbers and dates:"), self.locale_box)
        self.preview = QLabel()
        self.preview.setObjectName("locale-preview")
        self.preview.setFont(theme.money_font())
        form.addRow("", self.preview)
        self.currency.currentIndexChanged.connect(self._preview)

        self.newest_first = QCheckBox(tr("Newest entries on top"))
        self.newest_first.setAccessibleName(tr("Newest entries on top"))
        self.newest_first.setToolTip(
            tr(
                "Registers list the newest entry first, with the blank entry row above it; "
                "otherwise oldest first, like a checkbook, with the blank row at the bottom."
            )
        )
        self.newest_first.setChecked(newest_first_setting(self.settings))
        form.addRow(tr("Registers:"), self.newest_first)
        self.split_amounts = QCheckBox(tr("Separate Payment and Deposit columns"))
        self.split_amounts.setAccessibleName(tr("Separate Payment and Deposit columns"))
        self.split_amounts.setToolTip(
            tr(
                "Money out and money in each have a column, typed without a sign; "
                "otherwise one Amount column where spending is typed with a minus sign."
            )
        )
        self.split_amounts.setChecked(split_amounts_setting(self.settings))
        form.addRow("", self.split_amounts)

        form.addRow(self._appearance_box())
        self._preview()
        return page

    def _appearance_box(self) -> QGroupBox:
        box = QGroupBox(tr("Appearance"))
        box_layout = QVBoxLayout(box)
        self.theme_group = QButtonGroup(self)
        mode_now = saved_theme(self.settings).value
        for mode, text in (
            (theme.ThemeMode.SYSTEM, QT_TR_NOOP("Follow the system (light or dark)")),
            (theme.ThemeMode.LIGHT, QT_TR_NOOP("Light")),
            (theme.ThemeMode.DARK, QT_TR_NOOP("Dark")),
        ):
            radio = QRadioButton(tr(text))
            radio.setProperty("mode", mode.value)
            radio.setChecked(mode.value == mode_now)
            self.theme_group.addButton(radio)
            box_layout.addWidget(radio)
        return box

    def _thresholds_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel("<b>{}</b>".format(tr("Figure"))), 0, 0)
        heads = (QT_TR_NOOP("Target"), QT_TR_NOOP("Warning"), QT_TR_NOOP("Critical"))
        for col, head in enumerate(heads, 1):
            grid.addWidget(QLabel(f"<b>{tr(head)}</b>"), 0, col)
        try:
            current = DEFAULT_THRESHOLDS.with_settings(self._book)
        except ThresholdError:
            current = DEFAULT_THRESHOLDS
        self.threshold_boxes: dict[str, tuple[QDoubleSpinBox, ...]] = {}
        for row, (name, check) in enumerate(current.checks.items(), 1):
            grid.addWidget(QLabel(_check_title(check)), row, 0)
            boxes = []
            for col, value in enumerate(
                (check.band.target, check.band.warning, check.band.critical), 1
            ):
                box = QDoubleSpinBox()
                box.setMaximumWidth(120)  # the figure's name gets the room, not the numbers
                box.setAccessibleName(f"{check.title} {('target', 'warning', 'critical')[col - 1]}")
                scale, suffix, decimals = _display_unit(check)
                box.setDecimals(decimals)
                box.setRange(0, 1_000_000)
                box.setValue(value * scale)
                box.setSuffix(suffix)
                box.setProperty("scale", scale)
                box.setProperty("shown", box.value())  # as displayed: unchanged means untouched
                grid.addWidget(box, row, col)
                boxes.append(box)
            self.threshold_boxes[name] = tuple(boxes)
        grid.setRowStretch(len(current.checks) + 1, 1)
        grid.setColumnStretch(0, 1)
        note = QLabel(
            tr(
                "A figure within its target is healthy; past it, degraded; at the warning or "
                "critical limit, warning or critical. For hit rates, lower is worse."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, len(current.checks) + 2, 0, 1, 4)
        return page

    def _language_row(self, form: QFormLayout) -> None:
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(tr("Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language_box.addItem(tr("System ({name})").format(name=system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        current = saved_language(self.settings)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current)))
        form.addRow(tr("Language:"), self.language_box)
        # Views build their text once; retranslating every open view live is not done.
        note = QLabel(tr("A new language applies when Permoney is next started."))
        note.setObjectName("language-note")
        note.setWordWrap(True)
        form.addRow("", note)

    # -- preview and apply --------------------------------------------------------------------

    def _chosen_locale(self) -> QLocale:
        return locale_for(str(self.locale_box.currentData() or ""))

    def _preview(self) -> None:
        loc = self._chosen_locale()
        currency = self.currency.currentText() or str(self.ledger.base_currency)
        sample = format_money(Money(Decimal("-1234567.89"), currency), locale=loc)
        day = format_day(date(2026, 3, 31), loc)
        self.preview.setText(f"{sample}   {day}")

    def chosen_theme(self) -> theme.ThemeMode:
        button: QAbstractButton | None = self.theme_group.checkedButton()
        mode = button.property("mode") if button is not None else theme.ThemeMode.SYSTEM.value
        return theme.ThemeMode(str(mode))

    def book_changes(self) -> dict[str, Any]:
        """The book settings that differ from what is stored (validated; may raise)."""
        changes: dict[str, Any] = {}
        if self.currency.currentText() != str(self.ledger.base_currency):
            changes[BASE_CURRENCY_KEY] = self.currency.currentText()
        if self.threads.value() != int(self._book.get(WORKER_THREADS_KEY, 2)):
            changes[WORKER_THREADS_KEY] = self.threads.value()
        for name, boxes in self.threshold_boxes.items():
            if all(box.value() == box.property("shown") for box in boxes):
                continue  # untouched: keep what is stored (or the default)
            changes[f"thresholds.{name}"] = [
                box.value() / float(box.property("scale")) for box in boxes
            ]
        Thresholds().with_settings(changes)  # raises ThresholdError with a clear message
        return changes

    def apply(self) -> bool:
        try:
            changes = self.book_changes()
        except ThresholdError as exc:
            self.error.setText(
                tr("Not saved: {error}. Fix the limits and try again.").format(error=say(exc))
            )
            self.error.show()
            return False
        self.error.hide()
        for key, value in changes.items():
            self.ledger.set_setting(key, value)
        self._book.update(changes)
        self.settings.setValue(LOCALE_KEY, str(self.locale_box.currentData() or ""))
        self.settings.setValue(LANGUAGE_KEY, str(self.language_box.currentData() or ""))
        self.settings.setValue(THEME_KEY, self.chosen_theme().value)
        newest_first = self.newest_first.isChecked()
        order_changed = newest_first != newest_first_setting(self.settings)
        self.settings.setValue(NEWEST_FIRST_KEY, newest_first)
        split = self.split_amounts.isChecked()
        split_changed = split != split_amounts_setting(self.settings)
        self.settings.setValue(SPLIT_AMOUNTS_KEY, split)
        self.settings.sync()
        set_display_locale(self._chosen_locale())
        app = _app()
        if app is not None:
            theme.apply_theme(app, self.chosen_theme())
        if changes:
            self.applied.emit(changes)
        if order_changed:
            self.newest_first_changed.emit(newest_first)
        if split_changed:
            self.split_amounts_changed.emit(split)
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()


def _display_unit(check: Check) -> tuple[float, str, int]:
    """(scale, suffix, decimals) to show a check's limits: small seconds read as ms."""
    if check.unit == "%":
        return 100.0, " %", 1
    if check.unit == "s":
        if check.band.critical < 1:
            return 1000.0, " ms", 1
        return 1.0, " s", 1
    if check.unit == "MB":
        return 1.0, " MB", 0
    if check.unit == "d":
        return 1.0, " " + tr("days"), 1
    return 1.0, "", 0


def _check_title(check: Check) -> str:
    return check.title[:1].upper() + check.title[1:]


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


__all__ = [
    "LOCALE_KEY",
    "THEME_KEY",
    "SettingsDialog",
    "apply_display_preferences",
    "display_locale",
]
